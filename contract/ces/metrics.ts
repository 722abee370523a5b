/**
 * ELB metrics in Cloud Eye (FEATURES §10.1; guide/monitoring/monitoring_metrics.rst,
 * api/elb/appendix/elb_metrics.rst) and the metric list API (api/ces/metrics/querying_metrics.rst).
 */
import { z } from 'zod';
import { checkDimKeys, type CesMetaData, dimQueryValue, intParam, namespace, sortOrder } from './fields';

export const metricPaths = {
  /** GET: metrics a project can monitor, filtered by namespace, name and dimensions. */
  list: '/V1.0/:project_id/metrics',
} as const;

export const ELB_NAMESPACE = 'SYS.ELB';
/** Raw data is sampled every minute. */
export const RAW_SAMPLE_INTERVAL_MS = 60_000;
/** Data of a deleted resource can still be queried for 3 hours. */
export const DELETED_RESOURCE_RETENTION_MS = 3 * 3_600_000;

/** Dimension keys of SYS.ELB. */
export const ELB_DIMENSIONS = {
  /** Enhanced (shared) load balancer ID. */
  loadBalancer: 'lbaas_instance_id',
  /** Enhanced load balancer listener ID. */
  listener: 'lbaas_listener_id',
  /** Classic load balancer ID. */
  classicLoadBalancer: 'lb_instance_id',
} as const;
export type ElbDimensionName = (typeof ELB_DIMENSIONS)[keyof typeof ELB_DIMENSIONS];
export const elbDimensionNames: readonly ElbDimensionName[] = Object.values(ELB_DIMENSIONS);

/** What a metric can be charted for. */
export type MetricObject = 'lb' | 'listener' | 'classic_lb';
/**
 * L4: transport-level, reported for every listener protocol; L7: HTTP/HTTPS listeners only;
 * usage: share of the load balancer's capacity (dedicated specifications; show only when data exists).
 */
export type MetricLayer = 'L4' | 'L7' | 'usage';
export type MetricUnit = 'count' | 'count/s' | 'packet/s' | 'byte/s' | 'query/s' | 'ms' | '%';

export interface ElbMetric {
  id: ElbMetricId;
  name: string;
  meaning: string;
  unit: MetricUnit;
  objects: readonly MetricObject[];
  layer: MetricLayer;
}

const ALL: readonly MetricObject[] = ['lb', 'listener', 'classic_lb'];
const LB_CLASSIC: readonly MetricObject[] = ['lb', 'classic_lb'];
const LB_LISTENER: readonly MetricObject[] = ['lb', 'listener'];
const LB: readonly MetricObject[] = ['lb'];

/** What each metric measures (guide/monitoring/monitoring_metrics.rst). */
const MEANINGS = {
  m1_cps:
    'Layer 4: TCP and UDP connections from the load balancer to backend servers; Layer 7: TCP connections from clients to the load balancer.',
  m2_act_conn: 'TCP and UDP connections in the ESTABLISHED state between the load balancer and backend servers.',
  m3_inact_conn: 'TCP connections between the load balancer and backend servers that are not in the ESTABLISHED state.',
  m4_ncps: 'New TCP and UDP connections from clients to the load balancer per second.',
  m5_in_pps: 'Packets received by the load balancer per second.',
  m6_out_pps: 'Packets sent by the load balancer per second.',
  m7_in_Bps: 'Inbound traffic to the load balancer per second.',
  m8_out_Bps: 'Outbound traffic from the load balancer per second.',
  m9_abnormal_servers: 'Backend servers considered unhealthy.',
  ma_normal_servers: 'Backend servers considered healthy.',
  mb_l7_qps: 'Requests received per second.',
  mc_l7_http_2xx: '2xx status codes returned.',
  md_l7_http_3xx: '3xx status codes returned.',
  me_l7_http_4xx: '4xx status codes returned.',
  mf_l7_http_5xx: '5xx status codes returned.',
  m10_l7_http_other_status: 'Status codes other than 2xx, 3xx, 4xx and 5xx returned.',
  m11_l7_http_404: '404 Not Found status codes returned.',
  m12_l7_http_499: '499 Client Closed Request status codes returned.',
  m13_l7_http_502: '502 Bad Gateway status codes returned.',
  m14_l7_rt: 'Average time from receiving a client request to returning the whole response.',
  m1a_l7_upstream_rt_max: 'Maximum time from routing a request to a backend server to receiving its response.',
  m1b_l7_upstream_rt_min: 'Minimum time from routing a request to a backend server to receiving its response.',
  m1c_l7_rt_max: 'Maximum time from receiving a client request to returning the whole response.',
  m1d_l7_rt_min: 'Minimum time from receiving a client request to returning the whole response.',
  l7_con_usage: 'Layer-7 concurrent connections as a share of the maximum allowed.',
  l7_in_bps_usage: 'Layer-7 inbound bandwidth as a share of the maximum; 100% means the limit is reached.',
  l7_out_bps_usage: 'Layer-7 outbound bandwidth as a share of the maximum; 100% means the limit is reached.',
  l7_ncps_usage: 'Layer-7 new connections per second as a share of the maximum allowed.',
  l7_qps_usage: 'Layer-7 queries per second as a share of the maximum allowed.',
  l4_con_usage: 'Layer-4 concurrent connections as a share of the maximum allowed.',
  l4_in_bps_usage: 'Layer-4 inbound bandwidth as a share of the maximum; 100% means the limit is reached.',
  l4_out_bps_usage: 'Layer-4 outbound bandwidth as a share of the maximum; 100% means the limit is reached.',
  l4_ncps_usage: 'Layer-4 new connections per second as a share of the maximum allowed.',
} as const;
export type ElbMetricId = keyof typeof MEANINGS;

function metric(
  id: ElbMetricId,
  name: string,
  unit: MetricUnit,
  objects: readonly MetricObject[],
  layer: MetricLayer,
): ElbMetric {
  return { id, name, meaning: MEANINGS[id], unit, objects, layer };
}

/** The SYS.ELB catalogue in the guide's order. All values are ≥ 0. */
export const elbMetrics: readonly ElbMetric[] = [
  metric('m1_cps', 'Concurrent Connections', 'count', ALL, 'L4'),
  metric('m2_act_conn', 'Active Connections', 'count', ALL, 'L4'),
  metric('m3_inact_conn', 'Inactive Connections', 'count', ALL, 'L4'),
  metric('m4_ncps', 'New Connections', 'count/s', ALL, 'L4'),
  metric('m5_in_pps', 'Incoming Packets', 'packet/s', ALL, 'L4'),
  metric('m6_out_pps', 'Outgoing Packets', 'packet/s', ALL, 'L4'),
  metric('m7_in_Bps', 'Inbound Rate', 'byte/s', ALL, 'L4'),
  metric('m8_out_Bps', 'Outbound Rate', 'byte/s', ALL, 'L4'),
  metric('m9_abnormal_servers', 'Unhealthy Servers', 'count', LB_CLASSIC, 'L4'),
  metric('ma_normal_servers', 'Healthy Servers', 'count', LB_CLASSIC, 'L4'),
  metric('mb_l7_qps', 'Layer-7 Query Rate', 'query/s', LB_LISTENER, 'L7'),
  metric('mc_l7_http_2xx', '2xx Status Codes', 'count/s', LB_LISTENER, 'L7'),
  metric('md_l7_http_3xx', '3xx Status Codes', 'count/s', LB_LISTENER, 'L7'),
  metric('me_l7_http_4xx', '4xx Status Codes', 'count/s', LB_LISTENER, 'L7'),
  metric('mf_l7_http_5xx', '5xx Status Codes', 'count/s', LB_LISTENER, 'L7'),
  metric('m10_l7_http_other_status', 'Other Status Codes', 'count/s', LB_LISTENER, 'L7'),
  metric('m11_l7_http_404', '404 Not Found', 'count/s', LB_LISTENER, 'L7'),
  metric('m12_l7_http_499', '499 Client Closed Request', 'count/s', LB_LISTENER, 'L7'),
  metric('m13_l7_http_502', '502 Bad Gateway', 'count/s', LB_LISTENER, 'L7'),
  metric('m14_l7_rt', 'Average Layer-7 Response Time', 'ms', LB_LISTENER, 'L7'),
  metric('m1a_l7_upstream_rt_max', 'Maximum Server Response Time', 'ms', LB_LISTENER, 'L7'),
  metric('m1b_l7_upstream_rt_min', 'Minimum Server Response Time', 'ms', LB_LISTENER, 'L7'),
  metric('m1c_l7_rt_max', 'Maximum Layer-7 Response Time', 'ms', LB_LISTENER, 'L7'),
  metric('m1d_l7_rt_min', 'Minimum Layer-7 Response Time', 'ms', LB_LISTENER, 'L7'),
  metric('l7_con_usage', 'Layer-7 Concurrent Connection Usage', '%', LB, 'usage'),
  metric('l7_in_bps_usage', 'Layer-7 Inbound Bandwidth Usage', '%', LB, 'usage'),
  metric('l7_out_bps_usage', 'Layer-7 Outbound Bandwidth Usage', '%', LB, 'usage'),
  metric('l7_ncps_usage', 'Layer-7 New Connection Usage', '%', LB, 'usage'),
  metric('l7_qps_usage', 'Layer-7 QPS Usage', '%', LB, 'usage'),
  metric('l4_con_usage', 'Layer-4 Concurrent Connection Usage', '%', LB, 'usage'),
  metric('l4_in_bps_usage', 'Layer-4 Inbound Bandwidth Usage', '%', LB, 'usage'),
  metric('l4_out_bps_usage', 'Layer-4 Outbound Bandwidth Usage', '%', LB, 'usage'),
  metric('l4_ncps_usage', 'Layer-4 New Connection Usage', '%', LB, 'usage'),
];

const byId = new Map<string, ElbMetric>(elbMetrics.map((item) => [item.id, item]));

export function findElbMetric(id: string): ElbMetric | undefined {
  return byId.get(id);
}

/** Metrics to offer for an object; L7 metrics only for HTTP/HTTPS listeners. */
export function metricsFor(object: MetricObject, options: { layer7?: boolean } = {}): ElbMetric[] {
  return elbMetrics.filter(
    (item) => item.objects.includes(object) && (item.layer !== 'L7' || options.layer7 !== false),
  );
}

/** The dimension key that identifies an object. */
export function dimensionFor(object: MetricObject): ElbDimensionName {
  if (object === 'listener') return ELB_DIMENSIONS.listener;
  return object === 'classic_lb' ? ELB_DIMENSIONS.classicLoadBalancer : ELB_DIMENSIONS.loadBalancer;
}

// ---------------------------------------------------------------------------
// GET /V1.0/{project_id}/metrics
// ---------------------------------------------------------------------------

export const METRICS_LIST_LIMIT_MAX = 1000;

/** Query of the metric list; dimensions travel as `dim.0`…`dim.2` = `key,value`. */
export const listMetricsQuery = z
  .looseObject({
    namespace: namespace.optional(),
    metric_name: z.string().min(1, 'The metric name cannot be blank.').optional(),
    'dim.0': dimQueryValue.optional(),
    'dim.1': dimQueryValue.optional(),
    'dim.2': dimQueryValue.optional(),
    /** Paging start, `namespace.metric_name.key:value` (the previous page's marker). */
    start: z.string().min(1, 'The start marker cannot be blank.').optional(),
    limit: intParam('limit', 1, METRICS_LIST_LIMIT_MAX).default(METRICS_LIST_LIMIT_MAX),
    order: sortOrder.default('desc'),
  })
  .superRefine((query, ctx) => checkDimKeys(query, ctx, false));
export type ListMetricsQuery = z.input<typeof listMetricsQuery>;

export interface MetricInfo {
  namespace: string;
  dimensions: { name: string; value: string }[];
  metric_name: string;
  unit: string;
}

export interface MetricListResponse {
  metrics: MetricInfo[];
  meta_data: CesMetaData;
}

/** The paging marker of one metric: `namespace.metric_name.key:value` (first dimension). */
export function metricMarker(item: MetricInfo): string {
  const first = item.dimensions[0];
  const suffix = first ? `.${first.name}:${first.value}` : '';
  return `${item.namespace}.${item.metric_name}${suffix}`;
}
