import { describe, expect, it } from 'vitest';
import type { VpcErrorBody } from '../../../contract/common';
import type { TraceListResponse } from '../../../contract/cts/traces';
import type { LoadBalancer, LoadBalancerListResponse } from '../../../contract/elb-v2/load-balancers';
import type {
  AssignPublicIpRequest,
  PublicIp,
  PublicIpListResponse,
  PublicIpResponse,
} from '../../../contract/vpc/publicips';
import { harness, type Harness } from '../../testing/harness';

const EIPS = '/v1/:project_id/publicips';
const WRONG_PROJECT = '0123456789abcdef0123456789abcdef';
const MISSING_ID = '5b1e8c3e-0000-4000-a000-000000000000';

const assignBody = (
  size = 10,
  publicip: Partial<AssignPublicIpRequest['publicip']> = {},
  bandwidth: Partial<AssignPublicIpRequest['bandwidth']> = {},
) => ({
  publicip: { type: '5_bgp', ip_version: 4, ...publicip },
  bandwidth: { name: 'bandwidth-test', size, share_type: 'PER', ...bandwidth },
});

async function allEips(h: Harness): Promise<PublicIp[]> {
  const res = await h.send<PublicIpListResponse>('GET', EIPS);
  expect(res.status).toBe(200);
  return res.body.publicips;
}

async function eipByAddress(h: Harness, address: string): Promise<PublicIp> {
  const found = (await allEips(h)).find((eip) => eip.public_ip_address === address);
  if (!found) throw new Error(`No EIP ${address}`);
  return found;
}

async function lbByName(h: Harness, name: string): Promise<LoadBalancer> {
  const { body } = await h.send<LoadBalancerListResponse>('GET', `/v2.0/lbaas/loadbalancers?name=${name}`);
  return body.loadbalancers[0]!;
}

const bind = (h: Harness, eipId: string, portId: string) =>
  h.send<PublicIpResponse>('PUT', `${EIPS}/${eipId}`, { publicip: { port_id: portId } });

describe('listing and showing EIPs', () => {
  it('lists the EIPs of the account, bound and free, in ID order', async () => {
    const h = harness();
    const eips = await allEips(h);
    expect(eips.map((eip) => eip.public_ip_address).sort()).toEqual([
      '80.158.10.21',
      '80.158.10.22',
      '80.158.10.23',
      '80.158.10.31',
      '80.158.10.32',
      '80.158.10.33',
    ]);
    expect(eips.map((eip) => eip.id)).toEqual(eips.map((eip) => eip.id).sort());
    const web = await lbByName(h, 'elb-web-prod');
    expect(eips.find((eip) => eip.public_ip_address === '80.158.10.21')).toMatchObject({
      status: 'ACTIVE',
      port_id: web.vip_port_id,
      private_ip_address: '10.0.1.100',
      bandwidth_size: 100,
    });
    const free = eips.find((eip) => eip.public_ip_address === '80.158.10.32')!;
    expect(free).toMatchObject({ status: 'DOWN', type: '5_mailbgp', bandwidth_size: 50 });
    expect(free).not.toHaveProperty('port_id');
  });

  it('pages with limit and marker', async () => {
    const h = harness();
    const all = await allEips(h);
    const first = await h.send<PublicIpListResponse>('GET', `${EIPS}?limit=4`);
    expect(first.body.publicips).toEqual(all.slice(0, 4));
    const rest = await h.send<PublicIpListResponse>('GET', `${EIPS}?limit=4&marker=${all[3]!.id}`);
    expect(rest.body.publicips).toEqual(all.slice(4));
    const missing = await h.send<VpcErrorBody>('GET', `${EIPS}?marker=${MISSING_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('VPC.0202');
    const tooMany = await h.send<VpcErrorBody>('GET', `${EIPS}?limit=2001`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.code).toBe('VPC.0002');
  });

  it('shows one EIP, and answers VPC-style errors for an unknown ID or another project', async () => {
    const h = harness();
    const eip = await eipByAddress(h, '80.158.10.33');
    const shown = await h.send<PublicIpResponse>('GET', `${EIPS}/${eip.id}`);
    expect(shown).toEqual({ status: 200, body: { publicip: eip } });
    const missing = await h.send<VpcErrorBody>('GET', `${EIPS}/${MISSING_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: 'VPC.0202', message: `The EIP ${MISSING_ID} does not exist.` });
    const foreign = await h.send<VpcErrorBody>('GET', EIPS.replace(':project_id', WRONG_PROJECT));
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('VPC.0003');
  });
});

describe('assigning an EIP', () => {
  it('assigns a new, unbound EIP with the requested type and bandwidth', async () => {
    const h = harness();
    const res = await h.send<PublicIpResponse>(
      'POST',
      EIPS,
      assignBody(300, { type: '5_mailbgp', alias: 'eip-web.v2' }, { name: 'bw_web-1.0', charge_mode: 'traffic' }),
    );
    expect(res.status).toBe(200);
    const eip = res.body.publicip;
    expect(eip).toMatchObject({
      status: 'DOWN',
      type: '5_mailbgp',
      ip_version: 4,
      bandwidth_size: 300,
      bandwidth_name: 'bw_web-1.0',
      bandwidth_share_type: 'PER',
      alias: 'eip-web.v2',
      tenant_id: '6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7',
    });
    expect(eip).not.toHaveProperty('port_id');
    expect(eip.public_ip_address).toMatch(/^80\.158\.\d+\.\d+$/);
    expect(eip.create_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(eip.create_time).toBe(new Date(h.clock.now()).toISOString().slice(0, 19).replace('T', ' '));
    expect((await h.send<PublicIpResponse>('GET', `${EIPS}/${eip.id}`)).body.publicip).toEqual(eip);
    expect(await allEips(h)).toHaveLength(7);
  });

  it('gives every new EIP an address no other EIP has', async () => {
    const h = harness();
    const before = (await allEips(h)).map((eip) => eip.public_ip_address);
    const added: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      added.push((await h.send<PublicIpResponse>('POST', EIPS, assignBody())).body.publicip.public_ip_address);
    }
    expect(new Set([...before, ...added]).size).toBe(before.length + 3);
  });

  it('takes a requested address only when it is a free IPv4 address', async () => {
    const h = harness();
    const chosen = await h.send<PublicIpResponse>('POST', EIPS, assignBody(10, { ip_address: '80.158.99.1' }));
    expect(chosen.status).toBe(200);
    expect(chosen.body.publicip.public_ip_address).toBe('80.158.99.1');
    const taken = await h.send<VpcErrorBody>('POST', EIPS, assignBody(10, { ip_address: '80.158.10.31' }));
    expect(taken.status).toBe(409);
    expect(taken.body.message).toContain('80.158.10.31');
    const garbage = await h.send<VpcErrorBody>('POST', EIPS, assignBody(10, { ip_address: 'not-an-ip' }));
    expect(garbage.status).toBe(400);
    expect(garbage.body.code).toBe('VPC.0002');
    expect(await allEips(h)).toHaveLength(7);
  });

  it('offers the EIP types of the region: no 5_gray in eu-de any more', async () => {
    const h = harness();
    for (const type of ['5_bgp', '5_mailbgp', '5_dualStack']) {
      expect((await h.send('POST', EIPS, assignBody(5, { type }))).status).toBe(200);
    }
    const gray = await h.send<VpcErrorBody>('POST', EIPS, assignBody(5, { type: '5_gray' }));
    expect(gray.status).toBe(400);
    expect(gray.body).toEqual({
      code: 'VPC.0002',
      message: 'Invalid publicip[type]: 5_gray is not available in eu-de.',
    });
    const nl = harness('demo', { region: 'eu-nl' });
    expect((await nl.send('POST', EIPS, assignBody(5, { type: '5_dualStack' }))).status).toBe(200);
    const nlGray = await nl.send<VpcErrorBody>('POST', EIPS, assignBody(5, { type: '5_gray' }));
    expect(nlGray.body.message).toBe('Invalid publicip[type]: 5_gray is not available in eu-nl.');
  });

  it.each([1, 2, 299, 300, 350, 400, 950, 1000])('accepts a bandwidth of %i Mbit/s', async (size) => {
    const h = harness();
    const res = await h.send<PublicIpResponse>('POST', EIPS, assignBody(size));
    expect(res.status).toBe(200);
    expect(res.body.publicip.bandwidth_size).toBe(size);
  });

  it.each([
    [0, 'The bandwidth must be 1 to 1000 Mbit/s.'],
    [1001, 'The bandwidth must be 1 to 1000 Mbit/s.'],
    [1500, 'The bandwidth must be 1 to 1000 Mbit/s.'],
    [301, 'Above 300 Mbit/s the bandwidth goes in steps of 50 Mbit/s'],
    [325, 'Above 300 Mbit/s the bandwidth goes in steps of 50 Mbit/s'],
    [999, 'Above 300 Mbit/s the bandwidth goes in steps of 50 Mbit/s'],
    [10.5, 'The bandwidth must be a whole number of Mbit/s.'],
  ])('refuses a bandwidth of %s Mbit/s with 400 VPC.0002', async (size, message) => {
    const h = harness();
    const res = await h.send<VpcErrorBody>('POST', EIPS, assignBody(size));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VPC.0002');
    expect(res.body.message).toContain(message);
    expect(await allEips(h)).toHaveLength(6);
  });

  it.each([
    [{ name: '' }, 'The bandwidth name must be 1 to 64 characters.'],
    [{ name: 'b'.repeat(65) }, 'The bandwidth name must be 1 to 64 characters.'],
    [{ name: 'band width' }, 'The bandwidth name can contain only letters'],
    [{ name: 'bw@1' }, 'The bandwidth name can contain only letters'],
    [{ share_type: 'WHOLE' }, 'The bandwidth share type must be PER (dedicated).'],
    [{ charge_mode: 'bandwidth' }, 'The charge mode can only be traffic.'],
  ])('refuses the bandwidth %j', async (bandwidth, message) => {
    const h = harness();
    const body = { publicip: { type: '5_bgp' }, bandwidth: { name: 'bw', size: 10, share_type: 'PER', ...bandwidth } };
    const res = await h.send<VpcErrorBody>('POST', EIPS, body);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
  });

  it('accepts a 64-character bandwidth name and refuses bad EIP names, IPv6 and a missing body', async () => {
    const h = harness();
    expect((await h.send('POST', EIPS, assignBody(10, {}, { name: 'b'.repeat(64) }))).status).toBe(200);
    const alias = await h.send<VpcErrorBody>('POST', EIPS, assignBody(10, { alias: 'my eip' }));
    expect(alias.body.message).toContain('The EIP name can contain only letters');
    const longAlias = await h.send<VpcErrorBody>('POST', EIPS, assignBody(10, { alias: 'a'.repeat(65) }));
    expect(longAlias.body.message).toContain('The EIP name can contain at most 64 characters.');
    const ipv6 = await h.send<VpcErrorBody>('POST', EIPS, {
      ...assignBody(),
      publicip: { type: '5_bgp', ip_version: 6 },
    });
    expect(ipv6.body.message).toContain('Only IPv4 EIPs can be assigned.');
    const noType = await h.send<VpcErrorBody>('POST', EIPS, { bandwidth: assignBody().bandwidth });
    expect(noType.status).toBe(400);
    const empty = await h.send<VpcErrorBody>('POST', EIPS);
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VPC.0002');
  });

  it('refuses an assignment in another project', async () => {
    const h = harness();
    const res = await h.send<VpcErrorBody>('POST', EIPS.replace(':project_id', WRONG_PROJECT), assignBody());
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VPC.0003');
  });
});

describe('EIP quota', () => {
  it('assigns up to the publicip quota of the scenario and refuses the next with 409 VPC.0310', async () => {
    const h = harness();
    const quota = h.cloud.store.read((tx) => tx.meta().quotas.publicip);
    expect(quota).toBe(20);
    for (let i = (await allEips(h)).length; i < 20; i += 1) {
      expect((await h.send('POST', EIPS, assignBody())).status).toBe(200);
    }
    const over = await h.send<VpcErrorBody>('POST', EIPS, assignBody());
    expect(over.status).toBe(409);
    expect(over.body).toEqual({ code: 'VPC.0310', message: 'Quota exceeded for resources: publicip.' });
    expect(await allEips(h)).toHaveLength(20);
  });

  it('is full in the quota-full scenario until an EIP is released', async () => {
    const h = harness('quota-full');
    const eips = await allEips(h);
    expect(h.cloud.store.read((tx) => tx.meta().quotas.publicip)).toBe(eips.length);
    expect((await h.send<VpcErrorBody>('POST', EIPS, assignBody())).status).toBe(409);
    const free = eips.find((eip) => !eip.port_id)!;
    expect((await h.send('DELETE', `${EIPS}/${free.id}`)).status).toBe(204);
    expect((await h.send('POST', EIPS, assignBody())).status).toBe(200);
  });
});

describe('binding and unbinding', () => {
  it('binds a free EIP to a load balancer VIP port: ACTIVE with the private address', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const eip = await eipByAddress(h, '80.158.10.31');
    const res = await bind(h, eip.id, lb.vip_port_id);
    expect(res.status).toBe(200);
    expect(res.body.publicip).toMatchObject({
      id: eip.id,
      status: 'ACTIVE',
      port_id: lb.vip_port_id,
      private_ip_address: lb.vip_address,
      public_ip_address: '80.158.10.31',
    });
    expect((await h.send<PublicIpResponse>('GET', `${EIPS}/${eip.id}`)).body.publicip).toEqual(res.body.publicip);
    // Binding again to the same port is harmless.
    expect((await bind(h, eip.id, lb.vip_port_id)).status).toBe(200);
  });

  it('binds to a new load balancer created through the ELB API', async () => {
    const h = harness();
    const created = await h.send<{ loadbalancer: LoadBalancer }>('POST', '/v2.0/lbaas/loadbalancers', {
      loadbalancer: { name: 'lb-public', vip_subnet_id: (await lbByName(h, 'elb-web-prod')).vip_subnet_id },
    });
    const lb = created.body.loadbalancer;
    const eip = (await h.send<PublicIpResponse>('POST', EIPS, assignBody())).body.publicip;
    const bound = await bind(h, eip.id, lb.vip_port_id);
    expect(bound.body.publicip).toMatchObject({ status: 'ACTIVE', private_ip_address: lb.vip_address });
  });

  it('answers 404 VPC.0306 for a port that does not exist', async () => {
    const h = harness();
    const eip = await eipByAddress(h, '80.158.10.31');
    const res = await bind(h, eip.id, MISSING_ID);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'VPC.0306', message: `Port ${MISSING_ID} does not exist.` });
    expect((await h.send<PublicIpResponse>('GET', `${EIPS}/${eip.id}`)).body.publicip.status).toBe('DOWN');
  });

  it('answers 409 VPC.0307 when the port already has another EIP (one EIP per load balancer)', async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const eip = await eipByAddress(h, '80.158.10.31');
    const res = await h.send<VpcErrorBody>('PUT', `${EIPS}/${eip.id}`, { publicip: { port_id: web.vip_port_id } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VPC.0307');
    expect((await eipByAddress(h, '80.158.10.21')).port_id).toBe(web.vip_port_id);
    expect((await eipByAddress(h, '80.158.10.31')).status).toBe('DOWN');
  });

  it('answers 409 VPC.0308 when a bound EIP is bound to another port without unbinding', async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const unused = await lbByName(h, 'elb-legacy-unused');
    const eip = await eipByAddress(h, '80.158.10.21');
    const res = await h.send<VpcErrorBody>('PUT', `${EIPS}/${eip.id}`, { publicip: { port_id: unused.vip_port_id } });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('VPC.0308');
    expect((await eipByAddress(h, '80.158.10.21')).port_id).toBe(web.vip_port_id);
  });

  it('unbinds with port_id "" or without port_id: DOWN, no port, no private address', async () => {
    const h = harness();
    const eip = await eipByAddress(h, '80.158.10.21');
    const res = await h.send<PublicIpResponse>('PUT', `${EIPS}/${eip.id}`, { publicip: { port_id: '' } });
    expect(res.status).toBe(200);
    expect(res.body.publicip.status).toBe('DOWN');
    expect(res.body.publicip).not.toHaveProperty('port_id');
    expect(res.body.publicip).not.toHaveProperty('private_ip_address');
    const stored = await eipByAddress(h, '80.158.10.21');
    expect(stored).toEqual(res.body.publicip);

    const other = await eipByAddress(h, '80.158.10.22');
    const omitted = await h.send<PublicIpResponse>('PUT', `${EIPS}/${other.id}`, { publicip: {} });
    expect(omitted.body.publicip.status).toBe('DOWN');
    expect(omitted.body.publicip).not.toHaveProperty('port_id');

    // The freed port takes another EIP now.
    const web = await lbByName(h, 'elb-web-prod');
    const free = await eipByAddress(h, '80.158.10.33');
    expect((await bind(h, free.id, web.vip_port_id)).body.publicip.status).toBe('ACTIVE');
  });

  it('answers 404 for an unknown EIP and 400 for a body without publicip', async () => {
    const h = harness();
    const missing = await h.send<VpcErrorBody>('PUT', `${EIPS}/${MISSING_ID}`, { publicip: { port_id: '' } });
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('VPC.0202');
    const eip = await eipByAddress(h, '80.158.10.31');
    const invalid = await h.send<VpcErrorBody>('PUT', `${EIPS}/${eip.id}`, { port_id: '' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('VPC.0002');
  });
});

describe('releasing EIPs', () => {
  it('refuses to release a bound EIP with 409 and releases a free one with 204', async () => {
    const h = harness();
    const bound = await eipByAddress(h, '80.158.10.21');
    const refused = await h.send<VpcErrorBody>('DELETE', `${EIPS}/${bound.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ code: 'VPC.0308', message: `EIP ${bound.id} is bound to a port; unbind it first.` });
    expect(await allEips(h)).toHaveLength(6);

    const free = await eipByAddress(h, '80.158.10.31');
    expect(await h.send('DELETE', `${EIPS}/${free.id}`)).toEqual({ status: 204, body: undefined });
    expect((await h.send<VpcErrorBody>('GET', `${EIPS}/${free.id}`)).status).toBe(404);
    expect((await h.send<VpcErrorBody>('DELETE', `${EIPS}/${free.id}`)).status).toBe(404);

    await h.send('PUT', `${EIPS}/${bound.id}`, { publicip: { port_id: '' } });
    expect((await h.send('DELETE', `${EIPS}/${bound.id}`)).status).toBe(204);
    expect(await allEips(h)).toHaveLength(4);
  });

  it('keeps the EIP, unbound, when its load balancer is deleted', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01');
    const eip = await eipByAddress(h, '80.158.10.23');
    expect(eip.port_id).toBe(lb.vip_port_id);
    expect((await h.send('DELETE', `/v2.0/lbaas/loadbalancers/${lb.id}`)).status).toBe(204);
    const kept = await h.send<PublicIpResponse>('GET', `${EIPS}/${eip.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.publicip.status).toBe('DOWN');
    expect(kept.body.publicip).not.toHaveProperty('port_id');
    expect(kept.body.publicip).not.toHaveProperty('private_ip_address');
    expect(kept.body.publicip.bandwidth_size).toBe(300);
    // The port is gone with the load balancer: the EIP cannot be bound to it again.
    expect((await bind(h, eip.id, lb.vip_port_id)).status).toBe(404);
    expect(await allEips(h)).toHaveLength(6);
  });
});

describe('EIP writes in the audit trail', () => {
  it('records assign, bind, unbind and release as VPC traces named by the address', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const eip = (await h.send<PublicIpResponse>('POST', EIPS, assignBody())).body.publicip;
    await bind(h, eip.id, lb.vip_port_id);
    await h.send('DELETE', `${EIPS}/${eip.id}`);
    await h.send('PUT', `${EIPS}/${eip.id}`, { publicip: { port_id: '' } });
    await h.send('DELETE', `${EIPS}/${eip.id}`);
    await h.send('POST', EIPS, assignBody(0));

    const { body } = await h.send<TraceListResponse>('GET', '/v3/:project_id/traces?resource_type=publicip&limit=20');
    expect(body.traces.map((trace) => [trace.trace_name, trace.code, trace.trace_rating, trace.resource_id])).toEqual([
      ['createPublicip', '400', 'warning', ''],
      ['deletePublicip', '204', 'normal', eip.id],
      ['updatePublicip', '200', 'normal', eip.id],
      ['deletePublicip', '409', 'warning', eip.id],
      ['updatePublicip', '200', 'normal', eip.id],
      ['createPublicip', '200', 'normal', eip.id],
    ]);
    expect(body.traces.at(-1)).toMatchObject({
      service_type: 'VPC',
      api_version: 'v1',
      resource_name: eip.public_ip_address,
      response: JSON.stringify({ publicip: eip }),
    });
  });
});
