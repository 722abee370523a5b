/**
 * What an ELB alarm rule can watch (FEATURES §10.2; guide/monitoring/setting_an_alarm_rule/creating_an_alarm_rule.rst):
 * the console's Dimension choices and the `metric.dimensions` each one sends. "Elastic Load Balancers –
 * Backend Server Group" has no documented dimension key (Gap 11), so it cannot be sent.
 */
import { ELB_DIMENSIONS, metricsFor, type ElbDimensionName, type ElbMetric, type MetricObject } from './metrics';

export type AlarmDimensionKind = 'lb' | 'listener' | 'lb_listener' | 'classic_lb';

/** Dimension keys in the order a rule sends them; the last one names the watched object. */
export const ALARM_DIMENSION_KEYS: Record<AlarmDimensionKind, readonly ElbDimensionName[]> = {
  lb: [ELB_DIMENSIONS.loadBalancer],
  listener: [ELB_DIMENSIONS.listener],
  lb_listener: [ELB_DIMENSIONS.loadBalancer, ELB_DIMENSIONS.listener],
  classic_lb: [ELB_DIMENSIONS.classicLoadBalancer],
};

/** The Dimension choices of the enhanced-load-balancer console, in the guide's order. */
export const ENHANCED_ALARM_DIMENSIONS: readonly AlarmDimensionKind[] = ['lb', 'listener', 'lb_listener'];

/** The metric catalogue object of each choice: an LB–listener pair watches the listener's metrics. */
export const ALARM_METRIC_OBJECT: Record<AlarmDimensionKind, MetricObject> = {
  lb: 'lb',
  listener: 'listener',
  lb_listener: 'listener',
  classic_lb: 'classic_lb',
};

/** The kind a list of dimensions forms, if it forms one. */
export function alarmDimensionKind(dimensions: readonly { name: string }[]): AlarmDimensionKind | undefined {
  const names = dimensions.map((dimension) => dimension.name).join(',');
  return (Object.keys(ALARM_DIMENSION_KEYS) as AlarmDimensionKind[]).find(
    (kind) => ALARM_DIMENSION_KEYS[kind].join(',') === names,
  );
}

/** The metrics a rule may watch on an object; L7 metrics only for HTTP/HTTPS listeners. */
export function alarmMetricsFor(kind: AlarmDimensionKind, options: { layer7?: boolean } = {}): ElbMetric[] {
  return metricsFor(ALARM_METRIC_OBJECT[kind], options);
}

/** The dimension that identifies the watched object (the listener of an LB–listener pair). */
export function watchedDimension<D extends { name: string; value: string }>(dimensions: readonly D[]): D | undefined {
  return dimensions.at(-1);
}
