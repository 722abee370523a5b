/**
 * `GET /V1.0/{project_id}/metrics` (api/ces/metrics/querying_metrics.rst): the SYS.ELB metrics this
 * project can chart — per load balancer (`lbaas_instance_id`) and per listener (`lbaas_listener_id`),
 * only those with data (series.ts: L7 metrics need an HTTP/HTTPS listener, the usage metrics of
 * dedicated load balancers have none) — and per classic load balancer (`lb_instance_id`: m1…m8 and
 * the server counts).
 *
 * Order: "sorted by timestamp" — resources by creation time, each resource's metrics in the
 * catalogue's order; `desc` (the default) lists the newest first. `start` is the marker of the
 * previous page's last metric (`namespace.metric_name.key:value`).
 */
import { fromDimQuery } from '../../../contract/ces/fields';
import {
  ELB_DIMENSIONS,
  ELB_NAMESPACE,
  elbMetrics,
  listMetricsQuery,
  metricMarker,
  metricPaths,
  type MetricInfo,
  type MetricListResponse,
} from '../../../contract/ces/metrics';
import { fromV2Timestamp } from '../../../contract/common';
import { fromClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import { cesFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route } from '../../http/router';
import type { ReadTx } from '../../store/store';
import { metricHasData, metricModels } from './series';

/** Every metric with data, oldest resource first. */
function availableMetrics(tx: ReadTx): MetricInfo[] {
  const models = metricModels(tx);
  const enhanced = (row: { id: string; created_at: string }, name: string) => ({
    id: row.id,
    created: fromV2Timestamp(row.created_at),
    name,
  });
  const resources = [
    ...tx.all('loadbalancers').map((row) => enhanced(row, ELB_DIMENSIONS.loadBalancer)),
    ...tx.all('listeners').map((row) => enhanced(row, ELB_DIMENSIONS.listener)),
    ...tx.all('classicLoadbalancers').map((row) => ({
      id: row.id,
      created: fromClassicTimestamp(row.create_time),
      name: ELB_DIMENSIONS.classicLoadBalancer,
    })),
  ].sort((a, b) => a.created - b.created);
  return resources.flatMap(({ id, name }) => {
    const dimensions = [{ name, value: id }];
    return elbMetrics
      .filter((metric) => metricHasData(models, metric.id, dimensions))
      .map((metric) => ({ namespace: ELB_NAMESPACE, dimensions, metric_name: metric.id, unit: metric.unit }));
  });
}

/** Every dimension of the query names one of the metric's dimensions. */
const matchesDimensions = (item: MetricInfo, wanted: readonly { name: string; value: string }[]): boolean =>
  wanted.every((dimension) =>
    item.dimensions.some(({ name, value }) => name === dimension.name && value === dimension.value),
  );

function list(query: URLSearchParams, tx: ReadTx): MetricListResponse {
  const parsed = parseBody(listMetricsQuery, Object.fromEntries(query), cesFaults.invalidQuery);
  const dimensions = fromDimQuery(parsed);
  const matching = availableMetrics(tx).filter(
    (item) =>
      (parsed.namespace === undefined || item.namespace === parsed.namespace) &&
      (parsed.metric_name === undefined || item.metric_name === parsed.metric_name) &&
      matchesDimensions(item, dimensions),
  );
  const ordered = parsed.order === 'desc' ? matching.reverse() : matching;
  let from = 0;
  if (parsed.start !== undefined) {
    const at = ordered.findIndex((item) => metricMarker(item) === parsed.start);
    if (at < 0) throw cesFaults.invalidQuery(`Invalid start: no metric matches the marker ${parsed.start}.`);
    from = at + 1;
  }
  const page = ordered.slice(from, from + parsed.limit);
  const last = page.at(-1);
  return {
    metrics: page,
    meta_data: { count: page.length, marker: last ? metricMarker(last) : '', total: ordered.length },
  };
}

export const metricRoutes: Route[] = [
  {
    method: 'GET',
    path: metricPaths.list,
    family: 'ces',
    handle: (ctx, tx) => ({ status: 200, body: list(ctx.query, tx) }),
  },
];
