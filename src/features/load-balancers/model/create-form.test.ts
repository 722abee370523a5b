import { describe, expect, it } from 'vitest';
import { createLoadBalancerForm, emptyCreateForm, toCreateRequests } from './create-form';

const valid = { ...emptyCreateForm(), name: 'lb-1', vpcId: 'vpc', subnetId: 'subnet', subnetCidr: '10.0.1.0/24' };
const firstMessage = (form: object) => createLoadBalancerForm.safeParse(form).error?.issues[0]?.message;

describe('create load balancer form', () => {
  it('accepts a public load balancer with a new EIP and turns it into the documented requests', () => {
    expect(createLoadBalancerForm.safeParse(valid).success).toBe(true);
    const requests = toCreateRequests({ ...valid, tags: [{ key: 'env', value: 'prod' }] }, 'p');
    expect(requests.loadBalancer).toEqual({ loadbalancer: { name: 'lb-1', vip_subnet_id: 'subnet', tenant_id: 'p' } });
    expect(requests.newEip).toEqual({
      publicip: { type: '5_bgp', ip_version: 4 },
      bandwidth: { name: 'bandwidth-elb', size: 10, share_type: 'PER' },
    });
    expect(requests.tags).toEqual([{ key: 'env', value: 'prod' }]);
  });

  it('sends a manual private IP and no EIP for a private load balancer', () => {
    const requests = toCreateRequests({ ...valid, network: 'private', ipMode: 'manual', vipAddress: '10.0.1.50' }, 'p');
    expect(requests.loadBalancer.loadbalancer.vip_address).toBe('10.0.1.50');
    expect(requests.newEip).toBeUndefined();
    expect(requests.existingEipId).toBeUndefined();
  });

  it('binds an existing EIP when chosen', () => {
    expect(toCreateRequests({ ...valid, eipMode: 'existing', existingEipId: 'eip-1' }, 'p').existingEipId).toBe(
      'eip-1',
    );
    expect(firstMessage({ ...valid, eipMode: 'existing' })).toContain('Select an EIP');
  });

  it.each([
    [{ name: '' }, 'Enter a name.'],
    [{ name: 'n'.repeat(256) }, 'at most 255 characters'],
    [{ description: 'd'.repeat(256) }, 'at most 255 characters'],
    [{ subnetId: '' }, 'Select a subnet.'],
    [{ ipMode: 'manual', vipAddress: '10.0.2.5' }, 'inside the selected subnet'],
    [{ ipMode: 'manual', vipAddress: '10.0.1' }, 'IPv4 address'],
    [{ bandwidthSize: 0 }, '1 to 1000 Mbit/s'],
    [{ bandwidthSize: 1001 }, '1 to 1000 Mbit/s'],
    [{ bandwidthSize: 320 }, 'steps of 50'],
    [{ bandwidthName: 'bad name!' }, 'letters, digits'],
    [{ bandwidthName: '' }, '1 to 64 characters'],
  ])('refuses %j with the rule', (patch, message) => {
    expect(firstMessage({ ...valid, ...patch })).toContain(message);
  });

  it.each([[{ bandwidthSize: 1 }], [{ bandwidthSize: 300 }], [{ bandwidthSize: 350 }], [{ bandwidthSize: 1000 }]])(
    'accepts the bandwidth boundary %j',
    (patch) => {
      expect(createLoadBalancerForm.safeParse({ ...valid, ...patch }).success).toBe(true);
    },
  );

  it('allows at most 10 tags at creation, with unique keys', () => {
    const tags = Array.from({ length: 11 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(firstMessage({ ...valid, tags })).toContain('at most 10 tags');
    expect(
      firstMessage({
        ...valid,
        tags: [
          { key: 'a', value: '' },
          { key: 'a', value: 'x' },
        ],
      }),
    ).toContain('unique');
  });
});
