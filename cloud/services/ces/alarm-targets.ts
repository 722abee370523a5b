/**
 * What an alarm rule watches must exist (FEATURES §10.2). Decision: Cloud Eye answers 400 ces.0014
 * naming the dimension when a rule names a load balancer or listener this project does not have, a
 * metric the object does not report (L7 metrics on a TCP/UDP listener, server counts on a listener),
 * a namespace other than SYS.ELB (the only one this cloud monitors) or a resource group (the resource
 * group API is not part of the material, so no group exists).
 */
import {
  ALARM_DIMENSION_KEYS,
  alarmDimensionKind,
  alarmMetricsFor,
  type AlarmDimensionKind,
} from '../../../contract/ces/elb-alarm-targets';
import { ELB_DIMENSIONS, ELB_NAMESPACE, findElbMetric } from '../../../contract/ces/metrics';
import type { CreateAlarmRequest } from '../../../contract/ces/alarms';
import { cesFaults } from '../../http/fault';
import type { ReadTx } from '../../store/store';
import type { ListenerRow } from '../../store/tables';

const invalid = (field: string, message: string) => cesFaults.invalidBody(`Invalid metric[${field}]: ${message}`);

const LAYER7_PROTOCOLS: readonly ListenerRow['protocol'][] = ['HTTP', 'TERMINATED_HTTPS'];

const kindList = Object.values(ALARM_DIMENSION_KEYS)
  .map((keys) => keys.join(' + '))
  .join(', ');

/** Each dimension names an existing resource; returns the listener watched, if any. */
function resolveResources(tx: ReadTx, dimensions: readonly { name: string; value: string }[]): ListenerRow | undefined {
  const byName = new Map(dimensions.map((dimension) => [dimension.name, dimension.value]));
  const lbId = byName.get(ELB_DIMENSIONS.loadBalancer);
  const listenerId = byName.get(ELB_DIMENSIONS.listener);
  const classicId = byName.get(ELB_DIMENSIONS.classicLoadBalancer);
  if (lbId !== undefined && !tx.get('loadbalancers', lbId)) {
    throw invalid('dimensions', `Load balancer ${lbId} does not exist.`);
  }
  if (classicId !== undefined && !tx.get('classicLoadbalancers', classicId)) {
    throw invalid('dimensions', `Classic load balancer ${classicId} does not exist.`);
  }
  if (listenerId === undefined) return undefined;
  const listener = tx.get('listeners', listenerId);
  if (!listener) throw invalid('dimensions', `Listener ${listenerId} does not exist.`);
  if (lbId !== undefined && listener.loadbalancer_id !== lbId) {
    throw invalid('dimensions', `Listener ${listenerId} does not belong to load balancer ${lbId}.`);
  }
  return listener;
}

function checkMetric(kind: AlarmDimensionKind, metricName: string, listener: ListenerRow | undefined): void {
  const known = findElbMetric(metricName);
  if (!known) throw invalid('metric_name', `${metricName} is not a SYS.ELB metric.`);
  const layer7 = listener === undefined || LAYER7_PROTOCOLS.includes(listener.protocol);
  if (alarmMetricsFor(kind, { layer7 }).some((metric) => metric.id === metricName)) return;
  if (known.layer === 'L7' && !layer7) {
    throw invalid('metric_name', `${metricName} is reported only for HTTP and HTTPS listeners.`);
  }
  throw invalid(
    'metric_name',
    `${metricName} is not reported for the dimension ${ALARM_DIMENSION_KEYS[kind].join(' + ')}.`,
  );
}

export function checkAlarmTarget(tx: ReadTx, metric: CreateAlarmRequest['metric']): void {
  if (metric.resource_group_id !== undefined) {
    throw invalid('resource_group_id', `Resource group ${metric.resource_group_id} does not exist.`);
  }
  if (metric.namespace !== ELB_NAMESPACE) {
    throw invalid('namespace', `${metric.namespace} is not monitored here; alarm rules watch SYS.ELB metrics.`);
  }
  const dimensions = metric.dimensions ?? [];
  const kind = alarmDimensionKind(dimensions);
  if (!kind) throw invalid('dimensions', `SYS.ELB rules use the dimensions ${kindList}.`);
  checkMetric(kind, metric.metric_name, resolveResources(tx, dimensions));
}
