/**
 * One raw (1-minute) value of an ELB metric, from a listener's minute of traffic (traffic.ts), and
 * how a load balancer's value follows from its listeners' values.
 */
import type { ElbMetricId } from '../../../contract/ces/metrics';
import type { MinuteTraffic } from './traffic';

/** Requests a client connection carries on an HTTP listener (keep-alive). */
const REQUESTS_PER_CONNECTION = 4;
/** Seconds a connection stays open: short HTTP keep-alive, longer TCP/UDP sessions. */
const CONNECTION_SECONDS = { layer7: 10, layer4: 30 } as const;
/** Average packet sizes, so packet rates follow byte rates. */
const BYTES_PER_PACKET = { in: 900, out: 1400 } as const;

function connections(minute: MinuteTraffic, layer7: boolean) {
  const perSecond = minute.requests / 60;
  const newClient = layer7 ? perSecond / REQUESTS_PER_CONNECTION : perSecond;
  const open = Math.round(newClient * (layer7 ? CONNECTION_SECONDS.layer7 : CONNECTION_SECONDS.layer4));
  const reachesBackend = minute.maxUpstreamMs > 0;
  const active = reachesBackend ? open : 0;
  const inactive = reachesBackend ? Math.round(open * 0.1) : 0;
  return { newClient, active, inactive, concurrent: (layer7 ? open : active) + inactive };
}

const perSecond = (count: number): number => count / 60;

function statusRate(minute: MinuteTraffic, matches: (code: number) => boolean): number {
  let count = 0;
  for (const [code, responses] of minute.statuses) if (matches(code)) count += responses;
  return perSecond(count);
}

/** The metric's raw value for one listener minute; undefined for metrics a listener does not report. */
export function listenerValue(id: ElbMetricId, minute: MinuteTraffic, layer7: boolean): number | undefined {
  return LISTENER_VALUES[id]?.(minute, layer7);
}

const LISTENER_VALUES: Partial<Record<ElbMetricId, (minute: MinuteTraffic, layer7: boolean) => number>> = {
  m1_cps: (minute, layer7) => connections(minute, layer7).concurrent,
  m2_act_conn: (minute, layer7) => connections(minute, layer7).active,
  m3_inact_conn: (minute, layer7) => connections(minute, layer7).inactive,
  m4_ncps: (minute, layer7) => connections(minute, layer7).newClient,
  m5_in_pps: (minute) => perSecond(minute.bytesIn / BYTES_PER_PACKET.in + minute.requests),
  m6_out_pps: (minute) => perSecond(minute.bytesOut / BYTES_PER_PACKET.out + minute.requests),
  m7_in_Bps: (minute) => perSecond(minute.bytesIn),
  m8_out_Bps: (minute) => perSecond(minute.bytesOut),
  mb_l7_qps: (minute) => perSecond(minute.requests),
  mc_l7_http_2xx: (minute) => statusRate(minute, (code) => code >= 200 && code < 300),
  md_l7_http_3xx: (minute) => statusRate(minute, (code) => code >= 300 && code < 400),
  me_l7_http_4xx: (minute) => statusRate(minute, (code) => code >= 400 && code < 500),
  mf_l7_http_5xx: (minute) => statusRate(minute, (code) => code >= 500 && code < 600),
  m10_l7_http_other_status: (minute) => statusRate(minute, (code) => code < 200 || code >= 600),
  m11_l7_http_404: (minute) => statusRate(minute, (code) => code === 404),
  m12_l7_http_499: (minute) => statusRate(minute, (code) => code === 499),
  m13_l7_http_502: (minute) => statusRate(minute, (code) => code === 502),
  m14_l7_rt: (minute) => minute.avgResponseMs,
  m1a_l7_upstream_rt_max: (minute) => minute.maxUpstreamMs,
  m1b_l7_upstream_rt_min: (minute) => minute.minUpstreamMs,
  m1c_l7_rt_max: (minute) => minute.maxResponseMs,
  m1d_l7_rt_min: (minute) => minute.minResponseMs,
};

/**
 * A load balancer's value from its listeners' minutes: the sum for counts and rates, the
 * request-weighted mean for the average response time, the maximum/minimum (of listeners that
 * served requests) for the slowest/fastest times.
 */
export function combineListeners(
  id: ElbMetricId,
  minutes: readonly { minute: MinuteTraffic; layer7: boolean }[],
): number {
  const values = minutes.map(({ minute, layer7 }) => listenerValue(id, minute, layer7) ?? 0);
  switch (id) {
    case 'm14_l7_rt': {
      const requests = minutes.reduce((sum, { minute }) => sum + minute.requests, 0);
      if (requests === 0) return 0;
      return minutes.reduce((sum, { minute }, index) => sum + minute.requests * (values[index] ?? 0), 0) / requests;
    }
    case 'm1a_l7_upstream_rt_max':
    case 'm1c_l7_rt_max':
      return Math.max(0, ...values);
    case 'm1b_l7_upstream_rt_min':
    case 'm1d_l7_rt_min': {
      const served = values.filter((_, index) => (minutes[index]?.minute.requests ?? 0) > 0);
      return served.length ? Math.min(...served) : 0;
    }
    default:
      return values.reduce((sum, value) => sum + value, 0);
  }
}
