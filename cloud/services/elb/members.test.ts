import { describe, expect, it } from 'vitest';
import type {
  AddMemberRequest,
  BatchUpdateMembersRequest,
  Member,
  MemberListResponse,
  MemberResponse,
} from '../../../contract/elb-v2/members';
import type { PoolResponse } from '../../../contract/elb-v2/pools';
import type { StatusTreeResponse } from '../../../contract/elb-v2/status-tree';
import { harness, PROJECT, type Harness } from '../../testing/harness';
import {
  conflict,
  demoWithQuotas,
  immutable,
  invalid,
  invalidParameter,
  lbByName,
  makePending,
  MISSING_ID,
  notFound,
  ok,
  poolByName,
  recordedTraces,
  refused,
  subnetByName,
  V2,
} from '../../testing/elb';

const membersPath = (poolId: string) => `${V2}/pools/${poolId}/members`;

async function membersOf(h: Harness, poolId: string): Promise<Member[]> {
  return (await ok<MemberListResponse>(h, 'GET', membersPath(poolId))).members;
}

const endpoints = (members: Member[]) => members.map((member) => `${member.address}:${member.protocol_port}`).sort();

/** server_group-web (elb-web-prod, vpc-prod) and the Neutron IDs of the subnets the tests use. */
async function setup(h: Harness) {
  const web = await poolByName(h, 'server_group-web');
  const subnet = {
    web: (await subnetByName(h, 'subnet-web')).neutron_subnet_id,
    app: (await subnetByName(h, 'subnet-app')).neutron_subnet_id,
    staging: (await subnetByName(h, 'subnet-staging')).neutron_subnet_id,
  };
  return { web, subnet };
}

async function addMember(h: Harness, poolId: string, member: AddMemberRequest['member']) {
  return (await ok<MemberResponse>(h, 'POST', membersPath(poolId), { member })).member;
}

async function batch(h: Harness, poolId: string, body: BatchUpdateMembersRequest | Record<string, unknown>) {
  const res = await h.send('PUT', membersPath(poolId), body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  // batch_updating_backend_servers.rst: "Response: None", 202 Accepted.
  expect(res.body).toBeUndefined();
}

const quotaFault = {
  status: 403,
  code: 'ELB.2001',
  message: 'Create member failed, the total amount of members exceeds the system setting.',
};

describe('adding a backend server', () => {
  it('adds a server with weight 1 and derives its health from the server and the health check', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    // ecs-win-iis-01 listens on 80: the group's HTTP check finds it healthy.
    const iis = await addMember(h, web.id, { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web });
    expect(iis).toMatchObject({
      tenant_id: PROJECT,
      name: '',
      address: '10.0.1.40',
      protocol_port: 80,
      subnet_id: subnet.web,
      admin_state_up: true,
      weight: 1,
      operating_status: 'ONLINE',
      pool_id: web.id,
    });
    // Nothing listens on 8080 there; nobody has 10.0.1.200.
    const wrongPort = await addMember(h, web.id, { address: '10.0.1.40', protocol_port: 8080, subnet_id: subnet.web });
    const noServer = await addMember(h, web.id, {
      address: '10.0.1.200',
      protocol_port: 80,
      subnet_id: subnet.web,
      name: 'ghost',
      weight: 0,
    });
    expect([wrongPort.operating_status, noServer.operating_status]).toEqual(['OFFLINE', 'OFFLINE']);
    expect(noServer).toMatchObject({ name: 'ghost', weight: 0, device_id: '' });
    const shown = await ok<MemberResponse>(h, 'GET', `${membersPath(web.id)}/${iis.id}`);
    expect(shown.member).toEqual(iis);
    const pool = await ok<PoolResponse>(h, 'GET', `${V2}/pools/${web.id}`);
    expect(pool.pool.members).toHaveLength(7);
    const lb = await lbByName(h, 'elb-web-prod');
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lb.id}/statuses`);
    const node = tree.statuses.loadbalancer.pools.find((item) => item.id === web.id)!;
    expect(node.members.find((member) => member.id === iis.id)).toMatchObject({ operating_status: 'ONLINE' });
  });

  it('reports NO_MONITOR in a group without a health check', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const { pool } = await ok<PoolResponse>(h, 'POST', `${V2}/pools`, {
      pool: { loadbalancer_id: lb.id, protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' },
    });
    const member = await addMember(h, pool.id, {
      address: '10.0.1.11',
      protocol_port: 80,
      subnet_id: lb.vip_subnet_id,
    });
    expect(member.operating_status).toBe('NO_MONITOR');
  });

  it('accepts another subnet of the same VPC, refuses other VPCs and addresses outside the subnet', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    await addMember(h, web.id, { address: '10.0.2.21', protocol_port: 8080, subnet_id: subnet.app });
    await refused(
      h,
      'POST',
      membersPath(web.id),
      { member: { address: '10.0.2.22', protocol_port: 80, subnet_id: subnet.web } },
      invalidParameter('Invalid member[address]: 10.0.2.22 is not in subnet subnet-web (10.0.1.0/24).'),
    );
    await refused(
      h,
      'POST',
      membersPath(web.id),
      { member: { address: '172.16.10.11', protocol_port: 80, subnet_id: subnet.staging } },
      invalidParameter(
        'Invalid member[subnet_id]: Subnet subnet-staging is not in the VPC of the load balancer; backend servers must be in the same VPC.',
      ),
    );
    await refused(
      h,
      'POST',
      membersPath(web.id),
      { member: { address: '10.0.1.50', protocol_port: 80, subnet_id: MISSING_ID } },
      notFound('subnet', MISSING_ID),
    );
    expect(await membersOf(h, web.id)).toHaveLength(5);
  });

  it('refuses a second server with the same address and port in one group (409)', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    await refused(
      h,
      'POST',
      membersPath(web.id),
      { member: { address: '10.0.1.11', protocol_port: 80, subnet_id: subnet.web } },
      conflict('A backend server with address 10.0.1.11 and port 80 is already in this backend server group.'),
    );
    // Another port, or the same endpoint in another group, is fine.
    await addMember(h, web.id, { address: '10.0.1.11', protocol_port: 443, subnet_id: subnet.web });
    const api = await poolByName(h, 'server_group-api');
    await addMember(h, api.id, { address: '10.0.1.11', protocol_port: 80, subnet_id: subnet.web });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'no subnet',
      { address: '10.0.1.50', protocol_port: 80 },
      'RequestBody member[subnet_id] is null, this is a required parameter.',
    ],
    [
      'a host name',
      { address: 'web-01', protocol_port: 80 },
      'Invalid member[address]: Enter an IPv4 address such as 192.168.0.10.',
    ],
    [
      'weight 101',
      { address: '10.0.1.50', protocol_port: 80, weight: 101 },
      'Invalid member[weight]: The weight must be a whole number from 0 to 100.',
    ],
    [
      'port 65536',
      { address: '10.0.1.50', protocol_port: 65536 },
      'Invalid member[protocol_port]: The port must be a whole number from 1 to 65535.',
    ],
  ])('refuses %s with ELB.9805', async (_case, member, message) => {
    const h = harness();
    const { web, subnet } = await setup(h);
    const body = { member: { subnet_id: message.includes('subnet_id') ? undefined : subnet.web, ...member } };
    await refused(h, 'POST', membersPath(web.id), body, invalid(message));
  });

  it('answers 404 for a missing group', async () => {
    const h = harness();
    const { subnet } = await setup(h);
    const member = { address: '10.0.1.50', protocol_port: 80, subnet_id: subnet.web };
    await refused(h, 'POST', membersPath(MISSING_ID), { member }, notFound('pool', MISSING_ID));
  });

  it('refuses a server beyond the member quota, or beyond members_per_pool, with 403 ELB.2001', async () => {
    const total = harness(demoWithQuotas((snapshot) => ({ member: snapshot.tables.members.length })));
    const member = { address: '10.0.1.50', protocol_port: 80 };
    const a = await setup(total);
    await refused(total, 'POST', membersPath(a.web.id), { member: { ...member, subnet_id: a.subnet.web } }, quotaFault);

    const perPool = harness(demoWithQuotas(() => ({ members_per_pool: 4 })));
    const b = await setup(perPool);
    await refused(
      perPool,
      'POST',
      membersPath(b.web.id),
      { member: { ...member, subnet_id: b.subnet.web } },
      quotaFault,
    );
    // server_group-staging has 2 of its 4.
    const staging = await poolByName(perPool, 'server_group-staging');
    const stagingSubnet = (await subnetByName(perPool, 'subnet-staging')).neutron_subnet_id;
    await addMember(perPool, staging.id, { address: '172.16.10.50', protocol_port: 80, subnet_id: stagingSubnet });
  });
});

describe('updating a backend server', () => {
  it('changes weight, name and admin state; a disabled server reads DISABLED in the status tree', async () => {
    const h = harness();
    const { web } = await setup(h);
    const [first] = await membersOf(h, web.id);
    const path = `${membersPath(web.id)}/${first!.id}`;
    const weighted = await ok<MemberResponse>(h, 'PUT', path, { member: { weight: 0, name: 'drain-me' } });
    expect(weighted.member).toEqual({ ...first, weight: 0, name: 'drain-me' });
    const disabled = await ok<MemberResponse>(h, 'PUT', path, { member: { admin_state_up: false } });
    expect(disabled.member).toMatchObject({ admin_state_up: false, operating_status: 'OFFLINE' });
    const lb = await lbByName(h, 'elb-web-prod');
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lb.id}/statuses`);
    const node = tree.statuses.loadbalancer.pools.find((item) => item.id === web.id)!;
    expect(node.members.find((member) => member.id === first!.id)?.operating_status).toBe('DISABLED');
  });

  it('refuses an empty change, a bad weight, fields that cannot change, and members of other groups', async () => {
    const h = harness();
    const { web } = await setup(h);
    const [first] = await membersOf(h, web.id);
    const path = `${membersPath(web.id)}/${first!.id}`;
    await refused(
      h,
      'PUT',
      path,
      { member: {} },
      invalid('Invalid member: The request must change at least one field.'),
    );
    await refused(
      h,
      'PUT',
      path,
      { member: { weight: -1 } },
      invalid('Invalid member[weight]: The weight must be a whole number from 0 to 100.'),
    );
    const api = await poolByName(h, 'server_group-api');
    await refused(
      h,
      'PUT',
      `${membersPath(api.id)}/${first!.id}`,
      { member: { weight: 2 } },
      notFound('member', first!.id),
    );
    await refused(
      h,
      'PUT',
      `${membersPath(web.id)}/${MISSING_ID}`,
      { member: { weight: 2 } },
      notFound('member', MISSING_ID),
    );
    // Address and port are not part of the update body: they are left alone.
    const moved = await ok<MemberResponse>(h, 'PUT', path, { member: { weight: 3, address: '10.0.1.99' } });
    expect(moved.member.address).toBe(first!.address);
  });
});

describe('batch updating backend servers', () => {
  it('adds servers in one call, each with the single-add defaults', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    await batch(h, web.id, {
      action: 'add',
      members: [
        { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web, name: 'iis' },
        { address: '10.0.2.21', protocol_port: 8080, subnet_id: subnet.app, weight: 7 },
      ],
    });
    const members = await membersOf(h, web.id);
    expect(members).toHaveLength(6);
    expect(members.find((member) => member.address === '10.0.1.40')).toMatchObject({
      name: 'iis',
      weight: 1,
      operating_status: 'ONLINE',
    });
    expect(members.find((member) => member.address === '10.0.2.21')).toMatchObject({ name: '', weight: 7 });
    // An empty add changes nothing.
    await batch(h, web.id, { action: 'add', members: [] });
    expect(await membersOf(h, web.id)).toHaveLength(6);
  });

  it('adds up to 200 servers per call and refuses 201', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const { pool } = await ok<PoolResponse>(h, 'POST', `${V2}/pools`, {
      pool: { loadbalancer_id: lb.id, protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN' },
    });
    const many = (count: number, firstPort: number) =>
      Array.from({ length: count }, (_, index) => ({
        address: '10.0.1.11',
        protocol_port: firstPort + index,
        subnet_id: lb.vip_subnet_id,
      }));
    await refused(
      h,
      'PUT',
      membersPath(pool.id),
      { action: 'add', members: many(201, 1000) },
      invalid('Invalid members: At most 200 backend servers can be changed in one request.'),
    );
    expect(await membersOf(h, pool.id)).toEqual([]);
    await batch(h, pool.id, { action: 'add', members: many(200, 1000) });
    expect(await membersOf(h, pool.id)).toHaveLength(200);
    await refused(
      h,
      'PUT',
      membersPath(pool.id),
      { action: 'delete', members: Array.from({ length: 201 }, () => ({ id: MISSING_ID })) },
      invalid('Invalid members: At most 200 backend servers can be changed in one request.'),
    );
  });

  it('is all-or-nothing: one refused entry leaves the group as it was', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    const before = await membersOf(h, web.id);
    const fresh = { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web };
    await refused(
      h,
      'PUT',
      membersPath(web.id),
      { action: 'add', members: [fresh, { address: '10.0.1.11', protocol_port: 80, subnet_id: subnet.web }] },
      conflict('A backend server with address 10.0.1.11 and port 80 is already in this backend server group.'),
    );
    await refused(
      h,
      'PUT',
      membersPath(web.id),
      { action: 'add', members: [fresh, { address: '10.0.2.40', protocol_port: 80, subnet_id: subnet.web }] },
      invalidParameter('Invalid members[1][address]: 10.0.2.40 is not in subnet subnet-web (10.0.1.0/24).'),
    );
    await refused(
      h,
      'PUT',
      membersPath(web.id),
      { action: 'add', members: [fresh, { ...fresh, weight: 2 }] },
      invalid(
        'Invalid members[1][address]: 10.0.1.40:80 is listed more than once; a backend server group cannot have two servers with the same address and port.',
      ),
    );
    await refused(
      h,
      'PUT',
      membersPath(web.id),
      { action: 'delete', members: [{ id: before[0]!.id }, { id: MISSING_ID }] },
      notFound('member', MISSING_ID),
    );
    const other = (await membersOf(h, (await poolByName(h, 'server_group-api')).id))[0]!;
    await refused(
      h,
      'PUT',
      membersPath(web.id),
      { action: 'delete', members: [{ id: before[1]!.id }, { id: other.id }] },
      notFound('member', other.id),
    );
    expect(await membersOf(h, web.id)).toEqual(before);
  });

  it('refuses a batch beyond the quota as a whole', async () => {
    const h = harness(demoWithQuotas((snapshot) => ({ member: snapshot.tables.members.length + 1 })));
    const { web, subnet } = await setup(h);
    const two = [
      { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web },
      { address: '10.0.1.41', protocol_port: 80, subnet_id: subnet.web },
    ];
    await refused(h, 'PUT', membersPath(web.id), { action: 'add', members: two }, quotaFault);
    expect(await membersOf(h, web.id)).toHaveLength(4);
    // Replacing 4 by 2 shrinks the group: no quota needed.
    await batch(h, web.id, { action: 'replace', members: two });
    expect(endpoints(await membersOf(h, web.id))).toEqual(['10.0.1.40:80', '10.0.1.41:80']);
  });

  it('deletes by ID, each once even when listed twice (as in the API example)', async () => {
    const h = harness();
    const { web } = await setup(h);
    const [a, b, ...rest] = await membersOf(h, web.id);
    await batch(h, web.id, { action: 'delete', members: [{ id: a!.id }, { id: b!.id }, { id: a!.id }] });
    expect((await membersOf(h, web.id)).map((member) => member.id)).toEqual(rest.map((member) => member.id));
    await batch(h, web.id, { action: 'delete', members: [] });
    expect(await membersOf(h, web.id)).toHaveLength(2);
  });

  it('replaces the group: kept servers keep their ID and take the new weight; replace is the default', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    const before = await membersOf(h, web.id);
    const kept = before.find((member) => member.address === '10.0.1.11')!;
    // No `action`: the API's default is replace.
    await batch(h, web.id, {
      members: [
        { address: '10.0.1.11', protocol_port: 80, subnet_id: subnet.web, weight: 5, name: 'kept' },
        { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web },
      ],
    });
    const after = await membersOf(h, web.id);
    expect(endpoints(after)).toEqual(['10.0.1.11:80', '10.0.1.40:80']);
    expect(after.find((member) => member.address === '10.0.1.11')).toEqual({ ...kept, weight: 5, name: 'kept' });
    // An empty replace removes every server.
    await batch(h, web.id, { action: 'replace', members: [] });
    expect(await membersOf(h, web.id)).toEqual([]);
    expect((await ok<PoolResponse>(h, 'GET', `${V2}/pools/${web.id}`)).pool.members).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['no body', undefined, 'RequestBody is null or empty, request is invalid.'],
    ['no members', { action: 'add' }, 'RequestBody members is null, this is a required parameter.'],
    [
      'an unknown action',
      { action: 'update', members: [] },
      'Invalid action: The batch action must be add, delete or replace.',
    ],
    [
      'delete without IDs',
      { action: 'delete', members: [{}] },
      'RequestBody members[0][id] is null, this is a required parameter.',
    ],
  ])('refuses %s with ELB.9805', async (_case, body, message) => {
    const h = harness();
    const { web } = await setup(h);
    await refused(h, 'PUT', membersPath(web.id), body, invalid(message));
  });
});

describe('backend server writes under a PENDING load balancer', () => {
  it('refuses add, update, batch and remove with 409 until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const { web, subnet } = await setup(h);
    const lb = await lbByName(h, 'elb-web-prod');
    const [first, second] = await membersOf(h, web.id);
    await makePending(h, lb.id);
    const writes: [string, string, unknown][] = [
      ['POST', membersPath(web.id), { member: { address: '10.0.1.40', protocol_port: 80, subnet_id: subnet.web } }],
      ['PUT', `${membersPath(web.id)}/${first!.id}`, { member: { weight: 3 } }],
      ['PUT', membersPath(web.id), { action: 'delete', members: [{ id: second!.id }] }],
      ['DELETE', `${membersPath(web.id)}/${first!.id}`, undefined],
    ];
    for (const [method, path, body] of writes) await refused(h, method, path, body, immutable(lb.id));
    h.clock.advance(1000);
    const statuses = [201, 200, 202, 204];
    for (const [index, [method, path, body]] of writes.entries()) await ok(h, method, path, body, statuses[index]);
  });
});

describe('backend server traces', () => {
  it('records createMember, updateMember and batchUpdateMember (batch and single removal)', async () => {
    const h = harness();
    const { web, subnet } = await setup(h);
    const member = await addMember(h, web.id, {
      address: '10.0.1.40',
      protocol_port: 80,
      subnet_id: subnet.web,
      name: 'iis',
    });
    await ok(h, 'PUT', `${membersPath(web.id)}/${member.id}`, { member: { weight: 2 } });
    await ok(h, 'DELETE', `${membersPath(web.id)}/${member.id}`);
    await batch(h, web.id, { action: 'delete', members: [] });
    const forMember = await recordedTraces(h, `resource_id=${member.id}`);
    expect(forMember.map((trace) => [trace.trace_name, trace.code, trace.resource_type, trace.resource_name])).toEqual([
      ['batchUpdateMember', '204', 'member', 'iis'],
      ['updateMember', '200', 'member', 'iis'],
      ['createMember', '201', 'member', 'iis'],
    ]);
    const [batchTrace] = await recordedTraces(h, `resource_id=${web.id}`);
    expect(batchTrace).toMatchObject({
      trace_name: 'batchUpdateMember',
      code: '202',
      resource_type: 'member',
      resource_name: 'server_group-web',
      response: '',
    });
  });
});
