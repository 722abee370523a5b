/**
 * The series a diagnostic reads from a load balancer's metrics: the last 24 hours in hourly points,
 * the same queries its charts draw (one request each, shared through the query cache).
 */
import { useQueries } from '@tanstack/react-query';
import type { MetricFilter } from '../../../../contract/ces/fields';
import type { ElbMetricId } from '../../../../contract/ces/metrics';
import { metricQueries, type ChartPoint, type ChartQuery } from '../../../api/queries/metrics';
import { dimensionsOf, type MonitoredResource } from '../model/monitored-resource';

export const DIAGNOSTIC_PERIOD_SECONDS = 3600;
export const diagnosticWindow = (filter: MetricFilter): Omit<ChartQuery, 'metricName' | 'series'> => ({
  window: { last: 24 * 3_600_000 },
  period: DIAGNOSTIC_PERIOD_SECONDS,
  filter,
});

export interface MetricRequest {
  id: ElbMetricId;
  filter: MetricFilter;
}

/** The points of each requested metric, by ID, once all have loaded. */
export function useLbMetrics(resource: MonitoredResource, requests: readonly MetricRequest[]) {
  return useQueries({
    queries: requests.map(({ id, filter }) =>
      metricQueries.chart({ ...diagnosticWindow(filter), metricName: id, series: [dimensionsOf(resource)] }, false),
    ),
    combine: (results) => ({
      error: results.find((result) => result.error)?.error ?? null,
      refetch: () => results.forEach((result) => void result.refetch()),
      points: results.every((result) => result.data)
        ? new Map<ElbMetricId, ChartPoint[]>(
            requests.map(({ id }, index) => [id, results[index]?.data?.series[0] ?? []]),
          )
        : undefined,
    }),
  });
}
