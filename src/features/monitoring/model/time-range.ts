/**
 * The time ranges of the monitoring views (guide/monitoring/viewing_metrics.rst: presets plus a
 * custom range). Presets are relative ("the last hour") and move with every refresh.
 */
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const RANGE_PRESETS = {
  '1h': HOUR_MS,
  '3h': 3 * HOUR_MS,
  '12h': 12 * HOUR_MS,
  '1d': DAY_MS,
  '7d': 7 * DAY_MS,
} as const;
export type RangePreset = keyof typeof RANGE_PRESETS;
export const rangePresets = Object.keys(RANGE_PRESETS) as RangePreset[];

export type TimeRange = { preset: RangePreset } | { preset: 'custom'; from: number; to: number };

/**
 * How far back a custom range may start. The reference does not state Cloud Eye's retention;
 * the console offers the last 30 days, which covers every preset and the alarm history window.
 */
export const MAX_HISTORY_MS = 30 * DAY_MS;
/** A custom end a little after "now" is still accepted: the clocks of browser and form differ. */
const FUTURE_TOLERANCE_MS = 60_000;

export interface TimeWindow {
  from: number;
  to: number;
}

export function resolveRange(range: TimeRange, nowMs: number): TimeWindow {
  if (range.preset === 'custom') return { from: range.from, to: range.to };
  return { from: nowMs - RANGE_PRESETS[range.preset], to: nowMs };
}

export type CustomRangeProblem = 'invalid' | 'order' | 'future' | 'retention';

/** Why a custom range cannot be shown, if it cannot (the message keys of `monitoring:range.problem`). */
export function customRangeProblem(from: number, to: number, nowMs: number): CustomRangeProblem | undefined {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return 'invalid';
  if (from >= to) return 'order';
  if (to > nowMs + FUTURE_TOLERANCE_MS) return 'future';
  if (from < nowMs - MAX_HISTORY_MS) return 'retention';
  return undefined;
}
