import { describe, expect, it } from 'vitest';
import { formatAxisTime, timeTicks } from './format-time';

const HOUR = 3_600_000;
const FROM = new Date(2026, 10, 19, 6, 33).getTime();

describe('time axis', () => {
  it('puts a week on local midnights', () => {
    const ticks = timeTicks(FROM, FROM + 7 * 24 * HOUR);
    expect(ticks).toHaveLength(7);
    for (const tick of ticks) expect([new Date(tick).getHours(), new Date(tick).getMinutes()]).toEqual([0, 0]);
    expect(formatAxisTime(ticks[0]!, 7 * 24 * HOUR)).toBe('11-20');
  });

  it('puts an hour on round ten minutes', () => {
    const ticks = timeTicks(FROM, FROM + HOUR);
    expect(ticks.map((tick) => formatAxisTime(tick, HOUR))).toEqual([
      '06:40',
      '06:50',
      '07:00',
      '07:10',
      '07:20',
      '07:30',
    ]);
  });
});
