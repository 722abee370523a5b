import { describe, expect, it } from 'vitest';
import { quotaDetailsQuery } from './quota-query';
import { isUnlimited, QUOTA_KEYS, quotaExhausted, quotaRemaining, UNLIMITED_QUOTA } from './quotas';

describe('quota helpers', () => {
  it('treat −1 as unlimited', () => {
    expect(UNLIMITED_QUOTA).toBe(-1);
    expect(isUnlimited(-1)).toBe(true);
    expect(isUnlimited(0)).toBe(false);
    expect(quotaRemaining({ used: 608, quota_limit: -1 })).toBe(Infinity);
    expect(quotaExhausted({ used: 10_000, quota_limit: -1 })).toBe(false);
  });
  it('count what is left at the boundary', () => {
    expect(quotaRemaining({ used: 49, quota_limit: 50 })).toBe(1);
    expect(quotaExhausted({ used: 49, quota_limit: 50 })).toBe(false);
    expect(quotaExhausted({ used: 50, quota_limit: 50 })).toBe(true);
    expect(quotaRemaining({ used: 52, quota_limit: 50 })).toBe(0);
    expect(quotaExhausted({ used: 45, quota_limit: 50 }, 5)).toBe(false);
    expect(quotaExhausted({ used: 46, quota_limit: 50 }, 5)).toBe(true);
    expect(quotaExhausted({ used: 0, quota_limit: 0 })).toBe(true);
  });
});

describe('quotaDetailsQuery', () => {
  it('accepts one or many documented keys', () => {
    expect(quotaDetailsQuery.parse({ quota_key: 'loadbalancer' })).toEqual({ quota_key: ['loadbalancer'] });
    expect(quotaDetailsQuery.parse({ quota_key: ['members_per_pool', 'loadbalancer'] }).quota_key).toHaveLength(2);
    expect(quotaDetailsQuery.parse({})).toEqual({});
  });
  it('refuses unknown keys', () => {
    expect(quotaDetailsQuery.safeParse({ quota_key: 'bandwidth' }).success).toBe(false);
    expect(QUOTA_KEYS).toHaveLength(20);
  });
});
