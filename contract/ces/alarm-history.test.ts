import { describe, expect, it } from 'vitest';
import { ALARM_HISTORY_DEFAULT_WINDOW_MS, alarmHistoryQuery, alarmHistoryWindow } from './alarm-history';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('alarmHistoryQuery', () => {
  it('reads the documented example and fills defaults', () => {
    expect(
      alarmHistoryQuery.parse({ limit: '10', start: '0', from: '1602494921346', to: '1603099721346', alarm_name: 'x' }),
    ).toEqual({ limit: 10, start: 0, from: 1602494921346, to: 1603099721346, alarm_name: 'x' });
    expect(alarmHistoryQuery.parse({ namespace: 'SYS.ELB' })).toEqual({ namespace: 'SYS.ELB', start: 0, limit: 100 });
  });
  it('accepts limit 1 to 100 and start from 0', () => {
    expect(alarmHistoryQuery.safeParse({ limit: 1 }).success).toBe(true);
    expect(alarmHistoryQuery.safeParse({ limit: 100 }).success).toBe(true);
    expect(alarmHistoryQuery.safeParse({ limit: 0 }).success).toBe(false);
    expect(alarmHistoryQuery.safeParse({ limit: 101 }).success).toBe(false);
    expect(messages(alarmHistoryQuery.safeParse({ start: '-1' }))).toEqual([
      'start must be a whole number of at least 0.',
    ]);
  });
  it('accepts the documented status and level values only', () => {
    expect(alarmHistoryQuery.safeParse({ alarm_status: 'insufficient_data', alarm_level: '4' }).success).toBe(true);
    expect(alarmHistoryQuery.safeParse({ alarm_status: 'firing' }).success).toBe(false);
    expect(alarmHistoryQuery.safeParse({ alarm_level: 0 }).success).toBe(false);
    expect(alarmHistoryQuery.safeParse({ alarm_level: 5 }).success).toBe(false);
  });
  it('requires from earlier than to when both are given', () => {
    expect(alarmHistoryQuery.safeParse({ from: 2, to: 3 }).success).toBe(true);
    expect(messages(alarmHistoryQuery.safeParse({ from: 3, to: 3 }))).toEqual([
      'The start time (from) must be earlier than the end time (to).',
    ]);
    expect(alarmHistoryQuery.safeParse({ from: 3 }).success).toBe(true);
  });
});

describe('alarmHistoryWindow', () => {
  it('defaults to the last seven days', () => {
    const now = 1_700_000_000_000;
    expect(alarmHistoryWindow({}, now)).toEqual({ from: now - ALARM_HISTORY_DEFAULT_WINDOW_MS, to: now });
    expect(alarmHistoryWindow({ from: 5, to: 9 }, now)).toEqual({ from: 5, to: 9 });
    expect(alarmHistoryWindow({ to: 1_000_000_000 }, now).from).toBe(1_000_000_000 - 7 * 86_400_000);
  });
});
