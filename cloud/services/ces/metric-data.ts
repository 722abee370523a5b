/**
 * Monitoring data: `GET /V1.0/{project_id}/metric-data` (one metric of one object) and
 * `POST /V1.0/{project_id}/batch-query-metric-data` (up to 10 metrics), api/ces/monitoring_data/*.rst.
 * Values come from series.ts; only the requested aggregation is present in each point. The batch
 * query's points limit (metrics × (to − from) / interval ≤ 3000) is not an error: like the real
 * service, the answer starts later (effectiveBatchFrom).
 */
import { fromDimQuery } from '../../../contract/ces/fields';
import {
  type BatchDatapoint,
  batchMetricDataRequest,
  type BatchMetricDataResponse,
  effectiveBatchFrom,
  metricDataPaths,
  metricDataQuery,
  type MetricDataResponse,
  toMetricPeriod,
} from '../../../contract/ces/metric-data';
import { ELB_NAMESPACE, findElbMetric } from '../../../contract/ces/metrics';
import { cesFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext } from '../../http/router';
import type { ReadTx } from '../../store/store';
import { metricSeries, type SeriesQuery } from './series';

const unitOf = (metricName: string): string => findElbMetric(metricName)?.unit ?? '';

function points(tx: ReadTx, namespace: string, query: SeriesQuery, nowMs: number): BatchDatapoint[] {
  if (namespace !== ELB_NAMESPACE) return [];
  return metricSeries(tx, query, nowMs).map(({ timestamp, value }) => ({ [query.filter]: value, timestamp }));
}

function single(ctx: RouteContext, tx: ReadTx): MetricDataResponse {
  const query = parseBody(metricDataQuery, Object.fromEntries(ctx.query), cesFaults.invalidQuery);
  const series: SeriesQuery = {
    metricName: query.metric_name,
    dimensions: fromDimQuery(query),
    from: query.from,
    to: query.to,
    period: query.period,
    filter: query.filter,
  };
  const unit = unitOf(query.metric_name);
  return {
    metric_name: query.metric_name,
    datapoints: points(tx, query.namespace, series, ctx.clock.now()).map((point) => ({ ...point, unit })),
  };
}

function batch(ctx: RouteContext, tx: ReadTx): BatchMetricDataResponse {
  if (ctx.body === undefined) throw cesFaults.emptyBody();
  const body = parseBody(batchMetricDataRequest, ctx.body, cesFaults.invalidBody);
  const from = effectiveBatchFrom(body);
  return {
    metrics: body.metrics.map((metric) => ({
      namespace: metric.namespace,
      metric_name: metric.metric_name,
      dimensions: metric.dimensions,
      unit: unitOf(metric.metric_name),
      datapoints: points(
        tx,
        metric.namespace,
        {
          metricName: metric.metric_name,
          dimensions: metric.dimensions,
          from,
          to: body.to,
          period: toMetricPeriod(body.period),
          filter: body.filter,
        },
        ctx.clock.now(),
      ),
    })),
  };
}

export const metricDataRoutes: Route[] = [
  {
    method: 'GET',
    path: metricDataPaths.single,
    family: 'ces',
    handle: (ctx, tx) => ({ status: 200, body: single(ctx, tx) }),
  },
  // A query, not a change: no CTS trace.
  {
    method: 'POST',
    path: metricDataPaths.batch,
    family: 'ces',
    handle: (ctx, tx) => ({ status: 200, body: batch(ctx, tx) }),
  },
];
