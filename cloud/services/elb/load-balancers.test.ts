import { describe, expect, it } from 'vitest';
import type { ElbErrorBody } from '../../../contract/common';
import type { LoadBalancerListResponse, LoadBalancerResponse } from '../../../contract/elb-v2/load-balancers';
import type { StatusTreeResponse } from '../../../contract/elb-v2/status-tree';
import type { TraceListResponse } from '../../../contract/cts/traces';
import type { SubnetListResponse } from '../../../contract/vpc/vpcs';
import { harness } from '../../testing/harness';

const LBS = '/v2.0/lbaas/loadbalancers';

async function firstSubnet(h: ReturnType<typeof harness>, name = 'subnet-web') {
  const { body } = await h.send<SubnetListResponse>('GET', '/v1/:project_id/subnets');
  return body.subnets.find((subnet) => subnet.name === name)!;
}

describe('load balancers', () => {
  it('creates, shows, renames and deletes a load balancer, auditing each write', async () => {
    const h = harness();
    const subnet = await firstSubnet(h);
    const created = await h.send<LoadBalancerResponse>('POST', LBS, {
      loadbalancer: { name: 'lb-new', vip_subnet_id: subnet.neutron_subnet_id },
    });
    expect(created.status).toBe(201);
    const lb = created.body.loadbalancer;
    expect(lb).toMatchObject({
      name: 'lb-new',
      provider: 'vlb',
      provisioning_status: 'ACTIVE',
      listeners: [],
      admin_state_up: true,
    });
    expect(lb.vip_address).toMatch(/^10\.0\.1\.\d+$/);
    expect(lb.created_at).toHaveLength(19);

    const renamed = await h.send<LoadBalancerResponse>('PUT', `${LBS}/${lb.id}`, {
      loadbalancer: { name: 'lb-renamed' },
    });
    expect(renamed.body.loadbalancer.name).toBe('lb-renamed');
    expect((await h.send('DELETE', `${LBS}/${lb.id}`)).status).toBe(204);
    expect((await h.send<ElbErrorBody>('GET', `${LBS}/${lb.id}`)).body.error_code).toBe('ELB.8904');

    const traces = await h.send<TraceListResponse>('GET', `/v3/:project_id/traces?resource_id=${lb.id}&limit=10`);
    expect(traces.body.traces.map((trace) => trace.trace_name)).toEqual([
      'deleteLoadbalancer',
      'updateLoadbalancer',
      'createLoadbalancer',
    ]);
    expect(traces.body.traces[2]).toMatchObject({
      code: '201',
      trace_rating: 'normal',
      service_type: 'ELB',
      resource_type: 'loadbalancer',
      resource_name: 'lb-new',
    });
  });

  it('refuses a missing subnet, a used or foreign private IP and bad names with documented errors', async () => {
    const h = harness();
    const subnet = await firstSubnet(h);
    const missing = await h.send<ElbErrorBody>('POST', LBS, { loadbalancer: { name: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      error_code: 'ELB.9805',
      error_msg: 'RequestBody loadbalancer[vip_subnet_id] is null, this is a required parameter.',
    });
    const used = await h.send<ElbErrorBody>('POST', LBS, {
      loadbalancer: { vip_subnet_id: subnet.neutron_subnet_id, vip_address: '10.0.1.100' },
    });
    expect(used.body.error_code).toBe('ELB.1101');
    const foreign = await h.send<ElbErrorBody>('POST', LBS, {
      loadbalancer: { vip_subnet_id: subnet.neutron_subnet_id, vip_address: '10.0.2.5' },
    });
    expect(foreign.status).toBe(400);
    const long = await h.send<ElbErrorBody>('POST', LBS, {
      loadbalancer: { vip_subnet_id: subnet.neutron_subnet_id, name: 'n'.repeat(256) },
    });
    expect(long.body.error_msg).toContain('at most 255 characters');
    const failed = await h.send<TraceListResponse>('GET', '/v3/:project_id/traces?trace_rating=warning&limit=50');
    expect(failed.body.traces.length).toBe(4);
  });

  it('refuses a create beyond the quota with ELB.1091', async () => {
    const h = harness('quota-full');
    const subnet = await firstSubnet(h);
    const over = await h.send<ElbErrorBody>('POST', LBS, { loadbalancer: { vip_subnet_id: subnet.neutron_subnet_id } });
    expect(over.status).toBe(403);
    expect(over.body.error_code).toBe('ELB.1091');
  });

  it('keeps a load balancer PENDING for the provisioning window and refuses updates meanwhile', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const subnet = await firstSubnet(h);
    const { body } = await h.send<LoadBalancerResponse>('POST', LBS, {
      loadbalancer: { vip_subnet_id: subnet.neutron_subnet_id },
    });
    expect(body.loadbalancer.provisioning_status).toBe('PENDING_CREATE');
    const early = await h.send<ElbErrorBody>('PUT', `${LBS}/${body.loadbalancer.id}`, { loadbalancer: { name: 'x' } });
    expect(early.status).toBe(409);
    h.clock.advance(1000);
    const later = await h.send<LoadBalancerResponse>('GET', `${LBS}/${body.loadbalancer.id}`);
    expect(later.body.loadbalancer.provisioning_status).toBe('ACTIVE');
  });

  it('refuses to delete a load balancer that still has listeners', async () => {
    const h = harness();
    const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-web-prod`);
    const res = await h.send<ElbErrorBody>('DELETE', `${LBS}/${body.loadbalancers[0]!.id}`);
    expect(res.status).toBe(409);
    expect(res.body.error_msg).toContain('listener');
  });

  it('disables a load balancer and the status tree says DISABLED', async () => {
    const h = harness();
    const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-web-prod`);
    const id = body.loadbalancers[0]!.id;
    await h.send('PUT', `${LBS}/${id}`, { loadbalancer: { admin_state_up: false } });
    const tree = await h.send<StatusTreeResponse>('GET', `${LBS}/${id}/statuses`);
    expect(tree.body.statuses.loadbalancer.operating_status).toBe('DISABLED');
    expect(
      tree.body.statuses.loadbalancer.listeners[0]!.pools[0]!.members.every((m) => m.operating_status === 'DISABLED'),
    ).toBe(true);
  });
});

describe('status tree health', () => {
  it('derives member health from the ECS state and the listening ports', async () => {
    const h = harness();
    const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-api-internal`);
    const tree = await h.send<StatusTreeResponse>('GET', `${LBS}/${body.loadbalancers[0]!.id}/statuses`);
    const members = tree.body.statuses.loadbalancer.pools[0]!.members;
    expect(members.map((m) => `${m.address}:${m.operating_status}`).sort()).toEqual([
      '10.0.2.21:ONLINE',
      '10.0.2.22:ONLINE',
      '10.0.2.23:ONLINE',
      '10.0.2.24:OFFLINE',
    ]);
    const staging = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-staging`);
    const stagingTree = await h.send<StatusTreeResponse>('GET', `${LBS}/${staging.body.loadbalancers[0]!.id}/statuses`);
    expect(
      stagingTree.body.statuses.loadbalancer.pools[0]!.members.map((m) => `${m.address}:${m.operating_status}`).sort(),
    ).toEqual(['172.16.10.11:ONLINE', '172.16.10.12:OFFLINE']);
  });
});
