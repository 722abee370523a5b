/** Chart times in the reader's zone: hours and minutes for short ranges, the date for long ones. */
import { twoDigits as pad } from '../../../lib/local-time';

const DAY_MS = 24 * 3_600_000;

export function formatAxisTime(epochMs: number, spanMs: number): string {
  const date = new Date(epochMs);
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  if (spanMs <= DAY_MS) return time;
  const day = `${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return time === '00:00' ? day : `${day} ${time}`;
}

const MINUTE_MS = 60_000;
const TICK_STEPS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((minutes) => minutes * MINUTE_MS);

/**
 * Axis ticks on round local times (every 10 minutes, 3 hours, midnight, …), at most `maxTicks`,
 * instead of wherever the chart library's even split happens to fall.
 */
export function timeTicks(from: number, to: number, maxTicks = 7): number[] {
  const span = to - from;
  const step =
    TICK_STEPS.find((candidate) => span / candidate <= maxTicks) ?? Math.ceil(span / maxTicks / DAY_MS) * DAY_MS;
  // Align to the reader's zone: local midnight, local full hours.
  const offset = new Date(from).getTimezoneOffset() * MINUTE_MS;
  const ticks: number[] = [];
  for (let tick = Math.ceil((from - offset) / step) * step + offset; tick <= to; tick += step) ticks.push(tick);
  return ticks;
}
