/**
 * Monitoring data (FEATURES §10.4; api/ces/monitoring_data/querying_monitoring_data_of_a_metric.rst,
 * api/ces/monitoring_data/querying_monitoring_data_of_multiple_metrics.rst).
 */
import { z } from 'zod';
import {
  checkDimKeys,
  dimension,
  dimQueryValue,
  epochMs,
  looseMetricPeriod,
  METRIC_PERIODS,
  metricFilter,
  metricName,
  type MetricPeriod,
  namespace,
} from './fields';

export const metricDataPaths = {
  /** GET one metric of one object. */
  single: '/V1.0/:project_id/metric-data',
  /** POST up to 10 metrics at once. */
  batch: '/V1.0/:project_id/batch-query-metric-data',
} as const;

const FROM_BEFORE_TO = 'The start time (from) must be earlier than the end time (to).';

/** GET /V1.0/{project_id}/metric-data: namespace, metric_name, dim.0 (…dim.2), from, to, period, filter. */
export const metricDataQuery = z
  .looseObject({
    namespace,
    metric_name: metricName,
    'dim.0': dimQueryValue,
    'dim.1': dimQueryValue.optional(),
    'dim.2': dimQueryValue.optional(),
    from: epochMs('from'),
    to: epochMs('to'),
    period: looseMetricPeriod,
    filter: metricFilter,
  })
  .superRefine((query, ctx) => {
    checkDimKeys(query, ctx, true);
    if (query.from >= query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: FROM_BEFORE_TO });
  });
export type MetricDataQuery = z.input<typeof metricDataQuery>;

/** One rolled-up value; only the requested aggregation is present. */
export interface Datapoint {
  average?: number;
  max?: number;
  min?: number;
  sum?: number;
  variance?: number;
  /** Start of the rollup period, UNIX ms. */
  timestamp: number;
  unit?: string;
}

export interface MetricDataResponse {
  datapoints: Datapoint[];
  metric_name: string;
}

// ---------------------------------------------------------------------------
// POST /V1.0/{project_id}/batch-query-metric-data
// ---------------------------------------------------------------------------

export const MAX_BATCH_METRICS = 10;
export const MAX_BATCH_DIMENSIONS = 4;
/** metrics × (to − from) / interval may not exceed this. */
export const MAX_BATCH_POINTS = 3000;
export const MAX_BATCH_BODY_BYTES = 512 * 1024;

/** The batch body spells the period as a string. */
export const BATCH_PERIODS = [
  '1',
  '300',
  '1200',
  '3600',
  '14400',
  '86400',
] as const satisfies readonly `${MetricPeriod}`[];
const batchPeriod = z.enum(BATCH_PERIODS, 'The period must be 1, 300, 1200, 3600, 14400 or 86400 seconds.');

function batchTime(name: string) {
  const message = `${name} must be a 13-digit UNIX timestamp in milliseconds.`;
  return z.number(message).int(message).min(1111111111111, message).max(9999999999999, message);
}

/** Batch metric names: 1–96 characters, start with a letter, letters/digits/`_`/`-`. */
const batchMetricName = z
  .string()
  .min(1, { error: 'Select a metric.', abort: true })
  .max(96, 'The metric name can contain at most 96 characters.')
  .regex(
    /^[A-Za-z][\w-]*$/,
    'The metric name must start with a letter and contain only letters, digits, underscores and hyphens.',
  );

export const batchMetric = z.object({
  namespace,
  metric_name: batchMetricName,
  dimensions: z
    .array(dimension)
    .min(1, 'Each metric needs at least one dimension.')
    .max(MAX_BATCH_DIMENSIONS, 'Each metric can have at most 4 dimensions.'),
});

/**
 * The body. The points limit is not a validation error: the API moves `from` forward to fit
 * (see effectiveBatchFrom); the console avoids that by choosing the period with pickPeriod.
 */
export const batchMetricDataRequest = z
  .object({
    metrics: z
      .array(batchMetric)
      .min(1, 'Select at least one metric.')
      .max(MAX_BATCH_METRICS, 'A batch query can include at most 10 metrics.'),
    from: batchTime('from'),
    to: batchTime('to'),
    period: batchPeriod,
    filter: metricFilter,
  })
  .refine((body) => body.from < body.to, { path: ['to'], message: FROM_BEFORE_TO });
export type BatchMetricDataRequest = z.infer<typeof batchMetricDataRequest>;

/** In batch answers the unit sits on the metric, not on each point. */
export type BatchDatapoint = Omit<Datapoint, 'unit'>;

export interface BatchMetricData {
  namespace: string;
  metric_name: string;
  dimensions: { name: string; value: string }[];
  unit: string;
  datapoints: BatchDatapoint[];
}

export interface BatchMetricDataResponse {
  metrics: BatchMetricData[];
}

// ---------------------------------------------------------------------------
// The points limit
// ---------------------------------------------------------------------------

/** Monitoring interval used by the limit: 60 000 ms for raw data (period 1), else period × 1000. */
export function periodIntervalMs(period: MetricPeriod): number {
  return period === 1 ? 60_000 : period * 1000;
}

/** metrics × (to − from) / interval. */
export function batchPointCount(metricCount: number, fromMs: number, toMs: number, period: MetricPeriod): number {
  return (Math.max(1, metricCount) * Math.max(0, toMs - fromMs)) / periodIntervalMs(period);
}

/** The longest `to − from` the limit allows for this many metrics. */
export function maxBatchSpanMs(metricCount: number, period: MetricPeriod): number {
  return Math.floor((MAX_BATCH_POINTS * periodIntervalMs(period)) / Math.max(1, metricCount));
}

export function withinBatchLimit(metricCount: number, fromMs: number, toMs: number, period: MetricPeriod): boolean {
  return batchPointCount(metricCount, fromMs, toMs, period) <= MAX_BATCH_POINTS;
}

/** What the API does when the limit is exceeded: `from` becomes `to − max span`. */
export function effectiveBatchFrom(body: Pick<BatchMetricDataRequest, 'metrics' | 'from' | 'to' | 'period'>): number {
  const period = toMetricPeriod(body.period);
  return Math.max(body.from, body.to - maxBatchSpanMs(body.metrics.length, period));
}

/** '300' → 300; anything unknown → 1. */
export function toMetricPeriod(value: string | number): MetricPeriod {
  return METRIC_PERIODS.find((period) => period === Number(value)) ?? 1;
}

/**
 * The smallest period whose point count stays within the limit for this range and number of
 * metrics. Past the largest period (86400) nothing fits; 86400 is returned and the API trims `from`.
 */
export function pickPeriod(fromMs: number, toMs: number, metricCount: number): MetricPeriod {
  return METRIC_PERIODS.find((period) => withinBatchLimit(metricCount, fromMs, toMs, period)) ?? 86400;
}
