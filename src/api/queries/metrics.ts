/**
 * Cloud Eye monitoring data for charts: one batch query per chart (one metric of each resource) while it
 * stays within the batch limit of 3000 points, else one `metric-data` query per resource (no limit).
 * A preset range ("last hour") is resolved when the query runs, so a refetch (auto-refresh, an
 * ELB write invalidating `metrics`) moves the window to the current minute.
 */
import { queryOptions } from '@tanstack/react-query';
import type { MetricFilter, MetricPeriod } from '../../../contract/ces/fields';
import { withinBatchLimit } from '../../../contract/ces/metric-data';
import { ELB_NAMESPACE } from '../../../contract/ces/metrics';
import { call } from '../api-call';
import { cesMetricsApi } from '../clients/ces-metrics';
import { listenersApi } from '../clients/elb-children';
import { loadBalancersApi } from '../clients/elb-load-balancers';
import { rootKeys } from './keys';

type Dimensions = { name: string; value: string }[];

export interface ChartQuery {
  metricName: string;
  /** One dimension list per series. */
  series: Dimensions[];
  /** `last`: the last N ms up to now; else a fixed window. */
  window: { last: number } | { from: number; to: number };
  period: MetricPeriod;
  filter: MetricFilter;
}

export interface ChartPoint {
  timestamp: number;
  value: number;
}

export interface ChartData {
  from: number;
  to: number;
  unit: string;
  /** Points per series, in the order of `ChartQuery.series`. */
  series: ChartPoint[][];
}

export const metricKeys = {
  all: rootKeys.metrics,
  chart: (query: ChartQuery) => [...metricKeys.all, 'chart', query] as const,
};

type Window = { from: number; to: number };

const pointsOf = (
  filter: MetricFilter,
  datapoints: readonly ({ timestamp: number } & Partial<Record<MetricFilter, number>>)[],
): ChartPoint[] => datapoints.map((point) => ({ timestamp: point.timestamp, value: point[filter] ?? 0 }));

async function fetchBatch(query: ChartQuery, { from, to }: Window, signal: AbortSignal) {
  const response = await call(
    cesMetricsApi.batch({
      metrics: query.series.map((dimensions) => ({
        namespace: ELB_NAMESPACE,
        metric_name: query.metricName,
        dimensions,
      })),
      from,
      to,
      period: `${query.period}`,
      filter: query.filter,
    }),
    signal,
  );
  return {
    unit: response.metrics[0]?.unit ?? '',
    series: response.metrics.map((metric) => pointsOf(query.filter, metric.datapoints)),
  };
}

async function fetchEach(query: ChartQuery, { from, to }: Window, signal: AbortSignal) {
  const responses = await Promise.all(
    query.series.map((dimensions) =>
      call(
        cesMetricsApi.data({
          namespace: ELB_NAMESPACE,
          metric_name: query.metricName,
          dimensions,
          from,
          to,
          period: query.period,
          filter: query.filter,
        }),
        signal,
      ),
    ),
  );
  return {
    unit: responses.find((response) => response.datapoints.length > 0)?.datapoints[0]?.unit ?? '',
    series: responses.map((response) => pointsOf(query.filter, response.datapoints)),
  };
}

async function fetchChart(query: ChartQuery, signal: AbortSignal): Promise<ChartData> {
  const to = 'last' in query.window ? Date.now() : query.window.to;
  const from = 'last' in query.window ? to - query.window.last : query.window.from;
  const fetchSeries = withinBatchLimit(query.series.length, from, to, query.period) ? fetchBatch : fetchEach;
  return { from, to, ...(await fetchSeries(query, { from, to }, signal)) };
}

/** Same metric of the same resources: only the range, period or aggregation differ. */
const sameLines = (a: ChartQuery, b: ChartQuery): boolean =>
  a.metricName === b.metricName && JSON.stringify(a.series) === JSON.stringify(b.series);

export const metricQueries = {
  /**
   * `refreshMs` false: no auto-refresh. The previous chart stays up while another range of the same lines
   * loads; another resource's lines never stand in under the new resource's name.
   */
  chart: (query: ChartQuery, refreshMs: number | false) =>
    queryOptions({
      queryKey: metricKeys.chart(query),
      queryFn: ({ signal }) => fetchChart(query, signal),
      refetchInterval: refreshMs,
      placeholderData: (previous, previousQuery) => {
        const before = previousQuery?.queryKey[2];
        return before && sameLines(before, query) ? previous : undefined;
      },
    }),
  /** Every load balancer and listener, for the Monitoring page's picker (refreshed by ELB writes). */
  targets: () =>
    queryOptions({
      queryKey: [...rootKeys.loadBalancers, 'monitoring-targets'] as const,
      queryFn: async ({ signal }) => {
        const [lbs, listeners] = await Promise.all([
          call(loadBalancersApi.list({}), signal),
          call(listenersApi.list({}), signal),
        ]);
        return { loadBalancers: lbs.loadbalancers, listeners: listeners.listeners };
      },
    }),
};
