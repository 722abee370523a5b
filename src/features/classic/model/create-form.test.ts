import { describe, expect, it } from 'vitest';
import { createClassicLoadBalancerRequest } from '../../../../contract/elb-classic/load-balancers';
import {
  classicCreateForm,
  emptyClassicCreateForm,
  toClassicCreateRequest,
  type ClassicCreateForm,
} from './create-form';

const PROJECT = '0123456789abcdef0123456789abcdef';
const schema = classicCreateForm(PROJECT);

const external = (patch: Partial<ClassicCreateForm> = {}): ClassicCreateForm => ({
  ...emptyClassicCreateForm(),
  name: 'elb-classic',
  vpcId: 'vpc-1',
  ...patch,
});
const internal = (patch: Partial<ClassicCreateForm> = {}): ClassicCreateForm =>
  external({
    type: 'Internal',
    subnetId: 'subnet-1',
    subnetCidr: '10.0.1.0/24',
    securityGroupId: 'sg-web-01',
    ...patch,
  });

/** Each field's first message, as the form shows it. */
function problems(form: ClassicCreateForm): Record<string, string> {
  const result = schema.safeParse(form);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

const NAME_RULE = 'The name must be 1 to 64 characters: letters, digits, underscores (_) and hyphens (-).';
const BANDWIDTH_RULE = 'The bandwidth must be a whole number from 1 to 500 Mbit/s.';

describe('classic create form: name and description', () => {
  it('takes 1 to 64 letters, digits, underscores and hyphens', () => {
    expect(problems(external({ name: 'a'.repeat(64) }))).toEqual({});
    expect(problems(external({ name: 'A_b-9' }))).toEqual({});
    expect(problems(external({ name: 'a'.repeat(65) }))).toEqual({ name: NAME_RULE });
    expect(problems(external({ name: '' }))).toEqual({ name: NAME_RULE });
    for (const bad of ['my elb', 'elb.1', 'élb', 'elb<1>'])
      expect(problems(external({ name: bad }))).toEqual({ name: NAME_RULE });
  });

  it('takes a description of up to 128 characters without angle brackets', () => {
    expect(problems(external({ description: 'd'.repeat(128) }))).toEqual({});
    expect(problems(external({ description: 'd'.repeat(129) }))).toEqual({
      description: 'The description can contain at most 128 characters.',
    });
    expect(problems(external({ description: 'a <b>' }))).toEqual({
      description: 'The description cannot contain angle brackets (< and >).',
    });
  });
});

describe('classic create form: External', () => {
  it('takes a bandwidth from 1 to 500 Mbit/s', () => {
    expect(problems(external({ bandwidth: 1 }))).toEqual({});
    expect(problems(external({ bandwidth: 500 }))).toEqual({});
    expect(problems(external({ bandwidth: 0 }))).toEqual({ bandwidth: BANDWIDTH_RULE });
    expect(problems(external({ bandwidth: 501 }))).toEqual({ bandwidth: BANDWIDTH_RULE });
    expect(problems(external({ bandwidth: 2.5 }))).toEqual({ bandwidth: BANDWIDTH_RULE });
    expect(problems(external({ bandwidth: null }))).toEqual({
      bandwidth: 'Enter the bandwidth of the public load balancer.',
    });
  });

  it('needs a VPC, and an EIP to be picked when an existing one is used', () => {
    expect(problems(external({ vpcId: '' }))).toEqual({ vpcId: 'Select a VPC.' });
    expect(problems(external({ eipMode: 'existing' }))).toEqual({
      existingEip: 'Select an EIP that is not bound to another resource.',
    });
    expect(problems(external({ eipMode: 'existing', existingEip: '80.158.10.31' }))).toEqual({});
  });

  it('sends the bandwidth, or only the existing EIP, and never the Internal fields', () => {
    const withNew = toClassicCreateRequest(external({ bandwidth: 20, securityGroupId: 'sg', subnetId: 's' }), PROJECT);
    expect(withNew).toEqual({
      name: 'elb-classic',
      vpc_id: 'vpc-1',
      type: 'External',
      admin_state_up: true,
      bandwidth: 20,
    });
    const withExisting = toClassicCreateRequest(
      external({ eipMode: 'existing', existingEip: '80.158.10.31', adminStateUp: false, description: 'web' }),
      PROJECT,
    );
    expect(withExisting).toEqual({
      name: 'elb-classic',
      description: 'web',
      vpc_id: 'vpc-1',
      type: 'External',
      admin_state_up: false,
      vip_address: '80.158.10.31',
    });
    expect(createClassicLoadBalancerRequest.safeParse(withExisting).success).toBe(true);
  });
});

describe('classic create form: Internal', () => {
  it('needs a subnet and a security group ID, and no bandwidth', () => {
    expect(problems(internal({ bandwidth: null }))).toEqual({});
    expect(problems(internal({ subnetId: '', securityGroupId: '' }))).toEqual({
      subnetId: 'Select a subnet.',
      securityGroupId: 'The security group ID must be 1 to 200 characters: letters, digits and hyphens (-).',
    });
    expect(problems(internal({ securityGroupId: 's'.repeat(200) }))).toEqual({});
    expect(problems(internal({ securityGroupId: 's'.repeat(201) }))).toHaveProperty('securityGroupId');
    expect(problems(internal({ securityGroupId: 'sg_web' }))).toHaveProperty('securityGroupId');
  });

  it('checks a specified private IP: an IPv4 address inside the subnet', () => {
    expect(problems(internal({ ipMode: 'manual', vipAddress: '10.0.1.20' }))).toEqual({});
    expect(problems(internal({ ipMode: 'manual', vipAddress: '10.0.2.20' }))).toEqual({
      vipAddress: 'The private IP address must be inside the selected subnet.',
    });
    expect(problems(internal({ ipMode: 'manual', vipAddress: '10.0.1' }))).toEqual({
      vipAddress: 'Enter an IPv4 address such as 192.168.0.10.',
    });
  });

  it('sends subnet, security group, project, and the private IP and AZ only when chosen', () => {
    expect(toClassicCreateRequest(internal({ bandwidth: 20 }), PROJECT)).toEqual({
      name: 'elb-classic',
      vpc_id: 'vpc-1',
      type: 'Internal',
      admin_state_up: true,
      vip_subnet_id: 'subnet-1',
      security_group_id: 'sg-web-01',
      tenantId: PROJECT,
    });
    expect(
      toClassicCreateRequest(internal({ ipMode: 'manual', vipAddress: '10.0.1.20', az: 'eu-de-01' }), PROJECT),
    ).toMatchObject({ vip_address: '10.0.1.20', az: 'eu-de-01' });
  });
});
