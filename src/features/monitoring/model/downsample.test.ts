import { describe, expect, it } from 'vitest';
import { downsample } from './downsample';

const week = Array.from({ length: 7 * 24 * 60 }, (_, index) => ({
  timestamp: index * 60_000,
  s0: Math.sin(index / 100) * 10,
  s1: index === 5000 ? 999 : 1,
}));

describe('downsample', () => {
  it('keeps short series as they are', () => {
    expect(downsample(week.slice(0, 100), ['s0'], 800)).toEqual(week.slice(0, 100));
  });

  it('reduces a week of minutes to about the display budget, in order', () => {
    const rows = downsample(week, ['s0'], 800);
    expect(rows.length).toBeLessThanOrEqual(810);
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.map((row) => row.timestamp)).toEqual([...rows.map((row) => row.timestamp)].sort((a, b) => a - b));
    expect(rows[0]).toBe(week[0]);
    expect(rows.at(-1)).toBe(week.at(-1));
  });

  it('keeps every series extreme, spikes included', () => {
    const rows = downsample(week, ['s0', 's1'], 800);
    expect(Math.max(...rows.map((row) => row.s1))).toBe(999);
    expect(Math.max(...rows.map((row) => row.s0))).toBe(Math.max(...week.map((row) => row.s0)));
    expect(Math.min(...rows.map((row) => row.s0))).toBe(Math.min(...week.map((row) => row.s0)));
  });

  it('skips missing values', () => {
    const gaps = week.map((row, index) => ({ timestamp: row.timestamp, s0: index % 2 ? undefined : row.s0 }));
    expect(downsample(gaps, ['s0'], 800).every((row) => row.s0 !== undefined || row === gaps.at(-1))).toBe(true);
  });

  it('is fast for a week of minutes and four series', () => {
    const started = performance.now();
    downsample(week, ['s0', 's1', 's0', 's1'], 800);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
