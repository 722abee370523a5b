import { describe, expect, it } from 'vitest';
import { effectivePeriod, periodChoices } from './period';

const HOUR = 3_600_000;
const window = (hours: number) => ({ from: 0, to: hours * HOUR });
const blocked = (hours: number) =>
  periodChoices(window(hours)).flatMap((choice) => (choice.blockedBy ? [[choice.period, choice.blockedBy]] : []));

describe('period choices', () => {
  it('offers raw data for an hour and blocks periods longer than the range', () => {
    expect(blocked(1)).toEqual([
      [3600, 'span'],
      [14400, 'span'],
      [86400, 'span'],
    ]);
  });

  it('offers 7 days of raw data, and blocks raw data beyond 7 days', () => {
    expect(blocked(7 * 24)).toEqual([]);
    expect(blocked(7 * 24 + 0.1)).toEqual([[1, 'points']]);
  });

  it('auto-picks the finest period within the limit', () => {
    expect(effectivePeriod('auto', window(1), 1)).toBe(1);
    expect(effectivePeriod('auto', window(24), 1)).toBe(1);
    expect(effectivePeriod('auto', window(7 * 24), 1)).toBe(300);
    expect(effectivePeriod('auto', window(7 * 24), 4)).toBe(1200);
  });

  it('keeps a chosen period while it fits, else falls back to auto', () => {
    expect(effectivePeriod(3600, window(24), 1)).toBe(3600);
    expect(effectivePeriod(1, window(7 * 24), 1)).toBe(1);
    expect(effectivePeriod(1, window(8 * 24), 1)).toBe(300);
    expect(effectivePeriod(86400, window(1), 1)).toBe(1);
  });
});
