/** Cloud Trace Service: the trace list (querying_a_trace_list.rst). */
import { tracePaths, type TraceListResponse, type TraceQuery } from '../../../contract/cts/traces';
import { defineCall } from '../api-call';

export const ctsApi = {
  traces: (query: TraceQuery) =>
    defineCall<TraceListResponse>({ family: 'cts', path: tracePaths.list, query: { ...query } }),
};
