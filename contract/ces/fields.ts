/**
 * Building blocks shared by the Cloud Eye (CES) APIs (api/ces/metrics, monitoring_data, alarm_rules).
 * CES errors use the wrapped body `{ error: { code, message } }` (WrappedErrorBody in ../common).
 */
import { z } from 'zod';

/** Numbers in a query string arrive as text; bodies may send either. */
export function looseInt(message: string) {
  return z
    .union([z.number(message), z.string().regex(/^-?\d+$/, message)], { error: message })
    .transform(Number)
    .pipe(z.number().int(message));
}

/** A whole number in [min, max], given as a number or as digits. */
export function intParam(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}.`;
  return looseInt(message).pipe(z.number().min(min, message).max(max, message));
}

/** UNIX time in milliseconds, as a number or as digits. */
export function epochMs(name: string) {
  const message = `${name} must be a UNIX timestamp in milliseconds.`;
  return looseInt(message).pipe(z.number().min(0, message));
}

/** `service.item`, 3–32 characters; both parts start with a letter (e.g. SYS.ELB). */
export const namespace = z
  .string()
  .min(3, 'The namespace must contain 3 to 32 characters.')
  .max(32, 'The namespace must contain 3 to 32 characters.')
  .regex(
    /^[A-Za-z]\w*\.[A-Za-z]\w*$/,
    'The namespace must be in service.item format; each part starts with a letter and contains only letters, digits and underscores.',
  );

/** Alarm rules and single queries: 1–64 characters, starts with a letter, letters/digits/underscores. */
export const metricName = z
  .string()
  .min(1, { error: 'Select a metric.', abort: true })
  .max(64, 'The metric name can contain at most 64 characters.')
  .regex(/^[A-Za-z]\w*$/, 'The metric name must start with a letter and contain only letters, digits and underscores.');

/** Dimension name in bodies: 1–32 characters, starts with a letter, letters/digits/`_`/`-`. */
export const dimensionName = z
  .string()
  .min(1, { error: 'The dimension name cannot be blank.', abort: true })
  .max(32, 'The dimension name can contain 1 to 32 characters.')
  .regex(
    /^[A-Za-z][\w-]*$/,
    'The dimension name must start with a letter and contain only letters, digits, underscores and hyphens.',
  );

/** Dimension value in bodies: 1–256 characters, starts with a letter or digit, letters/digits/`_`/`-`. */
export const dimensionValue = z
  .string()
  .min(1, { error: 'The dimension value cannot be blank.', abort: true })
  .max(256, 'The dimension value can contain 1 to 256 characters.')
  .regex(
    /^[A-Za-z0-9][\w-]*$/,
    'The dimension value must start with a letter or digit and contain only letters, digits, underscores and hyphens.',
  );

export const dimension = z.object({ name: dimensionName, value: dimensionValue });
export type Dimension = z.infer<typeof dimension>;

// ---------------------------------------------------------------------------
// `dim.{i}=key,value` query parameters (querying_metrics.rst, querying_monitoring_data_of_a_metric.rst)
// ---------------------------------------------------------------------------

export const MAX_QUERY_DIMENSIONS = 3;
export const dimQueryKeys = ['dim.0', 'dim.1', 'dim.2'] as const;
export type DimQueryKey = (typeof dimQueryKeys)[number];

/** One `key,value` pair: key at most 32 characters, value at most 256. */
export const dimQueryValue = z
  .string()
  .regex(/^[^,]+,.+$/, 'A dimension must be written as key,value.')
  .refine(
    (text) => text.slice(0, text.indexOf(',')).length <= 32,
    'The dimension key can contain at most 32 characters.',
  )
  .refine(
    (text) => text.slice(text.indexOf(',') + 1).length <= 256,
    'The dimension value can contain at most 256 characters.',
  );

/** Checks `dim.N` keys of a query: at most three, numbered from 0 without gaps. */
export function checkDimKeys(query: Record<string, unknown>, ctx: z.RefinementCtx, required: boolean): void {
  const indexes = Object.keys(query)
    .map((key) => /^dim\.(\d+)$/.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  if (indexes.some((index) => index >= MAX_QUERY_DIMENSIONS)) {
    ctx.addIssue({ code: 'custom', path: ['dim'], message: 'A query can use at most 3 dimensions (dim.0 to dim.2).' });
  }
  if (indexes.some((index) => !indexes.includes(index - 1) && index > 0)) {
    ctx.addIssue({ code: 'custom', path: ['dim'], message: 'Dimensions must be numbered from dim.0 without gaps.' });
  }
  if (required && !indexes.includes(0)) {
    ctx.addIssue({ code: 'custom', path: ['dim.0'], message: 'Specify at least one dimension as dim.0=key,value.' });
  }
}

/** `[{name, value}]` → `{ 'dim.0': 'name,value', ... }` for buildQuery. */
export function toDimQuery(
  dimensions: readonly { name: string; value: string }[],
): Partial<Record<DimQueryKey, string>> {
  const query: Partial<Record<DimQueryKey, string>> = {};
  dimensions.slice(0, MAX_QUERY_DIMENSIONS).forEach((item, index) => {
    const key = dimQueryKeys[index];
    if (key) query[key] = `${item.name},${item.value}`;
  });
  return query;
}

/** `{ 'dim.0': 'name,value' }` → `[{name, value}]`, in index order. */
export function fromDimQuery(query: Partial<Record<string, unknown>>): { name: string; value: string }[] {
  return dimQueryKeys.flatMap((key) => {
    const text = query[key];
    if (typeof text !== 'string' || !text.includes(',')) return [];
    const cut = text.indexOf(',');
    return [{ name: text.slice(0, cut), value: text.slice(cut + 1) }];
  });
}

// ---------------------------------------------------------------------------
// Rollup period and aggregation
// ---------------------------------------------------------------------------

/** Rollup periods in seconds; 1 means raw data (1-minute samples). */
export const METRIC_PERIODS = [1, 300, 1200, 3600, 14400, 86400] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];
const PERIOD_MESSAGE = 'The period must be 1, 300, 1200, 3600, 14400 or 86400 seconds.';
export const metricPeriod = z.literal(METRIC_PERIODS, PERIOD_MESSAGE);

/** The same periods given as digits (query strings). */
export const looseMetricPeriod = looseInt(PERIOD_MESSAGE).pipe(metricPeriod);

export const METRIC_FILTERS = ['average', 'max', 'min', 'sum', 'variance'] as const;
export type MetricFilter = (typeof METRIC_FILTERS)[number];
export const metricFilter = z.enum(
  METRIC_FILTERS,
  'The aggregation method must be average, max, min, sum or variance.',
);

export type SortOrder = 'asc' | 'desc';
export const sortOrder = z.enum(['asc', 'desc'], 'The order must be asc or desc.');

/** `meta_data` of metric and alarm lists. */
export interface CesMetaData {
  count: number;
  marker: string;
  total: number;
}
