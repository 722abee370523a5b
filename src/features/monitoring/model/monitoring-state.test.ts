import { describe, expect, it } from 'vitest';
import { readMonitoringState, writeMonitoringState } from './monitoring-state';
import { customRangeProblem, MAX_HISTORY_MS, resolveRange } from './time-range';

const NOW = Date.UTC(2026, 10, 26, 12);
const HOUR = 3_600_000;

describe('monitoring state in the URL', () => {
  it('defaults to the last hour, auto period, average, refreshing every minute', () => {
    expect(readMonitoringState(new URLSearchParams(), NOW)).toEqual({
      range: { preset: '1h' },
      period: 'auto',
      filter: 'average',
      metrics: undefined,
      refresh: 60,
    });
    expect(readMonitoringState(new URLSearchParams('m.range=7d'), NOW).refresh).toBe(0);
  });

  it('round-trips every choice and keeps unrelated parameters', () => {
    const params = writeMonitoringState(new URLSearchParams('tab=monitoring'), {
      range: { preset: 'custom', from: NOW - 2 * HOUR, to: NOW - HOUR },
      period: 300,
      filter: 'max',
      metrics: ['m1_cps', 'mb_l7_qps'],
      refresh: 0,
    });
    expect(params.get('tab')).toBe('monitoring');
    expect(readMonitoringState(params, NOW)).toEqual({
      range: { preset: 'custom', from: NOW - 2 * HOUR, to: NOW - HOUR },
      period: 300,
      filter: 'max',
      metrics: ['m1_cps', 'mb_l7_qps'],
      refresh: 0,
    });
    const preset = writeMonitoringState(params, { range: { preset: '3h' } });
    expect(preset.has('m.from')).toBe(false);
  });

  it('falls back on unknown values and on a custom range that is not valid', () => {
    const state = readMonitoringState(
      new URLSearchParams(`m.range=custom&m.from=${NOW}&m.to=${NOW - 1}&m.period=60&m.agg=median&m.refresh=7`),
      NOW,
    );
    expect(state).toMatchObject({ range: { preset: '1h' }, period: 'auto', filter: 'average', refresh: 60 });
  });
});

describe('custom ranges', () => {
  it('refuses from ≥ to, a future end and a start past the history kept', () => {
    expect(customRangeProblem(NOW - HOUR, NOW, NOW)).toBeUndefined();
    expect(customRangeProblem(NOW, NOW, NOW)).toBe('order');
    expect(customRangeProblem(NOW - HOUR, NOW + 2 * 60_000, NOW)).toBe('future');
    expect(customRangeProblem(NOW - MAX_HISTORY_MS - 1, NOW, NOW)).toBe('retention');
    expect(customRangeProblem(NOW - MAX_HISTORY_MS, NOW, NOW)).toBeUndefined();
    expect(customRangeProblem(Number.NaN, NOW, NOW)).toBe('invalid');
  });

  it('resolves presets relative to now', () => {
    expect(resolveRange({ preset: '12h' }, NOW)).toEqual({ from: NOW - 12 * HOUR, to: NOW });
  });
});
