import { describe, expect, it } from 'vitest';
import { EXPIRING_WITHIN_DAYS, expiryOf } from './certificate-expiry';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('expiryOf', () => {
  it.each([
    ['2027-09-30 23:59:59', 'valid', 308],
    // Just outside and just inside the 30-day window.
    ['2026-12-26 12:00:00', 'valid', EXPIRING_WITHIN_DAYS],
    ['2026-12-26 11:59:59', 'expiring', EXPIRING_WITHIN_DAYS - 1],
    ['2026-11-26 12:00:01', 'expiring', 0],
    ['2026-11-26 12:00:00', 'expired', 0],
    ['2026-10-15 23:59:59', 'expired', -41],
  ] as const)('%s is %s (%i days)', (expireTime, state, days) => {
    expect(expiryOf(expireTime, NOW)).toEqual({ state, days });
  });
});
