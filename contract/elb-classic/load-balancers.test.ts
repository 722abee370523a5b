import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  canDeleteClassicKeepingEip,
  classicLbLock,
  classicLoadBalancerFields,
  classicLoadBalancerPaths,
  createClassicLoadBalancerRequest,
  toClassicAdminState,
  updateClassicLoadBalancerRequest,
} from './load-balancers';

const external = {
  name: 'loadbalancer1',
  description: 'simple lb',
  vpc_id: 'f54a3ffd-7a55-4568-9e3d-f0ff2d46a107',
  bandwidth: 200,
  type: 'External',
  admin_state_up: true,
};
const internal = {
  name: 'lb-internal',
  vpc_id: 'f54a3ffd-7a55-4568-9e3d-f0ff2d46a107',
  type: 'Internal',
  admin_state_up: 1,
  vip_subnet_id: 'a2b3c4d5-0000-4000-8000-000000000001',
  security_group_id: 'sg-1234-abcd',
  tenantId: '73cd9140bec7427ab9952b4ed75924e0',
};

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('classic load balancer paths', () => {
  it('spell the documented URIs', () => {
    const params = { project_id: 'p', loadbalancer_id: 'lb' };
    expect(buildPath(classicLoadBalancerPaths.list, params)).toBe('/v1.0/p/elbaas/loadbalancers');
    expect(buildPath(classicLoadBalancerPaths.item, params)).toBe('/v1.0/p/elbaas/loadbalancers/lb');
    expect(buildPath(classicLoadBalancerPaths.keepEip, params)).toBe('/v1.0/p/elbaas/loadbalancers/lb/keep-eip');
  });
  it('keep the EIP only for External load balancers that have one', () => {
    expect(canDeleteClassicKeepingEip({ type: 'External', vip_address: '80.158.10.40' })).toBe(true);
    expect(canDeleteClassicKeepingEip({ type: 'External', vip_address: '' })).toBe(false);
    expect(canDeleteClassicKeepingEip({ type: 'Internal', vip_address: '10.0.1.150' })).toBe(false);
  });
  it('lock a frozen, creating or failed load balancer', () => {
    expect(classicLbLock({ admin_state_up: 2, status: 'ACTIVE' })).toBe('frozen');
    expect(classicLbLock({ admin_state_up: 1, status: 'PENDING_CREATE' })).toBe('creating');
    expect(classicLbLock({ admin_state_up: 1, status: 'ERROR' })).toBe('error');
    expect(classicLbLock({ admin_state_up: 0, status: 'ACTIVE' })).toBeUndefined();
  });
});

describe('classic load balancer fields', () => {
  it.each(['a', 'A-z_09', 'x'.repeat(64)])('name %s is accepted', (name) => {
    expect(classicLoadBalancerFields.name.safeParse(name).success).toBe(true);
  });
  it.each(['', 'x'.repeat(65), 'has space', 'dot.name', 'ümlaut'])('name "%s" is refused', (name) => {
    const result = classicLoadBalancerFields.name.safeParse(name);
    expect(result.error?.issues[0]?.message).toBe(
      'The name must be 1 to 64 characters: letters, digits, underscores (_) and hyphens (-).',
    );
  });
  it('description: 0 to 128 characters without angle brackets', () => {
    const { description } = classicLoadBalancerFields;
    expect(description.safeParse('').success).toBe(true);
    expect(description.safeParse('d'.repeat(128)).success).toBe(true);
    expect(description.safeParse('d'.repeat(129)).error?.issues[0]?.message).toContain('at most 128');
    expect(description.safeParse('a <b>').error?.issues[0]?.message).toContain('angle brackets');
    expect(description.safeParse('a > b').success).toBe(false);
  });
  it.each([1, 500])('bandwidth %i is accepted', (value) => {
    expect(classicLoadBalancerFields.bandwidth.safeParse(value).success).toBe(true);
  });
  it.each([0, 501, 1.5])('bandwidth %d is refused with the range', (value) => {
    expect(classicLoadBalancerFields.bandwidth.safeParse(value).error?.issues[0]?.message).toBe(
      'The bandwidth must be a whole number from 1 to 500 Mbit/s.',
    );
  });
  it('security group ID: 1 to 200 letters, digits and hyphens', () => {
    const { security_group_id: sg } = classicLoadBalancerFields;
    expect(sg.safeParse('a').success).toBe(true);
    expect(sg.safeParse('a'.repeat(200)).success).toBe(true);
    expect(sg.safeParse('a'.repeat(201)).success).toBe(false);
    expect(sg.safeParse('').success).toBe(false);
    expect(sg.safeParse('sg_1').success).toBe(false);
  });
  it('admin_state_up takes 0, 1, false, true and refuses the administrator-only 2', () => {
    const { admin_state_up: state } = classicLoadBalancerFields;
    for (const value of [0, 1, true, false]) expect(state.safeParse(value).success).toBe(true);
    expect(state.safeParse(2).error?.issues[0]?.message).toBe(
      'Only an administrator can freeze a load balancer (admin_state_up 2).',
    );
    expect(state.safeParse(3).error?.issues[0]?.message).toContain('must be 0 or false');
  });
  it('charge mode is traffic (or blank)', () => {
    expect(classicLoadBalancerFields.charge_mode.safeParse('traffic').success).toBe(true);
    expect(classicLoadBalancerFields.charge_mode.safeParse('').success).toBe(true);
    expect(classicLoadBalancerFields.charge_mode.safeParse('bandwidth').success).toBe(false);
  });
  it('reads admin_state_up from integers or booleans', () => {
    expect([
      toClassicAdminState(true),
      toClassicAdminState(false),
      toClassicAdminState(1),
      toClassicAdminState(2),
    ]).toEqual([1, 0, 1, 2]);
  });
});

describe('createClassicLoadBalancerRequest', () => {
  it('accepts both documented examples', () => {
    expect(createClassicLoadBalancerRequest.safeParse(external).success).toBe(true);
    const withEip = { ...external, bandwidth: undefined, vip_address: '192.144.164.74' };
    expect(createClassicLoadBalancerRequest.safeParse(withEip).success).toBe(true);
  });
  it('requires name, vpc_id, type and admin_state_up', () => {
    const result = createClassicLoadBalancerRequest.safeParse({});
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'vpc_id', 'type', 'admin_state_up']));
  });
  it('External needs a bandwidth unless an existing EIP is given', () => {
    const result = createClassicLoadBalancerRequest.safeParse({ ...external, bandwidth: undefined });
    expect(messagesOf(result)).toEqual(['bandwidth: Enter the bandwidth of the public load balancer.']);
  });
  it('External with an existing EIP refuses bandwidth, charge_mode and eip_type', () => {
    const result = createClassicLoadBalancerRequest.safeParse({
      ...external,
      vip_address: '192.144.164.74',
      charge_mode: 'traffic',
      eip_type: '5_bgp',
    });
    expect(messagesOf(result)).toEqual([
      'bandwidth: The bandwidth is not used when an existing EIP (vip_address) is chosen.',
      'charge_mode: The charge mode is not used when an existing EIP (vip_address) is chosen.',
      'eip_type: The EIP type is not used when an existing EIP (vip_address) is chosen.',
    ]);
  });
  it('External refuses an AZ; Internal accepts one', () => {
    expect(messagesOf(createClassicLoadBalancerRequest.safeParse({ ...external, az: 'eu-de-01' }))).toEqual([
      'az: An AZ can be chosen only for a private (Internal) load balancer.',
    ]);
    expect(createClassicLoadBalancerRequest.safeParse({ ...internal, az: 'eu-de-01' }).success).toBe(true);
  });
  it('External ignores security_group_id as documented', () => {
    expect(createClassicLoadBalancerRequest.safeParse({ ...external, security_group_id: 'sg-1' }).success).toBe(true);
  });
  it('Internal needs a subnet, a security group and tenantId', () => {
    expect(createClassicLoadBalancerRequest.safeParse(internal).success).toBe(true);
    const result = createClassicLoadBalancerRequest.safeParse({
      ...internal,
      vip_subnet_id: undefined,
      security_group_id: undefined,
      tenantId: undefined,
    });
    expect(messagesOf(result)).toEqual([
      'vip_subnet_id: Select a subnet for the private load balancer.',
      'security_group_id: Select a security group for the private load balancer.',
      'tenantId: tenantId (the project ID) is required for a private load balancer.',
    ]);
  });
  it('Internal accepts a private vip_address and checks it is IPv4', () => {
    expect(createClassicLoadBalancerRequest.safeParse({ ...internal, vip_address: '192.168.0.10' }).success).toBe(true);
    expect(createClassicLoadBalancerRequest.safeParse({ ...internal, vip_address: '192.168.0' }).success).toBe(false);
  });
  it('refuses admin_state_up 2 from users and a malformed tenantId', () => {
    expect(messagesOf(createClassicLoadBalancerRequest.safeParse({ ...external, admin_state_up: 2 }))).toEqual([
      'admin_state_up: Only an administrator can freeze a load balancer (admin_state_up 2).',
    ]);
    expect(createClassicLoadBalancerRequest.safeParse({ ...internal, tenantId: 'project' }).success).toBe(false);
  });
  it('refuses an unknown network type', () => {
    expect(messagesOf(createClassicLoadBalancerRequest.safeParse({ ...external, type: 'Public' }))).toEqual([
      'type: The network type must be External or Internal.',
    ]);
  });
});

describe('updateClassicLoadBalancerRequest', () => {
  it('accepts the documented example and each field alone', () => {
    const example = { description: 'simple lb', name: 'loadbalancer1', bandwidth: 200, admin_state_up: true };
    expect(updateClassicLoadBalancerRequest.safeParse(example).success).toBe(true);
    expect(updateClassicLoadBalancerRequest.safeParse({ admin_state_up: 0 }).success).toBe(true);
    expect(updateClassicLoadBalancerRequest.safeParse({ bandwidth: 500 }).success).toBe(true);
  });
  it('refuses an empty body, bandwidth out of range and freezing', () => {
    expect(messagesOf(updateClassicLoadBalancerRequest.safeParse({}))).toEqual([
      ': The request must change at least one field.',
    ]);
    expect(updateClassicLoadBalancerRequest.safeParse({ bandwidth: 501 }).success).toBe(false);
    expect(updateClassicLoadBalancerRequest.safeParse({ bandwidth: 0 }).success).toBe(false);
    expect(updateClassicLoadBalancerRequest.safeParse({ admin_state_up: 2 }).success).toBe(false);
    expect(updateClassicLoadBalancerRequest.safeParse({ name: '' }).success).toBe(false);
  });
});
