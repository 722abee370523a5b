import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  classicQuotaPaths,
  classicQuotaUsed,
  findClassicQuota,
  isClassicQuotaExhausted,
  type ClassicQuotaResponse,
} from './quotas';

const example: ClassicQuotaResponse = {
  quotas: {
    resources: [
      { type: 'elb', used: 2, quota: 5, max: 100, min: 1 },
      { type: 'listener', quota: 5, max: 200, min: 1 },
    ],
  },
};

describe('classic quotas', () => {
  it('spell the documented URI', () => {
    expect(buildPath(classicQuotaPaths.list, { project_id: 'p' })).toBe('/v1.0/p/elbaas/quotas');
  });
  it('find each resource type of the documented example', () => {
    expect(findClassicQuota(example, 'elb')?.quota).toBe(5);
    expect(findClassicQuota(example, 'listener')?.max).toBe(200);
    expect(findClassicQuota({ quotas: { resources: [] } }, 'elb')).toBeUndefined();
  });
  it('read an absent or empty listener count as unknown', () => {
    expect(classicQuotaUsed({ type: 'listener', used: '', quota: 5, max: 200, min: 1 })).toBeUndefined();
    expect(classicQuotaUsed({ type: 'listener', quota: 5, max: 200, min: 1 })).toBeUndefined();
    expect(classicQuotaUsed({ type: 'elb', used: 0, quota: 5, max: 100, min: 1 })).toBe(0);
  });
  it('are exhausted once used reaches the quota', () => {
    const elb = { type: 'elb' as const, used: 4, quota: 5, max: 100, min: 1 };
    expect(isClassicQuotaExhausted(elb)).toBe(false);
    expect(isClassicQuotaExhausted({ ...elb, used: 5 })).toBe(true);
    const listener = { type: 'listener' as const, used: '' as const, quota: 5, max: 200, min: 1 };
    expect(isClassicQuotaExhausted(listener)).toBe(false);
    expect(isClassicQuotaExhausted(listener, 5)).toBe(true);
    expect(isClassicQuotaExhausted(listener, 4)).toBe(false);
  });
});
