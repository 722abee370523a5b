import { describe, expect, it } from 'vitest';
import type { DeleteStep } from '../model/delete-plan';
import { deleteImpactChecks } from './delete-impact';

const step = (kind: DeleteStep['kind'], id: string): DeleteStep => ({ kind, id, label: id });

describe('delete impact', () => {
  it('passes a load balancer with nothing under it and no EIP', () => {
    expect(deleteImpactChecks([step('loadbalancer', 'lb')], undefined)).toEqual([
      { id: 'blockers', status: 'passed', variant: 'free', params: expect.objectContaining({ count: 0 }) },
      { id: 'eip', status: 'passed', variant: 'none', params: {} },
    ]);
  });

  it('fails while listeners, groups, servers and policies remain, and keeps the EIP', () => {
    const steps = [
      step('policy', 'p1'),
      step('redirect', 'r1'),
      step('member', 'm1'),
      step('member', 'm2'),
      step('healthmonitor', 'h1'),
      step('pool', 'g1'),
      step('listener', 'l1'),
      step('loadbalancer', 'lb'),
    ];
    const [blockers, kept] = deleteImpactChecks(steps, '80.158.10.21');
    expect(blockers).toMatchObject({
      status: 'failed',
      variant: 'blocked',
      params: { count: 6, listeners: 1, groups: 1, members: 2, policies: 2 },
    });
    expect(kept).toMatchObject({ status: 'verify', variant: 'kept', params: { address: '80.158.10.21' } });
  });
});
