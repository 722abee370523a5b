/**
 * Metric series of mock mode: raw 1-minute values from the traffic model (traffic.ts), rolled up
 * into periods with the requested aggregation (api/ces/monitoring_data/querying_monitoring_data_of_a_metric.rst).
 *
 * - A load balancer's counts and rates are the sums of its listeners' (minute-values.ts).
 * - m9_abnormal_servers / ma_normal_servers count the members of all the load balancer's pools by
 *   their health at that minute (health-timeline.ts: DISABLED and OFFLINE are abnormal, ONLINE and
 *   NO_MONITOR normal).
 * - L7 metrics exist only for HTTP/HTTPS listeners (and load balancers that have one).
 * - The l4_* and l7_* usage metrics describe dedicated load balancers' capacity; shared load
 *   balancers report none, so they have no data (FEATURES §10.1: show them only when data exists).
 * - Classic load balancers (lb_instance_id) report m1…m8 and the server counts from their listeners and
 *   backend ECSs (classic-traffic.ts); they have no listener dimension and no L7 metrics.
 * - No data before a resource was created, after `now`, or for a deleted resource.
 */
import type { Dimension, MetricFilter, MetricPeriod } from '../../../contract/ces/fields';
import { periodIntervalMs } from '../../../contract/ces/metric-data';
import { ELB_DIMENSIONS, type ElbMetric, type ElbMetricId, findElbMetric } from '../../../contract/ces/metrics';
import type { ReadTx } from '../../store/store';
import { existsAt, healthAt, isHealthy } from './health-timeline';
import { combineListeners, listenerValue } from './minute-values';
import { MINUTE_MS } from './noise';
import { classicTrafficModel, type ClassicTrafficModel } from './classic-traffic';
import {
  type LoadBalancerPlan,
  type ListenerPlan,
  type PlannedListener,
  trafficOf,
  type TrafficModel,
  trafficModel,
} from './traffic';

/** The traffic of both families; the classic one is built only when a query names a classic load balancer. */
export interface MetricModels {
  enhanced: TrafficModel;
  classic(): ClassicTrafficModel;
}

export function metricModels(tx: ReadTx): MetricModels {
  let classic: ClassicTrafficModel | undefined;
  return { enhanced: trafficModel(tx), classic: () => (classic ??= classicTrafficModel(tx)) };
}

type AnyLoadBalancerPlan = LoadBalancerPlan<unknown, PlannedListener>;

export interface SeriesQuery {
  metricName: string;
  dimensions: readonly Dimension[];
  from: number;
  to: number;
  period: MetricPeriod;
  filter: MetricFilter;
}

export interface SeriesPoint {
  timestamp: number;
  value: number;
}

/** The raw value of the minute starting at `minuteStartMs`; undefined = no data. */
type RawValue = (minuteStartMs: number) => number | undefined;

const dimensionValue = (dimensions: readonly Dimension[], name: string): string | undefined =>
  dimensions.find((item) => item.name === name)?.value;

function listenerSource(metric: ElbMetric, plan: ListenerPlan): RawValue | undefined {
  if (!metric.objects.includes('listener') || (metric.layer === 'L7' && !plan.layer7)) return undefined;
  return (minuteStart) => {
    const minute = trafficOf(plan, minuteStart);
    return minute && listenerValue(metric.id, minute, plan.layer7);
  };
}

function serverCount(plan: AnyLoadBalancerPlan, healthy: boolean): RawValue {
  return (minuteStart) =>
    plan.members.filter(
      (timeline) => existsAt(timeline, minuteStart) && isHealthy(healthAt(timeline, minuteStart)) === healthy,
    ).length;
}

function loadBalancerSource(
  metric: ElbMetric,
  plan: AnyLoadBalancerPlan,
  object: 'lb' | 'classic_lb' = 'lb',
): RawValue | undefined {
  if (!metric.objects.includes(object) || metric.layer === 'usage') return undefined;
  const counted = serverCountMetrics[metric.id];
  const source: RawValue =
    counted === undefined ? sumOfListeners(metric, plan) : serverCount(plan, counted === 'healthy');
  if (metric.layer === 'L7' && !plan.listeners.some((listener) => listener.layer7)) return undefined;
  return (minuteStart) => (minuteStart < plan.existsFrom ? undefined : source(minuteStart));
}

const serverCountMetrics: Partial<Record<ElbMetricId, 'healthy' | 'unhealthy'>> = {
  m9_abnormal_servers: 'unhealthy',
  ma_normal_servers: 'healthy',
};

function sumOfListeners(metric: ElbMetric, plan: AnyLoadBalancerPlan): RawValue {
  const listeners = metric.layer === 'L7' ? plan.listeners.filter((listener) => listener.layer7) : plan.listeners;
  return (minuteStart) =>
    combineListeners(
      metric.id,
      listeners.flatMap((listener) => {
        const minute = trafficOf(listener, minuteStart);
        return minute ? [{ minute, layer7: listener.layer7 }] : [];
      }),
    );
}

/** Where a metric's raw values come from, by the query's dimensions (a listener wins over its load balancer). */
function rawSource(models: MetricModels, metricName: string, dimensions: readonly Dimension[]): RawValue | undefined {
  const metric = findElbMetric(metricName);
  if (!metric) return undefined;
  const classicId = dimensionValue(dimensions, ELB_DIMENSIONS.classicLoadBalancer);
  if (classicId !== undefined) {
    const plan = dimensions.length === 1 ? models.classic().loadBalancer(classicId) : undefined;
    return plan && loadBalancerSource(metric, plan, 'classic_lb');
  }
  const model = models.enhanced;
  const lbId = dimensionValue(dimensions, ELB_DIMENSIONS.loadBalancer);
  const listenerId = dimensionValue(dimensions, ELB_DIMENSIONS.listener);
  if (listenerId !== undefined) {
    const plan = model.listener(listenerId);
    if (!plan || (lbId !== undefined && plan.listener.loadbalancer_id !== lbId)) return undefined;
    return listenerSource(metric, plan);
  }
  const plan = lbId === undefined ? undefined : model.loadBalancer(lbId);
  return plan && loadBalancerSource(metric, plan);
}

/** Whether the metric has data for the object the dimensions name (the metric list offers only those). */
export function metricHasData(models: MetricModels, metricName: string, dimensions: readonly Dimension[]): boolean {
  return rawSource(models, metricName, dimensions) !== undefined;
}

/** The raw value of the minute starting at `minuteStartMs` (the classic monitor's counters). */
export function rawMetricValue(
  models: MetricModels,
  metricName: string,
  dimensions: readonly Dimension[],
  minuteStartMs: number,
): number | undefined {
  return rawSource(models, metricName, dimensions)?.(minuteStartMs);
}

/** Rolls raw values up with the requested aggregation (variance: population variance). */
export function aggregate(values: readonly number[], filter: MetricFilter): number {
  const sum = values.reduce((total, value) => total + value, 0);
  switch (filter) {
    case 'sum':
      return sum;
    case 'max':
      return Math.max(...values);
    case 'min':
      return Math.min(...values);
    case 'average':
      return sum / values.length;
    case 'variance': {
      const mean = sum / values.length;
      return values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length;
    }
  }
}

const thousandths = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Aggregated points in [from, to), oldest first; [] when the resource has no data (missing,
 * deleted, metric not of that object). As Cloud Eye does (querying_monitoring_data_of_a_metric.rst),
 * `from` is rounded up to the period and each period's raw minutes are rolled up to its start;
 * periods are aligned to the UNIX epoch (UTC). The running period holds the minutes up to `now`,
 * so the current minute already shows the current state.
 */
export function metricSeries(tx: ReadTx, query: SeriesQuery, nowMs: number): SeriesPoint[] {
  const source = rawSource(metricModels(tx), query.metricName, query.dimensions);
  if (!source) return [];
  const bucketMs = periodIntervalMs(query.period);
  const end = Math.min(query.to, nowMs + 1);
  const points: SeriesPoint[] = [];
  for (let start = Math.ceil(query.from / bucketMs) * bucketMs; start < end; start += bucketMs) {
    const values: number[] = [];
    for (let minute = start; minute < start + bucketMs && minute < end; minute += MINUTE_MS) {
      const value = source(minute);
      if (value !== undefined) values.push(value);
    }
    if (values.length) points.push({ timestamp: start, value: thousandths(aggregate(values, query.filter)) });
  }
  return points;
}
