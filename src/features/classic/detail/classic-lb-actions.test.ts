import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { classicLbActions } from './classic-lb-actions';

const t = ((key: string) => key) as unknown as TFunction;
const lb = (patch: Partial<ClassicLoadBalancer> = {}): ClassicLoadBalancer => ({
  id: 'c1',
  name: 'classic-portal',
  description: null,
  status: 'ACTIVE',
  type: 'External',
  vip_address: '80.158.10.40',
  bandwidth: 20,
  vpc_id: 'v1',
  admin_state_up: 1,
  vip_subnet_id: null,
  security_group_id: null,
  create_time: '2026-01-01 00:00:00',
  update_time: '2026-01-01 00:00:00',
  ...patch,
});

const reasons = (item: ClassicLoadBalancer, jobRunning = false) => {
  const actions = classicLbActions({ t, jobRunning: () => jobRunning, open: vi.fn() });
  return Object.fromEntries(Object.entries(actions).map(([kind, action]) => [kind, action.reason(item)]));
};

describe('classic load balancer actions', () => {
  it('allows what a running load balancer can do', () => {
    expect(reasons(lb())).toEqual({
      enable: 'classic:detail.reasons.enabled',
      disable: undefined,
      bandwidth: undefined,
      delete: undefined,
    });
    expect(reasons(lb({ admin_state_up: 0, type: 'Internal' }))).toMatchObject({
      enable: undefined,
      disable: 'classic:detail.reasons.disabled',
      bandwidth: 'classic:detail.reasons.internal',
    });
  });

  it('refuses everything while frozen or being created, as the API does (ELB.1015)', () => {
    const frozen = reasons(lb({ admin_state_up: 2 }));
    expect(new Set(Object.values(frozen))).toEqual(new Set(['classic:detail.reasons.frozen']));
    const creating = reasons(lb({ status: 'PENDING_CREATE' }));
    expect(new Set(Object.values(creating))).toEqual(new Set(['classic:detail.reasons.creating']));
  });

  it('lets a failed load balancer only be deleted', () => {
    expect(reasons(lb({ status: 'ERROR' }))).toEqual({
      enable: 'classic:detail.reasons.error',
      disable: 'classic:detail.reasons.error',
      bandwidth: 'classic:detail.reasons.error',
      delete: undefined,
    });
  });

  it('waits for a running job of the load balancer', () => {
    expect(new Set(Object.values(reasons(lb(), true)))).toEqual(new Set(['classic:detail.reasons.jobRunning']));
  });
});
