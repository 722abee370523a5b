/**
 * Whose traces an Audit tab shows: the resource itself and what it holds (a load balancer's
 * listeners, groups, backend servers, health checks and access-log binding), bounded so a big tree stays a few requests.
 */
import type { Trace } from '../../../../contract/cts/traces';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';

/** At most this many resources are asked about (one trace query each). */
export const AUDIT_MAX_RESOURCES = 40;
/** At most this many traces per resource, and in the merged timeline. */
export const AUDIT_MAX_TRACES = 50;

const poolTree = (pool: Pool) => [
  pool.id,
  ...(pool.healthmonitor_id ? [pool.healthmonitor_id] : []),
  ...pool.members.map((member) => member.id),
];

export function loadBalancerAuditIds(
  loadBalancerId: string,
  listeners: readonly Listener[],
  pools: readonly Pool[],
  logtankId?: string,
): string[] {
  const ids = [
    loadBalancerId,
    ...(logtankId ? [logtankId] : []),
    ...listeners.map((listener) => listener.id),
    ...pools.flatMap(poolTree),
  ];
  return [...new Set(ids)].slice(0, AUDIT_MAX_RESOURCES);
}

export function listenerAuditIds(listener: Listener, pools: readonly Pool[]): string[] {
  const group = pools.find((pool) => pool.id === listener.default_pool_id);
  return [...new Set([listener.id, ...(group ? poolTree(group) : [])])].slice(0, AUDIT_MAX_RESOURCES);
}

/** Several resources' traces as one timeline: newest first, each trace once, bounded. */
export function mergeTimelines(lists: readonly (readonly Trace[])[]): Trace[] {
  const byId = new Map<string, Trace>();
  for (const list of lists) for (const trace of list) byId.set(trace.trace_id, trace);
  return [...byId.values()].sort((a, b) => b.time - a.time || b.record_time - a.record_time).slice(0, AUDIT_MAX_TRACES);
}
