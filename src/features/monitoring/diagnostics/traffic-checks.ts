/**
 * Two FAQ checklists filled in from a load balancer's metrics (FEATURES §12.4, §12.8):
 * - "How do I check for traffic inconsistencies?" (guide/faq/elb_use/service_performance_and_load/
 *   how_do_i_check_for_traffic_inconsistencies.rst): failed client requests, 4xx above all, are
 *   answered by ELB and never reach the backend servers.
 * - "What do I do if a load balancer fails a stress test?" (…/what_do_i_do_if_a_load_balancer_fails_a_stress_test.rst)
 *   and "…excessive access delay?" (…/how_do_i_check_if_there_is_excessive_access_delay.rst):
 *   traffic against the EIP bandwidth, unhealthy servers (retries add delay), then what only the
 *   servers and clients can tell.
 */
import type { ChartPoint } from '../../../api/queries/metrics';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';

/** Traffic this close to the EIP bandwidth loses packets in bursts (the stress-test FAQ, step 2). */
export const BANDWIDTH_SATURATION_PERCENT = 95;

/** How many events a rate series (per second, one average per period) stands for. */
export function countOf(points: readonly ChartPoint[], periodSeconds: number): number {
  return Math.round(points.reduce((sum, point) => sum + point.value * periodSeconds, 0));
}

export const peakOf = (points: readonly ChartPoint[]): number =>
  points.reduce((peak, point) => Math.max(peak, point.value), 0);

/** Share of an EIP bandwidth (Mbit/s) a byte rate uses, in percent. */
export const bandwidthUse = (bytesPerSecond: number, bandwidthMbit: number): number =>
  ((bytesPerSecond * 8) / (bandwidthMbit * 1_000_000)) * 100;

const round1 = (value: number): number => Math.round(value * 10) / 10;

export type TrafficCheckId = 'clientErrors' | 'serverErrors' | 'unhealthy' | 'accessLogs';

export interface TrafficFacts {
  /** The load balancer has an HTTP or HTTPS listener (only those report status codes). */
  layer7: boolean;
  /** Counts over the period. */
  requests: number;
  clientErrors: number;
  serverErrors: number;
  /** Most servers unhealthy at once in the period. */
  unhealthyPeak: number;
  /** Access logging is on: the failed requests can be looked up one by one. */
  accessLogging: boolean;
}

export function unhealthyCheck(unhealthyPeak: number): DiagnosticCheck<'unhealthy'> {
  return unhealthyPeak > 0
    ? { id: 'unhealthy', status: 'failed', variant: 'some', params: { count: unhealthyPeak } }
    : { id: 'unhealthy', status: 'passed', variant: 'none', params: {} };
}

export function trafficInconsistentChecks(facts: TrafficFacts): DiagnosticCheck<TrafficCheckId>[] {
  const { layer7, requests, clientErrors, serverErrors } = facts;
  const layer4 = { status: 'verify', variant: 'layer4', params: {} } as const;
  return [
    layer7
      ? clientErrors > 0
        ? { id: 'clientErrors', status: 'failed', variant: 'some', params: { count: clientErrors, requests } }
        : { id: 'clientErrors', status: 'passed', variant: 'none', params: { requests } }
      : { id: 'clientErrors', ...layer4 },
    layer7
      ? serverErrors > 0
        ? { id: 'serverErrors', status: 'failed', variant: 'some', params: { count: serverErrors } }
        : { id: 'serverErrors', status: 'passed', variant: 'none', params: {} }
      : { id: 'serverErrors', ...layer4 },
    unhealthyCheck(facts.unhealthyPeak),
    facts.accessLogging
      ? { id: 'accessLogs', status: 'passed', variant: 'on', params: {} }
      : { id: 'accessLogs', status: 'verify', variant: 'off', params: {} },
  ];
}

export type StressCheckId =
  'bandwidth' | 'unhealthy' | 'connections' | 'backendCpu' | 'clientPorts' | 'backlog' | 'directAccess';

export interface StressFacts {
  /** The EIP bandwidth in Mbit/s; undefined for a private load balancer (no EIP). */
  bandwidthMbit: number | undefined;
  /** Peak rates in the period, bytes per second. */
  peakInBps: number;
  peakOutBps: number;
  peakConnections: number;
  peakNewConnections: number;
  unhealthyPeak: number;
}

/**
 * The EIP bandwidth against the peak traffic (FEATURES §12.2 "bandwidth" FAQs, stress-test step 2).
 * Only the Internet side is limited: ELB reaches its backends over the private network.
 */
export function bandwidthCheck({
  bandwidthMbit,
  peakInBps,
  peakOutBps,
}: Pick<StressFacts, 'bandwidthMbit' | 'peakInBps' | 'peakOutBps'>): DiagnosticCheck<'bandwidth'> {
  if (bandwidthMbit === undefined) return { id: 'bandwidth', status: 'passed', variant: 'private', params: {} };
  const peak = Math.max(peakInBps, peakOutBps);
  const percent = round1(bandwidthUse(peak, bandwidthMbit));
  const params = {
    direction: peakOutBps >= peakInBps ? 'outbound' : 'inbound',
    peak: round1((peak * 8) / 1_000_000),
    limit: bandwidthMbit,
    percent,
  };
  return percent >= BANDWIDTH_SATURATION_PERCENT
    ? { id: 'bandwidth', status: 'failed', variant: 'saturated', params }
    : { id: 'bandwidth', status: 'passed', variant: 'ok', params };
}

export function stressTestChecks(facts: StressFacts): DiagnosticCheck<StressCheckId>[] {
  return [
    bandwidthCheck(facts),
    unhealthyCheck(facts.unhealthyPeak),
    {
      id: 'connections',
      status: 'verify',
      variant: 'default',
      params: { concurrent: Math.round(facts.peakConnections), perSecond: round1(facts.peakNewConnections) },
    },
    { id: 'backendCpu', status: 'verify', variant: 'default', params: {}, commands: ['top', 'uptime'] },
    {
      id: 'clientPorts',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: ['netstat -an | grep TIME_WAIT | wc -l', 'sysctl net.ipv4.ip_local_port_range'],
    },
    {
      id: 'backlog',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: ['sysctl net.core.somaxconn', 'sysctl -w net.core.somaxconn=4096'],
    },
    { id: 'directAccess', status: 'verify', variant: 'default', params: {} },
  ];
}
