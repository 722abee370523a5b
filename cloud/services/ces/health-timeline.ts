/**
 * A backend server's health over time, for the metrics. The store keeps only the current facts, so
 * the current health (member-health.ts) applies from the last time one of its facts changed: the
 * member was added or updated, its group's health check was created or updated (both leave a CTS
 * trace), or its ECS was created. Before that the server counts as healthy, unless its ECS itself
 * is stopped or gone (the one fact no member or health check write changes): a stopped server
 * stays unhealthy in the history when its member is edited. The minute of the change already shows
 * the new health, so a change is visible at once in mock mode.
 */
import { fromV2Timestamp } from '../../../contract/common';
import type { ReadTx } from '../../store/store';
import type { HealthMonitorRow, MemberRow, ServerRow } from '../../store/tables';
import { memberHealth, unhealthyReason, type MemberHealth } from '../elb/member-health';
import { MINUTE_MS } from './noise';

/** What the traffic model needs of a backend server of either family. */
export type TimelineMember = Pick<MemberRow, 'id' | 'address' | 'protocol_port' | 'weight'>;

export interface MemberTimeline {
  member: TimelineMember;
  current: MemberHealth;
  /** When the current health began (UNIX ms). */
  since: number;
  /** The health before `since`. */
  before: MemberHealth;
  /** When the member was added (UNIX ms): it counts from that minute on. */
  addedAt: number;
}

export const existsAt = (timeline: MemberTimeline, minuteStartMs: number): boolean =>
  minuteStartMs + MINUTE_MS > timeline.addedAt;

/**
 * Healthy for the metrics: ONLINE, and NO_MONITOR too — without a health check the load balancer
 * keeps forwarding to the server, so it counts as a normal server (ma_normal_servers). DISABLED
 * (admin state down) and OFFLINE servers are abnormal (m9_abnormal_servers).
 */
export function isHealthy(health: MemberHealth): boolean {
  return health === 'ONLINE' || health === 'NO_MONITOR';
}

/** The health the metrics use for the minute starting at `minuteStartMs`. */
export function healthAt(timeline: MemberTimeline, minuteStartMs: number): MemberHealth {
  return minuteStartMs + MINUTE_MS > timeline.since ? timeline.current : timeline.before;
}

/** The time of the last successful write to each resource, from the CTS traces. */
export function lastWriteTimes(tx: ReadTx): Map<string, number> {
  const times = new Map<string, number>();
  for (const trace of tx.all('traces')) {
    if (Number(trace.code) >= 400 || !trace.resource_id) continue;
    times.set(trace.resource_id, Math.max(times.get(trace.resource_id) ?? 0, trace.time));
  }
  return times;
}

const parsedOrZero = (epochMs: number): number => (Number.isFinite(epochMs) ? epochMs : 0);

export function memberTimeline(
  member: MemberRow,
  monitor: HealthMonitorRow | undefined,
  server: ServerRow | undefined,
  lastWrites: ReadonlyMap<string, number>,
): MemberTimeline {
  const addedAt = parsedOrZero(fromV2Timestamp(member.created_at));
  const since = Math.max(
    addedAt,
    lastWrites.get(member.id) ?? 0,
    monitor ? (lastWrites.get(monitor.id) ?? 0) : 0,
    server ? parsedOrZero(Date.parse(server.created)) : 0,
  );
  const reason = unhealthyReason({ member, monitor, server });
  const before = reason === 'NO_SERVER' || reason === 'SERVER_STOPPED' ? 'OFFLINE' : 'ONLINE';
  return { member, current: memberHealth({ member, monitor, server }), since, before, addedAt };
}
