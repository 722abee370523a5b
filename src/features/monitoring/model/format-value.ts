/** Metric values for people, by the catalogue's unit (contract/ces/metrics.ts MetricUnit). */
import type { MetricUnit } from '../../../../contract/ces/metrics';

// Decimal prefixes, as network rates are written; they also keep the chart's round ticks round.
const BYTE_STEPS = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s'] as const;
const BYTE_STEP = 1000;
const RATE_SUFFIX: Partial<Record<MetricUnit, string>> = {
  'count/s': '/s',
  'packet/s': ' packets/s',
  'query/s': ' queries/s',
};

const number = (value: number, digits: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });

/** 1 234 → 1.2k: short axis labels. Below 1, two significant digits keep small rates' ticks apart (0.05, 0.15). */
function compactNumber(value: number): string {
  if (Math.abs(value) < 1) return value.toLocaleString('en-US', { maximumSignificantDigits: 2 });
  return value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 });
}

function bytesPerSecond(value: number, compact: boolean): string {
  let scaled = value;
  let step = 0;
  while (Math.abs(scaled) >= BYTE_STEP && step < BYTE_STEPS.length - 1) {
    scaled /= BYTE_STEP;
    step += 1;
  }
  return `${number(scaled, compact ? 1 : 2)} ${BYTE_STEPS[step]}`;
}

function milliseconds(value: number, compact: boolean): string {
  if (Math.abs(value) >= 1000) return `${number(value / 1000, compact ? 1 : 2)} s`;
  return `${number(value, compact ? 0 : 1)} ms`;
}

/** `compact` for axis ticks; up to 2 decimals with the unit for tooltips and latest values. */
export function formatMetricValue(value: number, unit: MetricUnit, options: { compact?: boolean } = {}): string {
  const compact = options.compact ?? false;
  switch (unit) {
    case 'byte/s':
      return bytesPerSecond(value, compact);
    case 'ms':
      return milliseconds(value, compact);
    case '%':
      return `${number(value, compact ? 0 : 2)} %`;
    default:
      // Axis ticks leave the rate's unit to the chart header; only the number is needed there.
      return compact ? compactNumber(value) : `${number(value, 2)}${RATE_SUFFIX[unit] ?? ''}`;
  }
}
