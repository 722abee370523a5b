/** A load balancer (enhanced or classic) or listener a chart draws, identified by its Cloud Eye dimension. */
import { dimensionFor, metricsFor, type ElbMetric, type MetricObject } from '../../../../contract/ces/metrics';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';

export interface MonitoredResource {
  /** `classic_lb`: a classic load balancer, dimension `lb_instance_id`. */
  kind: MetricObject;
  id: string;
  name: string;
  /** HTTP/HTTPS: the L7 metrics apply (for a load balancer: it has such a listener). */
  layer7: boolean;
}

/** Layer-7 metrics are reported for HTTP and HTTPS listeners only (FEATURES §10.1). */
export const isLayer7 = (protocol: string): boolean => protocol === 'HTTP' || protocol === 'TERMINATED_HTTPS';

export const dimensionsOf = (resource: MonitoredResource) => [
  { name: dimensionFor(resource.kind), value: resource.id },
];

/**
 * The metrics a set of resources can chart: those of their kind, layer-7 ones when at least one of
 * them is HTTP/HTTPS (the others simply draw no line when compared).
 */
export function metricOptions(resources: readonly MonitoredResource[]): ElbMetric[] {
  const kinds = new Set(resources.map((resource) => resource.kind));
  const layer7 = resources.some((resource) => resource.layer7);
  // Usage metrics describe dedicated load balancers; shared ones report none (FEATURES §10.1: show only with data).
  const [only] = kinds;
  return metricsFor(kinds.size === 1 && only ? only : 'listener', { layer7 }).filter(
    (metric) => metric.layer !== 'usage',
  );
}

/** What a view shows before the user picks: the headline traffic metrics the resources report. */
const DEFAULT_METRICS = ['mb_l7_qps', 'm1_cps', 'm7_in_Bps', 'm9_abnormal_servers', 'm4_ncps', 'm8_out_Bps'];
export const DEFAULT_METRIC_COUNT = 4;

export function defaultMetrics(options: readonly ElbMetric[]): string[] {
  return DEFAULT_METRICS.filter((id) => options.some((metric) => metric.id === id)).slice(0, DEFAULT_METRIC_COUNT);
}

/** What the Monitoring page offers to compare: every load balancer, or every listener. */
export function monitoringCandidates(
  kind: 'lb' | 'listener',
  loadBalancers: readonly LoadBalancer[],
  listeners: readonly Listener[],
): MonitoredResource[] {
  if (kind === 'lb') {
    const layer7 = new Set(
      listeners.filter((item) => isLayer7(item.protocol)).flatMap((item) => item.loadbalancers.map(({ id }) => id)),
    );
    return loadBalancers.map((lb) => ({ kind, id: lb.id, name: lb.name || lb.id, layer7: layer7.has(lb.id) }));
  }
  const lbNames = new Map(loadBalancers.map((lb) => [lb.id, lb.name || lb.id]));
  return listeners.map((item) => ({
    kind,
    id: item.id,
    // Listener names repeat across load balancers (listener-http): name the owner too.
    name: `${item.name || item.id} (${lbNames.get(item.loadbalancers[0]?.id ?? '') ?? '—'})`,
    layer7: isLayer7(item.protocol),
  }));
}
