import { describe, expect, it } from 'vitest';
import type { AlarmCondition } from '../../../contract/ces/alarms';
import { evaluateAt, meets, replay } from './alarm-evaluation';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 1, 12, 0, 0);
/** One raw point a minute from T0, with these values. */
const series = (...values: number[]) => values.map((value, index) => ({ timestamp: T0 + index * MINUTE, value }));
const condition = (patch: Partial<AlarmCondition> = {}): AlarmCondition => ({
  period: 1,
  filter: 'average',
  comparison_operator: '>',
  value: 5,
  count: 3,
  ...patch,
});

describe('meets', () => {
  it.each([
    ['>', 6, true],
    ['>', 5, false],
    ['>=', 5, true],
    ['<', 4, true],
    ['<=', 6, false],
    ['=', 5, true],
    ['!=', 5, false],
  ] as const)('%s 5 with %d is %s', (operator, value, expected) => expect(meets(value, operator, 5)).toBe(expected));
});

describe('evaluateAt', () => {
  it('is insufficient_data with fewer datapoints than count in the last count periods', () => {
    const points = series(9, 9);
    expect(evaluateAt(points, T0 + MINUTE + 30_000, condition()).state).toBe('insufficient_data');
    // A gap inside the window counts too.
    const gap = [...series(9), { timestamp: T0 + 2 * MINUTE, value: 9 }];
    expect(evaluateAt(gap, T0 + 2 * MINUTE, condition()).state).toBe('insufficient_data');
  });

  it('is alarm only when every one of the count values meets the condition', () => {
    const points = series(1, 9, 9, 9);
    // At 4 min 30 s the minutes from 1 to 3 have ended; minute 4 is still running and does not count.
    const at = T0 + 4 * MINUTE + 30_000;
    expect(evaluateAt(points, at, condition())).toEqual({
      state: 'alarm',
      datapoints: [
        { time: T0 + 3 * MINUTE, value: 9 },
        { time: T0 + 2 * MINUTE, value: 9 },
        { time: T0 + MINUTE, value: 9 },
      ],
    });
    expect(evaluateAt(points, T0 + 3 * MINUTE, condition()).state).toBe('ok');
    expect(evaluateAt(points, at, condition({ count: 4 })).state).toBe('ok');
  });

  it('groups by the rule period (5 minutes here)', () => {
    const fiveMinutes = [0, 5, 10].map((offset, index) => ({
      timestamp: T0 + offset * MINUTE,
      value: [2, 8, 8][index]!,
    }));
    expect(evaluateAt(fiveMinutes, T0 + 15 * MINUTE, condition({ period: 300, count: 2 })).state).toBe('alarm');
    expect(evaluateAt(fiveMinutes, T0 + 14 * MINUTE, condition({ period: 300, count: 2 })).state).toBe('ok');
  });
});

describe('replay', () => {
  it('records each state change once, at the evaluation that saw it', () => {
    const points = series(1, 9, 9, 1, 1);
    // Each evaluation judges the minutes that have ended: at minute 2 those are minutes 0 and 1.
    const records = replay(points, condition({ count: 2 }), { from: T0 + MINUTE, to: T0 + 5 * MINUTE });
    expect(records.map((record) => [record.alarm_status, (record.trigger_time - T0) / MINUTE])).toEqual([
      ['insufficient_data', 1],
      ['ok', 2],
      ['alarm', 3],
      ['ok', 4],
    ]);
  });

  it('continues from the previous entry without repeating it', () => {
    const previous = { alarm_status: 'ok' as const, update_time: T0, trigger_time: T0, datapoints: [] };
    const records = replay(series(1, 1, 9), condition({ count: 1 }), {
      from: T0 + MINUTE,
      to: T0 + 3 * MINUTE,
      previous,
    });
    expect(records.map((record) => record.alarm_status)).toEqual(['alarm']);
  });

  it('repeats a persisting alarm every suppress_duration, and never with 0', () => {
    const points = series(...Array<number>(25).fill(9));
    const window = { from: T0 + MINUTE, to: T0 + 25 * MINUTE };
    const repeated = replay(points, condition({ count: 1, suppress_duration: 600 }), window);
    expect(repeated.map((record) => (record.trigger_time - T0) / MINUTE)).toEqual([1, 11, 21]);
    expect(repeated.every((record) => record.update_time === T0 + MINUTE)).toBe(true);
    expect(replay(points, condition({ count: 1, suppress_duration: 0 }), window)).toHaveLength(1);
  });
});
