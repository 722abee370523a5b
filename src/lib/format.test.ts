import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

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
