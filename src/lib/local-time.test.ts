import { describe, expect, it } from 'vitest';
import { fromLocalInput, localMinute, toLocalInput } from './local-time';

describe('datetime-local values', () => {
  it('round-trips a minute', () => {
    const ms = new Date(2026, 10, 26, 9, 5).getTime();
    expect(toLocalInput(ms)).toBe('2026-11-26T09:05');
    expect(localMinute(ms)).toBe('2026-11-26 09:05');
    expect(fromLocalInput('2026-11-26T09:05')).toBe(ms);
  });

  it('reads nothing from an empty or malformed value', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('2026-11-26')).toBeUndefined();
    expect(fromLocalInput('2026-13-45T99:99')).toBeUndefined();
  });
});
