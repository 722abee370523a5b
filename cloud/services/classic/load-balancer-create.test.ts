/** Creating classic load balancers (creating_a_load_balancer.rst): validation codes, addresses, EIPs, quotas, jobs. */
import { describe, expect, it } from 'vitest';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import type { PublicIpListResponse } from '../../../contract/vpc/publicips';
import { CLASSIC_LBS, classicOk, classicRefused, runJob } from '../../testing/classic';
import { demoWithQuotas, MISSING_ID, subnetByName } from '../../testing/elb';
import { harness, PROJECT, type Harness } from '../../testing/harness';

async function prod(h: Harness) {
  const web = await subnetByName(h, 'subnet-web');
  const staging = await subnetByName(h, 'subnet-staging');
  const external = { name: 'lb-new', vpc_id: web.vpc_id, type: 'External', bandwidth: 10, admin_state_up: 1 };
  const internal = {
    name: 'lb-private',
    vpc_id: web.vpc_id,
    type: 'Internal',
    admin_state_up: true,
    vip_subnet_id: web.id,
    security_group_id: 'sg-web',
    tenantId: PROJECT,
  };
  return { web, staging, external, internal };
}

const eips = async (h: Harness) =>
  (await classicOk<PublicIpListResponse>(h, 'GET', '/v1/:project_id/publicips')).publicips;

const bad = (code: string, message: string | RegExp) => ({ status: 400, code, message });

describe('creating classic load balancers', () => {
  it('refuses bodies with the documented code of the broken field', async () => {
    const h = harness();
    const { external, internal } = await prod(h);
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...external, type: 'Public' },
      bad('ELB.1041', /^Request parameters error, lb type is not valid\. Invalid type: /),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...external, bandwidth: 501 },
      bad(
        'ELB.1051',
        'Request parameters error, lb bandwidth is not valid. Invalid bandwidth: The bandwidth must be a whole number from 1 to 500 Mbit/s.',
      ),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...external, vpc_id: undefined },
      bad(
        'ELB.1081',
        'Request parameters error, lb vpc_id is empty. RequestBody vpc_id is null, this is a required parameter.',
      ),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...internal, vip_subnet_id: undefined },
      bad('ELB.1061', /^Request parameters error, lb vip_address and vip_subnet_id are nil\./),
    );
    await classicRefused(h, 'POST', CLASSIC_LBS, { ...external, name: 'a b' }, bad('ELB.1021', /name invalid/));
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...external, admin_state_up: 2 },
      bad('ELB.1001', /Only an administrator can freeze/),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...external, vpc_id: MISSING_ID },
      bad('ELB.8103', `Query VPC error. VPC ${MISSING_ID} does not exist.`),
    );
  });

  it('creates a private load balancer on the first free address of its subnet, PENDING_CREATE until the job ends', async () => {
    const h = harness();
    const { internal } = await prod(h);
    const job = await runJob(h, 'POST', CLASSIC_LBS, internal);
    expect(job.status).toBe('SUCCESS');
    const lb = await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${job.entities.elb!.id}`);
    expect(lb).toMatchObject({
      status: 'ACTIVE',
      type: 'Internal',
      bandwidth: null,
      security_group_id: 'sg-web',
      admin_state_up: 1,
    });
    expect(lb.vip_address).toMatch(/^10\.0\.1\.\d+$/);
    // The address is taken now: asking for it again is refused.
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...internal, vip_address: lb.vip_address },
      bad('ELB.1101', `Vip address is exist. ${lb.vip_address} is already used in subnet subnet-web.`),
    );
  });

  it('checks a private address and subnet against the VPC', async () => {
    const h = harness();
    const { internal, staging } = await prod(h);
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...internal, vip_address: '10.0.2.50' },
      bad(
        'ELB.1071',
        'Request parameters error, lb vip_address is not valid. 10.0.2.50 is not a usable address of subnet subnet-web (10.0.1.0/24).',
      ),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...internal, vip_address: '10.0.1.11' },
      bad('ELB.1101', /^Vip address is exist\./),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...internal, vip_subnet_id: staging.id },
      bad('ELB.8203', 'Query subnet error. Subnet subnet-staging is not in VPC vpc-prod.'),
    );
    const created = await h.send('POST', CLASSIC_LBS, { ...internal, vip_address: '10.0.1.77' });
    expect(created.status).toBe(200);
  });

  it('gives a public load balancer a new EIP, bound to it, with the requested bandwidth', async () => {
    const h = harness();
    const { external } = await prod(h);
    const before = await eips(h);
    const job = await runJob(h, 'POST', CLASSIC_LBS, external);
    const lb = await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${job.entities.elb!.id}`);
    const eip = (await eips(h)).find((item) => item.public_ip_address === lb.vip_address)!;
    expect(before.some((item) => item.public_ip_address === lb.vip_address)).toBe(false);
    expect(eip).toMatchObject({ status: 'ACTIVE', port_id: lb.id, bandwidth_size: 10 });
    expect(lb).toMatchObject({ status: 'ACTIVE', bandwidth: 10, security_group_id: null });
  });

  it('binds an existing unbound EIP; a bound or unknown one is refused', async () => {
    const h = harness();
    const { external } = await prod(h);
    const { bandwidth: _bandwidth, ...withEip } = { ...external, vip_address: '80.158.10.31' };
    const job = await runJob(h, 'POST', CLASSIC_LBS, withEip);
    expect(job.entities.elb).toMatchObject({ vip_address: '80.158.10.31', bandwidth: 5, status: 'ACTIVE' });
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...withEip, name: 'again' },
      bad('ELB.1101', 'Vip address is exist. EIP 80.158.10.31 is already bound.'),
    );
    await classicRefused(
      h,
      'POST',
      CLASSIC_LBS,
      { ...withEip, vip_address: '80.158.99.99' },
      bad('ELB.1071', 'Request parameters error, lb vip_address is not valid. The project has no EIP 80.158.99.99.'),
    );
  });

  it('fails the job with ELB.3001 when a new EIP is needed and the EIP quota is used up; the ERROR row can be deleted', async () => {
    const h = harness(demoWithQuotas((snapshot) => ({ publicip: snapshot.tables.publicips.length })));
    const { external } = await prod(h);
    const job = await runJob(h, 'POST', CLASSIC_LBS, external);
    expect(job).toMatchObject({
      status: 'FAIL',
      error_code: 'ELB.3001',
      fail_reason: 'Create floating IP failed: the EIP quota of the project is used up.',
    });
    const lb = await classicOk<ClassicLoadBalancer>(h, 'GET', `${CLASSIC_LBS}/${job.entities.elb!.id}`);
    expect(lb).toMatchObject({ status: 'ERROR', vip_address: '' });
    await classicRefused(
      h,
      'PUT',
      `${CLASSIC_LBS}/${lb.id}`,
      { name: 'x' },
      bad('ELB.1015', 'Lb can not be updated. Load balancer lb-new failed to be created; it can only be deleted.'),
    );
    expect((await runJob(h, 'DELETE', `${CLASSIC_LBS}/${lb.id}`)).status).toBe('SUCCESS');
    await classicRefused(h, 'GET', `${CLASSIC_LBS}/${lb.id}`, undefined, {
      status: 404,
      code: 'ELB.1002',
      message: /does not exist/,
    });
  });

  it('answers ELB.1091 when the classic load balancer quota is used up', async () => {
    const h = harness('quota-full');
    const { external } = await prod(h);
    await classicRefused(h, 'POST', CLASSIC_LBS, external, {
      status: 403,
      code: 'ELB.1091',
      message: 'Lb number larger than quota.',
    });
  });
});
