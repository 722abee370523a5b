/**
 * "Frontend and backend traffic inconsistent?", "Fails a stress test?" and the bandwidth questions for
 * one load balancer: the FAQ checklists decided from its last 24 hours of metrics, charted below.
 */
import { useQuery } from '@tanstack/react-query';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import { accessLogQueries } from '../../../api/queries/access-logs';
import { publicIpQueries } from '../../../api/queries/networks';
import type { MonitoredResource } from '../model/monitored-resource';
import { metricDiagnostic, type DiagnosticResult } from './diagnostic-layout';
import { bandwidthCheck, countOf, peakOf, stressTestChecks, trafficInconsistentChecks } from './traffic-checks';
import { DIAGNOSTIC_PERIOD_SECONDS, useLbMetrics, type MetricRequest } from './use-lb-metrics';

const INCONSISTENT_METRICS: readonly MetricRequest[] = [
  { id: 'mb_l7_qps', filter: 'average' },
  { id: 'me_l7_http_4xx', filter: 'average' },
  { id: 'mf_l7_http_5xx', filter: 'average' },
  { id: 'm9_abnormal_servers', filter: 'max' },
];

function useTrafficInconsistent(loadBalancer: LoadBalancer, resource: MonitoredResource): DiagnosticResult {
  const logtank = useQuery(accessLogQueries.logtank(loadBalancer.id));
  const metrics = useLbMetrics(resource, INCONSISTENT_METRICS);
  const { points } = metrics;
  const count = (id: MetricRequest['id']) => countOf(points?.get(id) ?? [], DIAGNOSTIC_PERIOD_SECONDS);
  return {
    // Without an HTTP or HTTPS listener there are no status codes to chart.
    requests: resource.layer7 ? INCONSISTENT_METRICS : INCONSISTENT_METRICS.slice(-1),
    checks:
      points && logtank.data !== undefined
        ? trafficInconsistentChecks({
            layer7: resource.layer7,
            requests: count('mb_l7_qps'),
            clientErrors: count('me_l7_http_4xx'),
            serverErrors: count('mf_l7_http_5xx'),
            unhealthyPeak: peakOf(points.get('m9_abnormal_servers') ?? []),
            accessLogging: logtank.data !== null,
          })
        : undefined,
    sources: [logtank, metrics],
  };
}

/** The bandwidth of the EIP bound to the load balancer's VIP port; undefined when it is private. */
const eipBandwidth = (eips: readonly PublicIp[], loadBalancer: LoadBalancer): number | undefined =>
  eips.find((candidate) => candidate.port_id === loadBalancer.vip_port_id)?.bandwidth_size;

const STRESS_METRICS: readonly MetricRequest[] = [
  { id: 'm7_in_Bps', filter: 'max' },
  { id: 'm8_out_Bps', filter: 'max' },
  { id: 'm1_cps', filter: 'max' },
  { id: 'm4_ncps', filter: 'max' },
  { id: 'm9_abnormal_servers', filter: 'max' },
];
const BANDWIDTH_METRICS = STRESS_METRICS.slice(0, 2);

/** The peaks of the metrics and the EIP bandwidth, once both have loaded. */
function usePeaks(loadBalancer: LoadBalancer, resource: MonitoredResource, requests: readonly MetricRequest[]) {
  const eips = useQuery(publicIpQueries.list());
  const metrics = useLbMetrics(resource, requests);
  const { points } = metrics;
  const facts =
    points && eips.data
      ? {
          bandwidthMbit: eipBandwidth(eips.data.publicips, loadBalancer),
          peak: (id: MetricRequest['id']) => peakOf(points.get(id) ?? []),
        }
      : undefined;
  return { facts, sources: [eips, metrics] };
}

function useStressTest(loadBalancer: LoadBalancer, resource: MonitoredResource): DiagnosticResult {
  const { facts, sources } = usePeaks(loadBalancer, resource, STRESS_METRICS);
  return {
    requests: STRESS_METRICS,
    checks: facts
      ? stressTestChecks({
          bandwidthMbit: facts.bandwidthMbit,
          peakInBps: facts.peak('m7_in_Bps'),
          peakOutBps: facts.peak('m8_out_Bps'),
          peakConnections: facts.peak('m1_cps'),
          peakNewConnections: facts.peak('m4_ncps'),
          unhealthyPeak: facts.peak('m9_abnormal_servers'),
        })
      : undefined,
    sources,
  };
}

function useBandwidth(loadBalancer: LoadBalancer, resource: MonitoredResource): DiagnosticResult {
  const { facts, sources } = usePeaks(loadBalancer, resource, BANDWIDTH_METRICS);
  return {
    requests: BANDWIDTH_METRICS,
    checks: facts
      ? [
          bandwidthCheck({
            bandwidthMbit: facts.bandwidthMbit,
            peakInBps: facts.peak('m7_in_Bps'),
            peakOutBps: facts.peak('m8_out_Bps'),
          }),
        ]
      : undefined,
    sources,
  };
}

export const TrafficInconsistentPanel = metricDiagnostic('trafficInconsistent', useTrafficInconsistent);
export const StressTestPanel = metricDiagnostic('stressTest', useStressTest);
export const BandwidthPanel = metricDiagnostic('bandwidth', useBandwidth);
