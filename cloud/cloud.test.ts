import { describe, expect, it } from 'vitest';
import type { ElbErrorBody, VpcErrorBody } from '../contract/common';
import type { TraceListResponse } from '../contract/cts/traces';
import type { LoadBalancerListResponse, LoadBalancerResponse } from '../contract/elb-v2/load-balancers';
import type { PublicIpListResponse, PublicIpResponse } from '../contract/vpc/publicips';
import { manualClock } from './clock';
import { createCloud, type Cloud } from './cloud';
import { ApiFault } from './http/fault';
import { buildScenario, scenarioNames, SCENARIO_PROJECT_ID, SEED_EPOCH_MS } from './scenarios';
import type { Snapshot, TableName } from './store/store';
import { harness, type Harness } from './testing/harness';

const LBS = '/v2.0/lbaas/loadbalancers';
const ORIGIN = 'http://cloud.test';

async function call(cloud: Cloud, method: string, path: string, init: RequestInit = {}) {
  const response = await cloud.handle(
    new Request(`${ORIGIN}${path.replace(':project_id', SCENARIO_PROJECT_ID)}`, { method, ...init }),
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, text };
}

const auth = { 'X-Auth-Token': 'token', 'Content-Type': 'application/json' };

async function webSubnet(h: Harness) {
  const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-web-prod`);
  return body.loadbalancers[0]!.vip_subnet_id;
}

/** Every table except the audit trail, which records refused writes too. */
function withoutTraces(snapshot: Snapshot) {
  const { traces: _traces, ...tables } = snapshot.tables;
  return tables;
}

describe('authentication', () => {
  it('answers 401 in the ELB format without X-Auth-Token', async () => {
    const h = harness();
    const res = await h.send<ElbErrorBody>('GET', LBS, undefined, {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error_code: 'ELB.1102',
      error_msg: 'Token is error, Authentication required.',
      request_id: expect.stringMatching(/^req-[0-9a-f]{8}$/),
    });
    const empty = await h.send<ElbErrorBody>('GET', LBS, undefined, { 'X-Auth-Token': '' });
    expect(empty.status).toBe(401);
  });

  it('refuses writes without a token and changes nothing', async () => {
    const h = harness();
    const before = h.cloud.store.snapshot();
    const res = await h.send<ElbErrorBody>('POST', LBS, { loadbalancer: { vip_subnet_id: await webSubnet(h) } }, {});
    expect(res.status).toBe(401);
    expect(h.cloud.store.snapshot()).toEqual(before);
  });

  it('checks the token against the configured one when there is one', async () => {
    const h = harness('demo', { token: 'secret' });
    expect((await h.send('GET', LBS, undefined, { 'X-Auth-Token': 'other' })).status).toBe(401);
    expect((await h.send('GET', LBS, undefined, { 'X-Auth-Token': 'secret' })).status).toBe(200);
  });
});

describe('routing', () => {
  it('answers 404 for an unknown path, in the format of the path family', async () => {
    const h = harness();
    const elb = await h.send<ElbErrorBody>('GET', '/v2.0/lbaas/unknown');
    expect(elb.status).toBe(404);
    expect(elb.body).toMatchObject({
      error_code: 'APIGW.0101',
      error_msg: 'GET /v2.0/lbaas/unknown is not an API of this cloud.',
    });
    const vpc = await h.send<VpcErrorBody>('GET', '/v1/:project_id/unknown');
    expect(vpc.status).toBe(404);
    expect(Object.keys(vpc.body).sort()).toEqual(['code', 'message']);
  });

  it('answers 405 for a known path with a method it does not serve', async () => {
    const h = harness();
    const { body } = await h.send<LoadBalancerListResponse>('GET', LBS);
    const id = body.loadbalancers[0]!.id;
    for (const [method, path] of [
      ['PATCH', LBS],
      ['DELETE', LBS],
      ['PUT', LBS],
      ['POST', `${LBS}/${id}`],
      ['PUT', '/v1/:project_id/publicips'],
      ['POST', '/v3/:project_id/traces'],
    ] as const) {
      const res = await h.send<ElbErrorBody>(method, path, method === 'DELETE' ? undefined : {});
      expect(res.status, `${method} ${path}`).toBe(405);
    }
  });

  it('accepts a trailing slash and decodes path parameters', async () => {
    const h = harness();
    expect((await h.send('GET', `${LBS}/`)).status).toBe(200);
    const missing = await h.send<ElbErrorBody>('GET', `${LBS}/a%20b`);
    expect(missing.body.error_msg).toBe('loadbalancer a b could not be found.');
  });

  it('serves API prefixes only, so MSW passes the app through', () => {
    const cloud = createCloud({ scenario: 'empty' });
    const serves = (path: string) => cloud.serves(new Request(`${ORIGIN}${path}`));
    for (const path of [
      '/v2.0/lbaas/loadbalancers',
      '/v2.0/p/loadbalancers/tags',
      '/v1/p/publicips',
      '/v1.0/p/elbaas/loadbalancers',
      '/v3/p/traces',
      '/V1.0/p/metrics',
    ]) {
      expect(serves(path), path).toBe(true);
    }
    for (const path of [
      '/',
      '/load-balancers',
      '/load-balancers/abc',
      '/index.html',
      '/assets/index.js',
      '/v2.0',
      '/v4/x',
      '/api/v1/x',
    ]) {
      expect(serves(path), path).toBe(false);
    }
  });

  it('numbers requests and answers JSON with a content type', async () => {
    const cloud = createCloud({ scenario: 'demo', clock: manualClock(SEED_EPOCH_MS) });
    const first = await call(cloud, 'GET', '/v2.0/lbaas/nothing', { headers: auth });
    const second = await call(cloud, 'GET', '/v2.0/lbaas/nothing', { headers: auth });
    const ids = [first.text, second.text].map((text) => (JSON.parse(text) as ElbErrorBody).request_id);
    expect(ids).toEqual(['req-00000001', 'req-00000002']);
    const ok = await call(cloud, 'GET', LBS, { headers: auth });
    expect(ok.headers.get('Content-Type')).toBe('application/json');
  });
});

describe('request bodies and error formats', () => {
  it('answers 400 ELB.9805 for a body that is not JSON, and records nothing', async () => {
    const cloud = createCloud({ scenario: 'demo', clock: manualClock(SEED_EPOCH_MS) });
    const before = cloud.store.snapshot();
    const res = await call(cloud, 'POST', LBS, { headers: auth, body: '{"loadbalancer": ' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toMatchObject({
      error_code: 'ELB.9805',
      error_msg: 'The request body is not valid JSON.',
    });
    expect(cloud.store.snapshot()).toEqual(before);
  });

  it('answers 400 for an empty body on a write', async () => {
    const cloud = createCloud({ scenario: 'demo' });
    const res = await call(cloud, 'POST', LBS, { headers: auth, body: '  ' });
    expect(res.status).toBe(400);
    expect((JSON.parse(res.text) as ElbErrorBody).error_msg).toBe('RequestBody is null or empty, request is invalid.');
  });

  it('tells a missing field from a field of the wrong type', async () => {
    const h = harness();
    const wrongType = await h.send<ElbErrorBody>('POST', LBS, {
      loadbalancer: { vip_subnet_id: await webSubnet(h), name: 42 },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error_msg).toMatch(/^Invalid loadbalancer\[name\]: /);
    const missing = await h.send<ElbErrorBody>('POST', LBS, { loadbalancer: { name: 'x' } });
    expect(missing.body.error_msg).toBe(
      'RequestBody loadbalancer[vip_subnet_id] is null, this is a required parameter.',
    );
  });

  it('renders each family in its own error format', async () => {
    const h = harness();
    const elb = await h.send<ElbErrorBody>('GET', `${LBS}/missing`);
    expect(Object.keys(elb.body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
    const vpc = await h.send<VpcErrorBody>('GET', '/v1/:project_id/publicips/missing');
    expect(vpc.body).toEqual({ code: 'VPC.0202', message: 'The EIP missing does not exist.' });
    const cts = await h.send<ElbErrorBody>('GET', '/v3/:project_id/traces?limit=0');
    expect(Object.keys(cts.body).sort()).toEqual(['error_code', 'error_msg', 'request_id']);
    expect(cts.body.error_code).toBe('CTS.0001');
  });

  it('rethrows errors that are not API faults instead of hiding them', async () => {
    const cloud = createCloud({ scenario: 'demo' });
    cloud.store.write = () => {
      throw new TypeError('disk on fire');
    };
    await expect(call(cloud, 'DELETE', `${LBS}/x`, { headers: auth })).rejects.toThrow('disk on fire');
  });
});

describe('transactions', () => {
  it('leaves the store unchanged when a write is refused (bad vip_address)', async () => {
    const h = harness();
    const before = h.cloud.store.snapshot();
    const subnet = await webSubnet(h);
    for (const vip_address of ['10.0.9.9', '10.0.1.0', '10.0.1.255', '10.0.1.1', '10.0.1.100', '999.1.1.1']) {
      const res = await h.send<ElbErrorBody>('POST', LBS, { loadbalancer: { vip_subnet_id: subnet, vip_address } });
      expect(res.status, vip_address).toBe(400);
    }
    const after = h.cloud.store.snapshot();
    expect(withoutTraces(after)).toEqual(withoutTraces(before));
    expect(after.tables.ports).toHaveLength(before.tables.ports.length);
    expect(after.tables.loadbalancers).toHaveLength(before.tables.loadbalancers.length);
    // Only the audit trail grew: one warning per refused write.
    expect(after.tables.traces).toHaveLength(6);
    expect(after.tables.traces.every((trace) => trace.trace_rating === 'warning')).toBe(true);
  });

  it('undoes puts, deletes and meta changes of a write that throws, and keeps ID order', () => {
    const cloud = createCloud({ scenario: 'demo' });
    const before = cloud.store.snapshot();
    const lb = before.tables.loadbalancers[0]!;
    const port = before.tables.ports[0]!;
    let commits = 0;
    cloud.store.onCommit(() => {
      commits += 1;
    });
    expect(() =>
      cloud.store.write((tx) => {
        tx.put('loadbalancers', { ...lb, id: '00000000-0000-4000-a000-000000000000', name: 'ghost' });
        tx.put('loadbalancers', { ...lb, name: 'renamed' });
        tx.delete('ports', port.id);
        tx.setMeta({ sequence: 999, quotas: {} });
        expect(tx.all('loadbalancers')[0]!.name).toBe('ghost');
        throw new ApiFault(409, 'ELB.8907', 'refused');
      }),
    ).toThrow(ApiFault);
    expect(cloud.store.snapshot()).toEqual(before);
    expect(cloud.store.read((tx) => tx.all('loadbalancers').map((row) => row.id))).toEqual(
      before.tables.loadbalancers.map((row) => row.id),
    );
    expect(commits).toBe(0);

    cloud.store.write((tx) => tx.delete('ports', port.id));
    expect(commits).toBe(1);
    cloud.store.write((tx) => tx.delete('ports', port.id));
    expect(commits).toBe(1);
  });

  it('keeps rows it hands out apart from the snapshot it was built from', () => {
    const snapshot = buildScenario('demo');
    const cloud = createCloud({ scenario: snapshot });
    snapshot.tables.loadbalancers[0]!.name = 'changed outside';
    expect(cloud.store.read((tx) => tx.all('loadbalancers')[0]!.name)).not.toBe('changed outside');
    const copy = cloud.store.snapshot();
    copy.tables.loadbalancers[0]!.name = 'changed copy';
    expect(cloud.store.snapshot().tables.loadbalancers[0]!.name).not.toBe('changed copy');
  });
});

describe('snapshots', () => {
  it('restores the same state from a snapshot and continues the ID sequence without collisions', async () => {
    const a = harness();
    const subnet = await webSubnet(a);
    const lb = await a.send<LoadBalancerResponse>('POST', LBS, {
      loadbalancer: { name: 'lb-a', vip_subnet_id: subnet },
    });
    await a.send('POST', `/v2.0/:project_id/loadbalancers/${lb.body.loadbalancer.id}/tags`, {
      tag: { key: 'k', value: 'v' },
    });
    await a.send<PublicIpResponse>('POST', '/v1/:project_id/publicips', {
      publicip: { type: '5_bgp' },
      bandwidth: { name: 'bw', size: 5, share_type: 'PER' },
    });
    const saved = a.cloud.store.snapshot();
    expect(saved.meta.sequence).toBeGreaterThan(0);

    const clock = manualClock(a.clock.now());
    const b = createCloud({ scenario: structuredClone(saved), clock, settings: { provisioningDelayMs: 0 } });
    expect(b.store.snapshot()).toEqual(saved);
    const list = async (cloud: Cloud, path: string) => (await call(cloud, 'GET', path, { headers: auth })).text;
    for (const path of [LBS, '/v1/:project_id/publicips', '/v3/:project_id/traces?limit=200']) {
      expect(await list(b, path)).toBe(await list(a.cloud, path));
    }

    const body = JSON.stringify({ loadbalancer: { name: 'lb-next', vip_subnet_id: subnet } });
    const fromA = await a.send<LoadBalancerResponse>('POST', LBS, JSON.parse(body));
    const fromB = JSON.parse((await call(b, 'POST', LBS, { headers: auth, body })).text) as LoadBalancerResponse;
    expect(fromB.loadbalancer.id).toBe(fromA.body.loadbalancer.id);
    expect(fromB.loadbalancer.vip_address).toBe(fromA.body.loadbalancer.vip_address);

    const allIds = (snapshot: Snapshot) =>
      (Object.keys(snapshot.tables) as TableName[]).flatMap((table) =>
        (snapshot.tables[table] as { id: string }[]).map((row) => row.id),
      );
    const ids = allIds(b.store.snapshot());
    expect(new Set(ids).size).toBe(ids.length);
    expect(allIds(saved)).not.toContain(fromB.loadbalancer.id);
  });

  it('restores EIP bindings and traces as they were', async () => {
    const a = harness();
    const eips = (await a.send<PublicIpListResponse>('GET', '/v1/:project_id/publicips')).body.publicips;
    const free = eips.find((eip) => !eip.port_id)!;
    await a.send('DELETE', `/v1/:project_id/publicips/${free.id}`);
    const b = harness(a.cloud.store.snapshot());
    expect((await b.send<PublicIpListResponse>('GET', '/v1/:project_id/publicips')).body.publicips).toHaveLength(5);
    const traces = await b.send<TraceListResponse>('GET', '/v3/:project_id/traces');
    expect(traces.body.traces.map((trace) => trace.trace_name)).toEqual(['deletePublicip']);
  });
});

describe('scenarios', () => {
  it.each(scenarioNames)('builds %s deterministically', (name) => {
    expect(buildScenario(name)).toEqual(buildScenario(name));
  });

  it('gives every row of a scenario a unique ID and the scenario project', () => {
    for (const name of scenarioNames) {
      const snapshot = buildScenario(name);
      const rows = (Object.keys(snapshot.tables) as TableName[]).flatMap(
        (table) => snapshot.tables[table] as { id: string }[],
      );
      expect(new Set(rows.map((row) => row.id)).size, name).toBe(rows.length);
      expect(snapshot.meta).toMatchObject({ sequence: 0, scenario: name, projectId: SCENARIO_PROJECT_ID });
      expect(snapshot.tables.loadbalancers.every((lb) => lb.tenant_id === SCENARIO_PROJECT_ID)).toBe(true);
    }
  });

  it('builds large with at least 2,000 load balancers and 500 servers', () => {
    const large = buildScenario('large');
    expect(large.tables.loadbalancers.length).toBeGreaterThanOrEqual(2000);
    expect(large.tables.servers.length).toBeGreaterThanOrEqual(500);
    expect(large.meta.quotas.loadbalancer).toBeGreaterThanOrEqual(large.tables.loadbalancers.length);
    const addresses = large.tables.loadbalancers.map((lb) => lb.vip_address);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it('builds demo with every load balancer port and EIP binding consistent', () => {
    const demo = buildScenario('demo');
    const ports = new Map(demo.tables.ports.map((port) => [port.id, port]));
    for (const lb of demo.tables.loadbalancers) {
      expect(ports.get(lb.vip_port_id)).toMatchObject({ fixed_ip: lb.vip_address, device_id: lb.id });
    }
    for (const eip of demo.tables.publicips.filter((item) => item.port_id)) {
      expect(ports.get(eip.port_id!)?.fixed_ip).toBe(eip.private_ip_address);
      expect(eip.status).toBe('ACTIVE');
    }
  });

  it('fills the quotas of quota-full and leaves empty with one VPC', () => {
    const full = buildScenario('quota-full');
    expect(full.meta.quotas.loadbalancer).toBe(full.tables.loadbalancers.length);
    expect(full.meta.quotas.publicip).toBe(full.tables.publicips.length);
    const empty = buildScenario('empty');
    expect(empty.tables.vpcs).toHaveLength(1);
    expect(empty.tables.subnets).toHaveLength(1);
    expect(empty.tables.loadbalancers).toEqual([]);
  });
});
