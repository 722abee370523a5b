import { describe, expect, it } from 'vitest';
import {
  batchMetricDataRequest,
  batchPointCount,
  effectiveBatchFrom,
  maxBatchSpanMs,
  metricDataQuery,
  periodIntervalMs,
  pickPeriod,
  toMetricPeriod,
  withinBatchLimit,
} from './metric-data';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = 1_724_169_600_000;

describe('metricDataQuery', () => {
  const query = {
    namespace: 'SYS.ELB',
    metric_name: 'm1_cps',
    'dim.0': 'lbaas_instance_id,7ebe23cd-1d46-4a49-b707-1441c7f0d0d1',
    from: '1556625600000',
    to: '1556632800000',
    period: '1200',
    filter: 'min',
  };
  it('reads the documented example', () => {
    expect(metricDataQuery.parse(query)).toMatchObject({ from: 1556625600000, to: 1556632800000, period: 1200 });
  });
  it('requires from earlier than to', () => {
    expect(metricDataQuery.safeParse({ ...query, to: '1556625600001' }).success).toBe(true);
    expect(messages(metricDataQuery.safeParse({ ...query, to: query.from }))).toEqual([
      'The start time (from) must be earlier than the end time (to).',
    ]);
    expect(metricDataQuery.safeParse({ ...query, to: '1556625599999' }).success).toBe(false);
  });
  it('requires dim.0 and allows at most three dimensions', () => {
    const { 'dim.0': _, ...noDim } = query;
    expect(metricDataQuery.safeParse(noDim).success).toBe(false);
    expect(metricDataQuery.safeParse({ ...query, 'dim.1': 'a,b', 'dim.2': 'c,d' }).success).toBe(true);
    expect(metricDataQuery.safeParse({ ...query, 'dim.1': 'a,b', 'dim.2': 'c,d', 'dim.3': 'e,f' }).success).toBe(false);
  });
  it('accepts only documented periods and filters', () => {
    expect(metricDataQuery.safeParse({ ...query, period: 1 }).success).toBe(true);
    expect(metricDataQuery.safeParse({ ...query, period: '600' }).success).toBe(false);
    expect(metricDataQuery.safeParse({ ...query, filter: 'variance' }).success).toBe(true);
    expect(metricDataQuery.safeParse({ ...query, filter: 'median' }).success).toBe(false);
  });
});

describe('batchMetricDataRequest', () => {
  const metric = {
    namespace: 'SYS.ELB',
    metric_name: 'm1_cps',
    dimensions: [{ name: 'lbaas_instance_id', value: '7ebe23cd-1d46-4a49-b707-1441c7f0d0d1' }],
  };
  const body = { metrics: [metric], from: T0, to: T0 + HOUR, period: '1', filter: 'average' };
  it('accepts 1 and 10 metrics, refuses 0 and 11', () => {
    expect(batchMetricDataRequest.safeParse(body).success).toBe(true);
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: Array(10).fill(metric) }).success).toBe(true);
    expect(messages(batchMetricDataRequest.safeParse({ ...body, metrics: Array(11).fill(metric) }))).toEqual([
      'A batch query can include at most 10 metrics.',
    ]);
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: [] }).success).toBe(false);
  });
  it('accepts 1 to 4 dimensions per metric', () => {
    const dims = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `d${i}`, value: `v${i}` }));
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: [{ ...metric, dimensions: dims(4) }] }).success).toBe(
      true,
    );
    expect(
      messages(batchMetricDataRequest.safeParse({ ...body, metrics: [{ ...metric, dimensions: dims(5) }] })),
    ).toEqual(['Each metric can have at most 4 dimensions.']);
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: [{ ...metric, dimensions: [] }] }).success).toBe(false);
  });
  it('takes the period as a string', () => {
    expect(batchMetricDataRequest.safeParse({ ...body, period: '86400' }).success).toBe(true);
    expect(batchMetricDataRequest.safeParse({ ...body, period: 300 }).success).toBe(false);
    expect(batchMetricDataRequest.safeParse({ ...body, period: '60' }).success).toBe(false);
  });
  it('accepts 13-digit times only, from earlier than to', () => {
    expect(batchMetricDataRequest.safeParse({ ...body, from: 1111111111111 }).success).toBe(true);
    expect(batchMetricDataRequest.safeParse({ ...body, from: 1111111111110 }).success).toBe(false);
    expect(batchMetricDataRequest.safeParse({ ...body, to: 9999999999999 }).success).toBe(true);
    expect(batchMetricDataRequest.safeParse({ ...body, to: 10000000000000 }).success).toBe(false);
    expect(messages(batchMetricDataRequest.safeParse({ ...body, to: T0 }))).toEqual([
      'The start time (from) must be earlier than the end time (to).',
    ]);
  });
  it('accepts a 96-character metric name with hyphens, not 97', () => {
    const name = (n: number) => `m${'-'.repeat(n - 1)}`;
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: [{ ...metric, metric_name: name(96) }] }).success).toBe(
      true,
    );
    expect(batchMetricDataRequest.safeParse({ ...body, metrics: [{ ...metric, metric_name: name(97) }] }).success).toBe(
      false,
    );
  });
});

describe('the 3000-point limit', () => {
  it('uses 60 000 ms for raw data and period × 1000 otherwise', () => {
    expect(periodIntervalMs(1)).toBe(60_000);
    expect(periodIntervalMs(300)).toBe(300_000);
    expect(periodIntervalMs(86400)).toBe(86_400_000);
  });
  it('reproduces the documented spans', () => {
    expect(maxBatchSpanMs(300, 1)).toBe(600_000);
    expect(maxBatchSpanMs(5, 1)).toBe(36_000_000);
  });
  it('counts points and checks the boundary', () => {
    expect(batchPointCount(1, T0, T0 + HOUR, 1)).toBe(60);
    expect(withinBatchLimit(10, T0, T0 + 5 * HOUR, 1)).toBe(true);
    expect(withinBatchLimit(10, T0, T0 + 5 * HOUR + 1, 1)).toBe(false);
  });
  it('moves from forward as the API does (documented example 3)', () => {
    const metrics = Array(5).fill({ namespace: 'SYS.ECS', metric_name: 'cpu_util', dimensions: [] });
    expect(effectiveBatchFrom({ metrics, from: 1724169600000, to: 1724255999000, period: '1' })).toBe(1724219999000);
    expect(effectiveBatchFrom({ metrics, from: T0, to: T0 + HOUR, period: '1' })).toBe(T0);
  });
  it('maps period strings back to numbers', () => {
    expect(toMetricPeriod('14400')).toBe(14400);
    expect(toMetricPeriod('7')).toBe(1);
  });
});

describe('pickPeriod', () => {
  it('keeps raw data while it fits', () => {
    expect(pickPeriod(T0, T0 + HOUR, 1)).toBe(1);
    expect(pickPeriod(T0, T0 + 50 * HOUR, 1)).toBe(1);
    expect(pickPeriod(T0, T0 + 5 * HOUR, 10)).toBe(1);
  });
  it('moves to the next period just past the limit', () => {
    expect(pickPeriod(T0, T0 + 50 * HOUR + 1, 1)).toBe(300);
    expect(pickPeriod(T0, T0 + 5 * HOUR + 1, 10)).toBe(300);
  });
  it('chooses the smallest period that fits longer ranges', () => {
    expect(pickPeriod(T0, T0 + DAY, 10)).toBe(300);
    expect(pickPeriod(T0, T0 + 7 * DAY, 10)).toBe(3600);
    expect(pickPeriod(T0, T0 + 30 * DAY, 10)).toBe(14400);
    expect(pickPeriod(T0, T0 + 300 * DAY, 10)).toBe(86400);
  });
  it('falls back to the largest period when nothing fits', () => {
    expect(pickPeriod(T0, T0 + 301 * DAY, 10)).toBe(86400);
    expect(withinBatchLimit(10, T0, T0 + 301 * DAY, 86400)).toBe(false);
  });
  it('treats an empty or reversed range and zero metrics gently', () => {
    expect(pickPeriod(T0, T0, 3)).toBe(1);
    expect(pickPeriod(T0 + HOUR, T0, 3)).toBe(1);
    expect(pickPeriod(T0, T0 + 50 * HOUR, 0)).toBe(1);
  });
});
