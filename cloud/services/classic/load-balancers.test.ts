import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type {
  ClassicLoadBalancer,
  ClassicLoadBalancerListResponse,
} from '../../../contract/elb-classic/load-balancers';
import { harness } from '../../testing/harness';

describe('classic load balancers (read)', () => {
  it('lists every classic load balancer with instance_num as a string, and shows one', async () => {
    const h = harness();
    const list = await h.send<ClassicLoadBalancerListResponse>('GET', '/v1.0/:project_id/elbaas/loadbalancers');
    expect(list.status).toBe(200);
    expect(list.body.instance_num).toBe(String(list.body.loadbalancers.length));
    const portal = list.body.loadbalancers.find((lb) => lb.name === 'classic-portal')!;
    expect(portal).toMatchObject({ type: 'External', vip_address: '80.158.10.40', bandwidth: 20, admin_state_up: 1 });
    expect(portal.id).toMatch(/^[0-9a-f]{32}$/);
    expect(portal.create_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const one = await h.send<ClassicLoadBalancer>('GET', `/v1.0/:project_id/elbaas/loadbalancers/${portal.id}`);
    expect(one.body).toEqual(portal);
  });

  it('answers an unknown ID with the classic error body', async () => {
    const h = harness();
    const missing = await h.send<WrappedErrorBody>(
      'GET',
      '/v1.0/:project_id/elbaas/loadbalancers/0123456789abcdef0123456789abcdef',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ELB.1002');
  });
});
