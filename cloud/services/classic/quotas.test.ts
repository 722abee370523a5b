import { describe, expect, it } from 'vitest';
import type { ClassicQuotaResponse } from '../../../contract/elb-classic/quotas';
import { CLASSIC, classicOk } from '../../testing/classic';
import { harness } from '../../testing/harness';

describe('classic quotas', () => {
  it('answers the load balancer quota with its used count and the listener quota with an empty used', async () => {
    const h = harness();
    const { quotas } = await classicOk<ClassicQuotaResponse>(h, 'GET', `${CLASSIC}/quotas`);
    expect(quotas.resources).toEqual([
      { type: 'elb', used: 3, quota: 10, max: 100, min: 1 },
      { type: 'listener', used: '', quota: 10, max: 200, min: 1 },
    ]);
  });

  it('shows the quota-full scenario with every classic load balancer of its quota in use', async () => {
    const h = harness('quota-full');
    const { quotas } = await classicOk<ClassicQuotaResponse>(h, 'GET', `${CLASSIC}/quotas`);
    expect(quotas.resources[0]).toMatchObject({ type: 'elb', used: 3, quota: 3 });
  });
});
