/** Log Tank Service (Gap 8): log groups, log streams and the log query (contract/lts). */
import {
  ltsPaths,
  type CreateLogGroupRequest,
  type CreateLogGroupResponse,
  type CreateLogStreamRequest,
  type CreateLogStreamResponse,
  type LogGroupListResponse,
  type LogQueryRequest,
  type LogQueryResponse,
  type LogStreamListResponse,
} from '../../../contract/lts';
import { defineCall } from '../api-call';

const streams = (groupId: string) => ({ path: ltsPaths.streams, params: { log_group_id: groupId } });

export const ltsApi = {
  groups: () => defineCall<LogGroupListResponse>({ family: 'lts', path: ltsPaths.groups }),
  createGroup: (body: CreateLogGroupRequest) =>
    defineCall<CreateLogGroupResponse>({ family: 'lts', method: 'POST', path: ltsPaths.groups, body }),
  streams: (groupId: string) => defineCall<LogStreamListResponse>({ family: 'lts', ...streams(groupId) }),
  createStream: (groupId: string, body: CreateLogStreamRequest) =>
    defineCall<CreateLogStreamResponse>({ family: 'lts', method: 'POST', ...streams(groupId), body }),
  query: (groupId: string, streamId: string, body: LogQueryRequest) =>
    defineCall<LogQueryResponse>({
      family: 'lts',
      method: 'POST',
      path: ltsPaths.query,
      params: { log_group_id: groupId, log_stream_id: streamId },
      body,
    }),
};
