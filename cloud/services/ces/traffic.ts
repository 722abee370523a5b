/**
 * The synthetic traffic of mock mode (issue 5): what each listener served in each minute, derived
 * from the resources so every consumer agrees — metrics (series.ts), access logs, alarms.
 *
 * - Deterministic: a hash of the listener ID and the minute index, no random source.
 * - A daily shape per load balancer in UTC (noise.ts dailyShape): quiet at night, peak at 15:00.
 * - A disabled load balancer or listener (admin_state_up false) serves nothing from its last update.
 * - Only the listener's default pool serves (forwarding policies are not modelled). Without a default
 *   pool or members an HTTP listener answers 503; with members but none healthy it answers 502;
 *   a TCP/UDP listener then accepts connections but opens none to backends. The 5xx share grows
 *   with the share of unhealthy members.
 * - HTTP rates stay modest (3–12 requests/s at the daily peak) because the access logs write one
 *   line per request.
 */
import { fromV2Timestamp } from '../../../contract/common';
import type { ReadTx } from '../../store/store';
import type { ListenerRow, LoadBalancerRow } from '../../store/tables';
import { relations } from '../elb/relations';
import { existsAt, healthAt, isHealthy, lastWriteTimes, memberTimeline, type MemberTimeline } from './health-timeline';
import { between, dailyShape, MINUTE_MS, minuteFloor, minuteIndex, seedOf, uniform } from './noise';

export interface UpstreamMember {
  memberId: string;
  address: string;
  port: number;
  weight: number;
  healthy: boolean;
}

export interface ListenerMinute {
  /** Requests (HTTP/HTTPS listeners) or new connections (TCP/UDP) in this minute; an integer. */
  requests: number;
  /** HTTP/HTTPS only: responses in this minute by 3-digit status code ('200','301','304','404','499','502','503',…); sums to `requests`. {} for TCP/UDP. */
  statusCounts: Record<string, number>;
  /** Members of the listener's default pool at that minute, with their health then. */
  members: UpstreamMember[];
  avgResponseMs: number;
  bytesIn: number;
  bytesOut: number;
  /** Slowest and fastest whole response in the minute (0 without requests). */
  maxResponseMs: number;
  minResponseMs: number;
  /** Slowest and fastest backend answer (0 when no request reached a backend). */
  maxUpstreamMs: number;
  minUpstreamMs: number;
}

/** A status code and how many responses in the minute had it. */
export type StatusCount = readonly [code: number, count: number];

/**
 * A listener minute with its status codes as a list: the metrics read thousands of minutes per
 * query, and objects keyed by numeric strings are slow to build and read.
 */
export interface MinuteTraffic extends Omit<ListenerMinute, 'statusCounts'> {
  statuses: readonly StatusCount[];
}

/** What the traffic model needs of a listener of either family. */
export interface PlannedListener {
  id: string;
  loadbalancer_id: string;
}

/** What a listener's traffic is made of, computed once per query. */
export interface ListenerPlan<L extends PlannedListener = ListenerRow> {
  listener: L;
  /** HTTP and HTTPS listeners: requests and status codes; TCP/UDP: connections only. */
  layer7: boolean;
  seed: number;
  /** Start of the first minute with data (the later of the listener's and its load balancer's creation). */
  existsFrom: number;
  /** From when the listener or its load balancer is disabled, if it is. */
  disabledSince: number | undefined;
  hasPool: boolean;
  members: MemberTimeline[];
  /** Member lists by existence and health pattern (membersAt), filled as minutes are computed. */
  memberLists: Map<number, UpstreamMember[]>;
  peakPerSecond: number;
  baseResponseMs: number;
  requestBytes: number;
  responseBytes: number;
}

export interface LoadBalancerPlan<LB = LoadBalancerRow, L extends PlannedListener = ListenerRow> {
  loadBalancer: LB;
  existsFrom: number;
  listeners: ListenerPlan<L>[];
  /** Members of every pool of the load balancer (the unhealthy/healthy server counts). */
  members: MemberTimeline[];
}

export interface TrafficModel {
  loadBalancer(id: string): LoadBalancerPlan | undefined;
  listener(id: string): ListenerPlan | undefined;
}

const createdMs = (row: { created_at: string }): number => fromV2Timestamp(row.created_at);
const disabledFrom = (row: { admin_state_up: boolean; updated_at: string }): number | undefined =>
  row.admin_state_up ? undefined : fromV2Timestamp(row.updated_at);

/**
 * One model per state of the store, shared by every series, alarm and log query until the next write.
 * The key is the store's meta object: every write that changes what the model reads records a CTS
 * trace, whose new ID moves the sequence on, and that replaces the meta object.
 */
const models = new WeakMap<object, TrafficModel>();

export function trafficModel(tx: ReadTx): TrafficModel {
  const key = tx.meta();
  const cached = models.get(key);
  if (cached) return cached;
  const model = buildTrafficModel(tx);
  models.set(key, model);
  return model;
}

/** Indexes the store once so a week of minutes needs no further scans. */
function buildTrafficModel(tx: ReadTx): TrafficModel {
  const rel = relations(tx);
  const writes = lastWriteTimes(tx);
  const pools = new Map(tx.all('pools').map((pool) => [pool.id, pool]));
  const timelines = new Map<string, MemberTimeline[]>();
  const timelinesOfPool = (poolId: string): MemberTimeline[] => {
    let list = timelines.get(poolId);
    if (!list) {
      const monitor = rel.monitorByPool.get(poolId);
      list = (rel.membersByPool.get(poolId) ?? []).map((member) =>
        memberTimeline(member, monitor, rel.serversByIp.get(member.address), writes),
      );
      timelines.set(poolId, list);
    }
    return list;
  };

  const lbPlans = new Map<string, LoadBalancerPlan>();
  const listenerPlans = new Map<string, ListenerPlan>();
  for (const lb of tx.all('loadbalancers')) {
    const lbCreated = minuteFloor(createdMs(lb));
    const listeners = (rel.listenersByLb.get(lb.id) ?? []).map((listener) => {
      const poolId = listener.default_pool_id;
      const members = poolId !== null && pools.has(poolId) ? timelinesOfPool(poolId) : undefined;
      const plan = listenerPlan(listener, lb, lbCreated, members);
      listenerPlans.set(listener.id, plan);
      return plan;
    });
    const members = (rel.poolsByLb.get(lb.id) ?? []).flatMap((pool) => timelinesOfPool(pool.id));
    lbPlans.set(lb.id, { loadBalancer: lb, existsFrom: lbCreated, listeners, members });
  }
  return { loadBalancer: (id) => lbPlans.get(id), listener: (id) => listenerPlans.get(id) };
}

function listenerPlan(
  listener: ListenerRow,
  lb: LoadBalancerRow,
  lbCreated: number,
  /** Members of the default pool; undefined without a default pool. */
  members: MemberTimeline[] | undefined,
): ListenerPlan {
  const disabled = [disabledFrom(lb), disabledFrom(listener)].filter((time) => time !== undefined);
  return planListener({
    listener,
    layer7: listener.protocol === 'HTTP' || listener.protocol === 'TERMINATED_HTTPS',
    existsFrom: Math.max(lbCreated, minuteFloor(createdMs(listener))),
    disabledSince: disabled.length ? Math.min(...disabled) : undefined,
    members,
  });
}

/** The facts a listener plan starts from, whatever the API family. */
export interface ListenerFacts<L extends PlannedListener> {
  listener: L;
  layer7: boolean;
  existsFrom: number;
  disabledSince: number | undefined;
  /** Members that serve the listener; undefined without a backend group. */
  members: MemberTimeline[] | undefined;
}

export function planListener<L extends PlannedListener>(facts: ListenerFacts<L>): ListenerPlan<L> {
  const { listener, layer7, existsFrom, disabledSince, members } = facts;
  const seed = seedOf(listener.id);
  return {
    listener,
    layer7,
    seed,
    existsFrom,
    disabledSince,
    hasPool: members !== undefined,
    members: members ?? [],
    memberLists: new Map(),
    peakPerSecond: layer7 ? between(seed, 1, 3, 12) : between(seed, 1, 1, 5),
    baseResponseMs: between(seed, 2, 15, 60),
    requestBytes: layer7 ? between(seed, 3, 400, 1200) : between(seed, 3, 4000, 12_000),
    responseBytes: layer7 ? between(seed, 4, 4000, 30_000) : between(seed, 4, 20_000, 80_000),
  };
}

type StatusShare = readonly [code: number, share: number];

/** Shares of the responses that are not 200 when backends answer; salts keep their noise apart. */
const BASE_STATUS_SHARES: readonly StatusShare[] = [
  [204, 0.01],
  [301, 0.01],
  [302, 0.008],
  [304, 0.04],
  [400, 0.002],
  [403, 0.003],
  [404, 0.02],
  [499, 0.003],
];
/** How the 5xx share splits between codes. */
const SERVER_ERROR_SPLIT: readonly StatusShare[] = [
  [502, 0.6],
  [503, 0.25],
  [504, 0.15],
];
/** Of the responses: 0.2 % 5xx with every member healthy, up to 30.2 % with none healthy. */
const serverErrorShare = (unhealthyShare: number): number => 0.002 + 0.3 * unhealthyShare;

/** Every share of a minute's responses, 5xx first, for an unhealthy share. */
function statusShares(unhealthyShare: number): StatusShare[] {
  const errorShare = serverErrorShare(unhealthyShare);
  return [...SERVER_ERROR_SPLIT.map(([code, part]): StatusShare => [code, part * errorShare]), ...BASE_STATUS_SHARES];
}

function statusCounts(requests: number, shares: readonly StatusShare[], seed: number, minute: number): StatusCount[] {
  const counts: StatusCount[] = [];
  let remaining = requests;
  shares.forEach(([code, share], salt) => {
    // Stochastic rounding keeps small shares visible over time without fractions.
    const count = Math.min(remaining, Math.floor(requests * share + uniform(seed + salt + 11, minute)));
    if (count > 0) counts.push([code, count]);
    remaining -= count;
  });
  if (remaining > 0) counts.push([200, remaining]);
  return counts;
}

const tenths = (value: number): number => Math.round(value * 10) / 10;

function quietMinute(members: UpstreamMember[]): MinuteTraffic {
  return {
    requests: 0,
    statuses: [],
    members,
    avgResponseMs: 0,
    bytesIn: 0,
    bytesOut: 0,
    maxResponseMs: 0,
    minResponseMs: 0,
    maxUpstreamMs: 0,
    minUpstreamMs: 0,
  };
}

/**
 * The members that exist at that minute, with their health then. Both change rarely, so the lists
 * are shared between minutes with the same pattern (consumers must not modify them).
 */
function membersAt(plan: ListenerPlan<PlannedListener>, minuteStartMs: number): UpstreamMember[] {
  // One base-3 digit per member: 0 not added yet, 1 unhealthy, 2 healthy.
  const states = plan.members.map((timeline) => {
    if (!existsAt(timeline, minuteStartMs)) return 0;
    return isHealthy(healthAt(timeline, minuteStartMs)) ? 2 : 1;
  });
  const pattern = states.reduce((sum: number, state, index) => sum + state * 3 ** index, 0);
  let members = plan.memberLists.get(pattern);
  if (!members) {
    members = plan.members.flatMap((timeline, index) =>
      states[index] === 0
        ? []
        : [
            {
              memberId: timeline.member.id,
              address: timeline.member.address,
              port: timeline.member.protocol_port,
              weight: timeline.member.weight,
              healthy: states[index] === 2,
            },
          ],
    );
    plan.memberLists.set(pattern, members);
  }
  return members;
}

/** The listener's traffic in the minute that starts at `minuteStartMs`; undefined before it existed. */
export function minuteOf(plan: ListenerPlan<PlannedListener>, minuteStartMs: number): ListenerMinute | undefined {
  const traffic = trafficOf(plan, minuteStartMs);
  if (!traffic) return undefined;
  const { statuses, ...rest } = traffic;
  return { ...rest, statusCounts: Object.fromEntries(statuses.map(([code, count]) => [String(code), count])) };
}

/** minuteOf with the status codes as a list. */
export function trafficOf(plan: ListenerPlan<PlannedListener>, minuteStartMs: number): MinuteTraffic | undefined {
  if (minuteStartMs < plan.existsFrom) return undefined;
  const members = membersAt(plan, minuteStartMs);
  if (plan.disabledSince !== undefined && minuteStartMs + MINUTE_MS > plan.disabledSince) return quietMinute(members);

  const minute = minuteIndex(minuteStartMs);
  const { seed } = plan;
  const demand = plan.peakPerSecond * 60 * dailyShape(minuteStartMs) * (0.85 + 0.3 * uniform(seed, minute));
  const requests = Math.round(demand);
  if (requests === 0) return quietMinute(members);
  const serving = members.filter((member) => member.healthy && member.weight > 0).length;
  const reachesBackend = serving > 0;
  const unhealthyShare = members.length ? 1 - members.filter((member) => member.healthy).length / members.length : 0;

  const load = 1 + 0.5 * dailyShape(minuteStartMs);
  const avg = reachesBackend
    ? plan.baseResponseMs * load * (0.9 + 0.2 * uniform(seed + 1, minute)) * (1 + unhealthyShare)
    : 1 + 2 * uniform(seed + 1, minute);
  const maxResponse = avg * (2 + uniform(seed + 2, minute));
  const minResponse = avg * (0.2 + 0.1 * uniform(seed + 3, minute));

  let statuses: StatusCount[] = [];
  let bytesOut: number;
  if (plan.layer7) {
    const failedCode = plan.hasPool && members.length ? 502 : 503;
    statuses = reachesBackend
      ? statusCounts(requests, statusShares(unhealthyShare), seed, minute)
      : [[failedCode, requests]];
    const served = statuses.reduce((sum, [code, count]) => (code < 400 ? sum + count : sum), 0);
    bytesOut = served * plan.responseBytes + (requests - served) * 350;
  } else {
    bytesOut = reachesBackend ? requests * plan.responseBytes : requests * 54;
  }
  return {
    requests,
    statuses,
    members,
    avgResponseMs: tenths(avg),
    bytesIn: Math.round(requests * (reachesBackend || plan.layer7 ? plan.requestBytes : 74)),
    bytesOut: Math.round(bytesOut),
    maxResponseMs: tenths(maxResponse),
    minResponseMs: tenths(minResponse),
    maxUpstreamMs: reachesBackend ? tenths(maxResponse * 0.92) : 0,
    minUpstreamMs: reachesBackend ? tenths(minResponse * 0.8) : 0,
  };
}

/** undefined when the listener did not exist at that minute. */
export function listenerMinute(tx: ReadTx, listenerId: string, minuteStartMs: number): ListenerMinute | undefined {
  const plan = trafficModel(tx).listener(listenerId);
  return plan ? minuteOf(plan, minuteFloor(minuteStartMs)) : undefined;
}
