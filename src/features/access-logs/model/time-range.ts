/** The viewer's time ranges: the last N minutes up to now, or a fixed custom window. */
export const RANGE_PRESETS = [
  { id: '15m', ms: 15 * 60_000 },
  { id: '1h', ms: 3_600_000 },
  { id: '6h', ms: 6 * 3_600_000 },
  { id: '1d', ms: 24 * 3_600_000 },
  { id: '7d', ms: 7 * 24 * 3_600_000 },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['id'];

export type TimeRange = { kind: 'preset'; preset: RangePreset } | { kind: 'custom'; from: number; to: number };

export const DEFAULT_RANGE: TimeRange = { kind: 'preset', preset: '1h' };

export interface TimeWindow {
  start: number;
  end: number;
}

/** A preset ends now (read when the first page is fetched, so a refresh brings new lines). */
export function windowOf(range: TimeRange, now: number): TimeWindow {
  if (range.kind === 'custom') return { start: range.from, end: range.to };
  const preset = RANGE_PRESETS.find((item) => item.id === range.preset) ?? RANGE_PRESETS[1];
  return { start: now - preset.ms, end: now };
}
