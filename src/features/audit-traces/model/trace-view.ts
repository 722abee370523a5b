/** How a trace reads on screen: its action in words, its JSON bodies, and where its resource lives. */
import { findKeyOperation } from '../../../../contract/cts/key-operations';
import type { Trace, TraceRating } from '../../../../contract/cts/traces';
import type { TraceResourceIndex } from '../../../api/queries/traces';
import type { StatusTone } from '../../../components/status-chip';

export const ratingTone: Record<TraceRating, StatusTone> = { normal: 'ok', warning: 'warn', incident: 'error' };

/** The guide's action wording (Modifying a load balancer), else the trace name itself. */
export function traceAction(trace: Pick<Trace, 'trace_name'>): string {
  return findKeyOperation(trace.trace_name)?.action ?? trace.trace_name;
}

/** A recorded body as JSON when it is JSON, as text otherwise; '' (no body) is null. */
export function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const prettyJson = (value: unknown): string => JSON.stringify(value, null, 2);

/** The whole trace, with the request and response bodies unfolded so they read as JSON too. */
export function traceDocument(trace: Trace): string {
  return prettyJson({ ...trace, request: parseBody(trace.request), response: parseBody(trace.response) });
}

/** The console page of a traced resource that still exists, else undefined. */
export function resourceLink(trace: Trace, index: TraceResourceIndex | undefined): string | undefined {
  if (!index || trace.service_type !== 'ELB') return undefined;
  const id = trace.resource_id;
  switch (trace.resource_type) {
    case 'loadbalancer':
      return index.loadBalancers.has(id) ? `/load-balancers/${id}` : undefined;
    case 'listener': {
      const lb = index.listeners.get(id);
      return lb ? `/load-balancers/${lb}?tab=listeners&listener=${id}` : undefined;
    }
    case 'pool': {
      const lb = index.pools.get(id);
      return lb ? `/load-balancers/${lb}/groups/${id}` : undefined;
    }
    case 'certificate': {
      const name = index.certificates.get(id);
      return name === undefined ? undefined : `/certificates?${new URLSearchParams({ search: name || id }).toString()}`;
    }
    default:
      return undefined;
  }
}
