/**
 * What a monitoring view shows, kept in the URL (shareable, survives reloads). Keys carry an `m.`
 * prefix so they never collide with the detail page's own parameters (tab, listener, section).
 */
import { METRIC_FILTERS, METRIC_PERIODS, type MetricFilter } from '../../../../contract/ces/fields';
import type { PeriodSetting } from './period';
import { customRangeProblem, rangePresets, type TimeRange } from './time-range';

export const REFRESH_CHOICES = [0, 30, 60, 300] as const;
export type RefreshSeconds = (typeof REFRESH_CHOICES)[number];

export interface MonitoringState {
  range: TimeRange;
  period: PeriodSetting;
  filter: MetricFilter;
  /** Metric IDs chosen; undefined = the view's defaults. */
  metrics: string[] | undefined;
  /** Auto-refresh interval in seconds; 0 = off. */
  refresh: RefreshSeconds;
}

export const stateKeys = {
  range: 'm.range',
  from: 'm.from',
  to: 'm.to',
  period: 'm.period',
  filter: 'm.agg',
  metrics: 'm.metrics',
  refresh: 'm.refresh',
} as const;

/** Auto-refresh is on (every minute) for the short presets, where new minutes matter. */
function defaultRefresh(range: TimeRange): RefreshSeconds {
  return range.preset === '1h' || range.preset === '3h' ? 60 : 0;
}

function readRange(params: URLSearchParams, nowMs: number): TimeRange {
  const preset = params.get(stateKeys.range);
  if (preset === 'custom') {
    const from = Number(params.get(stateKeys.from));
    const to = Number(params.get(stateKeys.to));
    if (!customRangeProblem(from, to, nowMs)) return { preset, from, to };
  }
  return { preset: rangePresets.find((item) => item === preset) ?? '1h' };
}

function oneOf<T extends string | number>(choices: readonly T[], raw: string | null, fallback: T): T {
  return choices.find((choice) => String(choice) === raw) ?? fallback;
}

/** Unknown or broken values fall back to the defaults (a custom range that is no longer valid too). */
export function readMonitoringState(params: URLSearchParams, nowMs: number): MonitoringState {
  const range = readRange(params, nowMs);
  const metrics = params.get(stateKeys.metrics);
  return {
    range,
    period: oneOf<PeriodSetting>(['auto', ...METRIC_PERIODS], params.get(stateKeys.period), 'auto'),
    filter: oneOf(METRIC_FILTERS, params.get(stateKeys.filter), 'average'),
    metrics: metrics === null ? undefined : metrics.split(',').filter(Boolean),
    refresh: oneOf(REFRESH_CHOICES, params.get(stateKeys.refresh), defaultRefresh(range)),
  };
}

/** The params with a change applied; everything not monitoring-related is kept. */
export function writeMonitoringState(params: URLSearchParams, patch: Partial<MonitoringState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | undefined) =>
    value === undefined ? next.delete(key) : next.set(key, value);
  if (patch.range) {
    const { range } = patch;
    set(stateKeys.range, range.preset);
    set(stateKeys.from, range.preset === 'custom' ? String(range.from) : undefined);
    set(stateKeys.to, range.preset === 'custom' ? String(range.to) : undefined);
  }
  if (patch.period !== undefined) set(stateKeys.period, String(patch.period));
  if (patch.filter) set(stateKeys.filter, patch.filter);
  if ('metrics' in patch) set(stateKeys.metrics, patch.metrics?.join(','));
  if (patch.refresh !== undefined) set(stateKeys.refresh, String(patch.refresh));
  return next;
}
