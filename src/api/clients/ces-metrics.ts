/** Cloud Eye monitoring data (V1.0; api/ces/monitoring_data/*.rst). */
import { toDimQuery, type MetricFilter, type MetricPeriod } from '../../../contract/ces/fields';
import {
  metricDataPaths,
  type BatchMetricDataRequest,
  type BatchMetricDataResponse,
  type MetricDataResponse,
} from '../../../contract/ces/metric-data';
import { defineCall } from '../api-call';

/** One metric of one object (`GET metric-data`); the dimensions travel as `dim.N=key,value`. */
export interface MetricDataRequest {
  namespace: string;
  metric_name: string;
  dimensions: readonly { name: string; value: string }[];
  from: number;
  to: number;
  period: MetricPeriod;
  filter: MetricFilter;
}

export const cesMetricsApi = {
  data: ({ dimensions, ...query }: MetricDataRequest) =>
    defineCall<MetricDataResponse>({
      family: 'ces',
      path: metricDataPaths.single,
      query: { ...query, ...toDimQuery(dimensions) },
    }),
  batch: (body: BatchMetricDataRequest) =>
    defineCall<BatchMetricDataResponse>({ family: 'ces', method: 'POST', path: metricDataPaths.batch, body }),
};
