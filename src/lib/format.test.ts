import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration } from './format';
import { formatClassicTime } from './format-classic-time';

describe('formatDateTime', () => {
  it('shows a v2.0 UTC timestamp in the local zone with its offset', () => {
    const text = formatDateTime('2026-10-01T08:44:00');
    expect(text).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d GMT[+-]\d\d:\d\d$/);
    const local = new Date(Date.UTC(2026, 9, 1, 8, 44));
    expect(text.startsWith(`2026-10-0${local.getDate()}`)).toBe(true);
  });
  it('keeps what it cannot read and marks missing values', () => {
    expect(formatDateTime('soon')).toBe('soon');
    expect(formatDateTime(undefined)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('names seconds, then minutes, then hours, at each boundary', () => {
    expect(formatDuration(59_999)).toBe('59 s');
    expect(formatDuration(60_000)).toBe('1 min 00 s');
    expect(formatDuration(3_599_000)).toBe('59 min 59 s');
    expect(formatDuration(3_600_000)).toBe('1 h 00 min');
  });
});

describe('formatClassicTime', () => {
  it('reads a classic timestamp as UTC', () => {
    expect(formatClassicTime('2026-01-02 03:04:05')).toBe(formatDateTime(Date.UTC(2026, 0, 2, 3, 4, 5)));
  });
});
