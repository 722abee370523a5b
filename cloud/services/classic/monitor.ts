/**
 * GET /v1.0/{project_id}/elbaas/monitor (api/elb/classic-v1.0/querying_monitoring_metrics.rst): one
 * entry per classic load balancer with the counters of the current minute. Each counter is the raw
 * value of its Cloud Eye metric (`classicMonitorMetricIds`, dimension lb_instance_id) for that
 * minute, rounded to a whole number, so the monitor and the charts agree.
 */
import {
  CLASSIC_METRIC_DIMENSION,
  classicMonitorCounters,
  classicMonitorMetricIds,
  classicMonitorPaths,
  type ClassicMonitorEntry,
} from '../../../contract/elb-classic/monitor';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import { toClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import type { Route } from '../../http/router';
import { minuteFloor } from '../ces/noise';
import { metricModels, rawMetricValue, type MetricModels } from '../ces/series';

function classicMonitorEntry(models: MetricModels, lb: ClassicLoadBalancer, nowMs: number): ClassicMonitorEntry {
  const minute = minuteFloor(nowMs);
  const dimensions = [{ name: CLASSIC_METRIC_DIMENSION, value: lb.id }];
  const counters = Object.fromEntries(
    classicMonitorCounters.map((counter) => [
      counter,
      Math.round(rawMetricValue(models, classicMonitorMetricIds[counter], dimensions, minute) ?? 0),
    ]),
  ) as Pick<ClassicMonitorEntry, (typeof classicMonitorCounters)[number]>;
  return {
    loadbalancer_id: lb.id,
    loadbalancer_name: lb.name,
    loadbalancer_ip: lb.vip_address,
    ...counters,
    create_time: toClassicTimestamp(minute),
  };
}

export const classicMonitorRoutes: Route[] = [
  {
    method: 'GET',
    path: classicMonitorPaths.list,
    family: 'classic',
    handle: (ctx, tx) => {
      const models = metricModels(tx);
      const now = ctx.clock.now();
      return { status: 200, body: tx.all('classicLoadbalancers').map((lb) => classicMonitorEntry(models, lb, now)) };
    },
  },
];
