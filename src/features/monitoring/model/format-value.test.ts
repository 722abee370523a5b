import { describe, expect, it } from 'vitest';
import { formatMetricValue } from './format-value';

describe('formatMetricValue', () => {
  it.each([
    [512, 'byte/s', '512 B/s'],
    [5008, 'byte/s', '5.01 kB/s'],
    [3_000_000, 'byte/s', '3 MB/s'],
    [42.25, 'ms', '42.3 ms'],
    [1530, 'ms', '1.53 s'],
    [12.345, '%', '12.35 %'],
    [1234, 'count', '1,234'],
    [6.875, 'query/s', '6.88 queries/s'],
    [0.5, 'count/s', '0.5/s'],
    [120, 'packet/s', '120 packets/s'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatMetricValue(value, unit)).toBe(text);
  });

  it('keeps axis ticks short', () => {
    expect(formatMetricValue(12_500, 'query/s', { compact: true })).toBe('12.5K');
    expect(formatMetricValue(5008, 'byte/s', { compact: true })).toBe('5 kB/s');
    expect(formatMetricValue(42.25, 'ms', { compact: true })).toBe('42 ms');
    expect(formatMetricValue(99.5, '%', { compact: true })).toBe('100 %');
  });

  it('tells small rates apart on the axis (ticks 0.05 apart, not all rounded to 0.1)', () => {
    expect([0, 0.05, 0.1, 0.15].map((tick) => formatMetricValue(tick, 'count/s', { compact: true }))).toEqual([
      '0',
      '0.05',
      '0.1',
      '0.15',
    ]);
    expect(formatMetricValue(0.0012, 'count/s', { compact: true })).toBe('0.0012');
  });
});
