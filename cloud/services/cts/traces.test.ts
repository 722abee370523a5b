import { describe, expect, it } from 'vitest';
import { isUuid, type ElbErrorBody } from '../../../contract/common';
import { elbTraceResourceTypes, traceNamesFor, type ElbTraceResourceType } from '../../../contract/cts/key-operations';
import type { Trace, TraceListResponse } from '../../../contract/cts/traces';
import type { HealthMonitorListResponse, HealthMonitorResponse } from '../../../contract/elb-v2/health-monitors';
import type { Certificate } from '../../../contract/elb-v2/certificates';
import type { L7PolicyListResponse, L7PolicyResponse } from '../../../contract/elb-v2/l7-policies';
import type { L7RuleResponse } from '../../../contract/elb-v2/l7-rules';
import type { ListenerListResponse, ListenerResponse } from '../../../contract/elb-v2/listeners';
import type { LoadBalancerListResponse, LoadBalancerResponse } from '../../../contract/elb-v2/load-balancers';
import type { MemberListResponse, MemberResponse } from '../../../contract/elb-v2/members';
import type { PoolListResponse, PoolResponse } from '../../../contract/elb-v2/pools';
import type { WhitelistResponse } from '../../../contract/elb-v2/whitelists';
import type { PublicIpResponse } from '../../../contract/vpc/publicips';
import type { WriteRoute } from '../../http/router';
import { buildScenario } from '../../scenarios';
import { wildcardOrgCertificate } from '../../scenarios/demo-certificates';
import { defaultSettings } from '../../settings';
import type { Snapshot } from '../../store/store';
import { CLASSIC_LBS, classicLbByName } from '../../testing/classic';
import { harness, PROJECT, type Harness } from '../../testing/harness';
import { allRoutes } from '../routes';

const TRACES = '/v3/:project_id/traces';
const LBS = '/v2.0/lbaas/loadbalancers';
const HOUR = 3_600_000;

async function traces(h: Harness, query = '') {
  const res = await h.send<TraceListResponse>('GET', `${TRACES}${query ? `?${query}` : ''}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function subnetId(h: Harness) {
  const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-web-prod`);
  return body.loadbalancers[0]!.vip_subnet_id;
}

/** Creates `count` load balancers named lb-0, lb-1, … (one createLoadbalancer trace each). */
async function createMany(h: Harness, count: number, stepMs = 0) {
  const vip_subnet_id = await subnetId(h);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await h.send<LoadBalancerResponse>('POST', LBS, { loadbalancer: { name: `lb-${i}`, vip_subnet_id } });
    expect(res.status).toBe(201);
    ids.push(res.body.loadbalancer.id);
    h.clock.advance(stepMs);
  }
  return ids;
}

const writeRoutes = allRoutes.filter((route): route is WriteRoute => route.method !== 'GET');

describe('which writes are audited', () => {
  it('gives every ELB write route a trace; queries sent as POST and other services are left out', () => {
    const untraced = writeRoutes.filter((route) => !route.trace).map((route) => `${route.method} ${route.path}`);
    expect(untraced).toEqual([
      'POST /v2.0/:project_id/:resource_type/resource_instances/action',
      // Cloud Eye alarm rules: not ELB key operations (guide/auditing/key_operations_recorded_by_cts.rst).
      'POST /V1.0/:project_id/alarms',
      'PUT /V1.0/:project_id/alarms/:alarm_id',
      'DELETE /V1.0/:project_id/alarms/:alarm_id',
      'PUT /V1.0/:project_id/alarms/:alarm_id/action',
      // Cloud Eye: the batch metric query only reads.
      'POST /V1.0/:project_id/batch-query-metric-data',
      // LTS (Gap 8): its own service's writes, not ELB's; the content query only reads.
      'POST /v2/:project_id/groups',
      'POST /v2/:project_id/groups/:log_group_id/streams',
      'POST /v2/:project_id/groups/:log_group_id/streams/:log_stream_id/content/query',
    ]);
  });

  it('names ELB traces as the key-operations table does (FEATURES §11.1)', () => {
    const documented = new Set<string>(elbTraceResourceTypes);
    const elb = writeRoutes.filter(
      (route) => route.trace?.service === 'ELB' && documented.has(route.trace.resourceType),
    );
    expect(elb.length).toBeGreaterThanOrEqual(8);
    // The guide lists configuring and deleting access logs; a change of log stream is the API's updateLogtank.
    for (const route of elb.filter((item) => item.trace?.name !== 'updateLogtank')) {
      const { name, resourceType } = route.trace!;
      expect(traceNamesFor(resourceType as ElbTraceResourceType), `${route.method} ${route.path}`).toContain(name);
    }
    const memberRoute = (method: string, path: string) =>
      writeRoutes.find((route) => route.method === method && route.path === path)?.trace?.name;
    expect(memberRoute('DELETE', '/v2.0/lbaas/pools/:pool_id/members/:member_id')).toBe('batchUpdateMember');
    expect(memberRoute('PUT', '/v2.0/lbaas/pools/:pool_id/members')).toBe('batchUpdateMember');
    expect(memberRoute('PUT', '/v2.0/lbaas/pools/:pool_id/members/:member_id')).toBe('updateMember');
    expect(memberRoute('POST', '/v2.0/lbaas/pools/:pool_id/members')).toBe('createMember');
  });

  it('records a trace for every traced route when it is called', async () => {
    const h = harness();
    const vip_subnet_id = await subnetId(h);
    const created = await h.send<LoadBalancerResponse>('POST', LBS, { loadbalancer: { name: 'lb-x', vip_subnet_id } });
    const lbId = created.body.loadbalancer.id;
    await h.send('PUT', `${LBS}/${lbId}`, { loadbalancer: { description: 'audited' } });
    const tagPath = `/v2.0/:project_id/loadbalancers/${lbId}/tags`;
    await h.send('POST', tagPath, { tag: { key: 'a', value: '1' } });
    await h.send('POST', `${tagPath}/action`, { action: 'create', tags: [{ key: 'b', value: '2' }] });
    await h.send('DELETE', `${tagPath}/a`);
    await h.send('DELETE', `${LBS}/${lbId}`);

    const policy = (await h.send<L7PolicyListResponse>('GET', '/v2.0/lbaas/l7policies')).body.l7policies[0]!;
    await h.send('DELETE', `/v2.0/lbaas/l7policies/${policy.id}`);
    const pool = (await h.send<PoolListResponse>('GET', '/v2.0/lbaas/pools?name=server_group-staging')).body.pools[0]!;
    const member = (await h.send<MemberListResponse>('GET', `/v2.0/lbaas/pools/${pool.id}/members`)).body.members[0]!;
    await h.send('DELETE', `/v2.0/lbaas/pools/${pool.id}/members/${member.id}`);
    const monitor = (await h.send<HealthMonitorListResponse>('GET', `/v2.0/lbaas/healthmonitors`)).body
      .healthmonitors[0]!;
    await h.send('DELETE', `/v2.0/lbaas/healthmonitors/${monitor.id}`);
    const dns = (await h.send<PoolListResponse>('GET', '/v2.0/lbaas/pools?name=server_group-dns')).body.pools[0]!;
    await h.send('DELETE', `/v2.0/lbaas/pools/${dns.id}`);
    const udp = (await h.send<ListenerListResponse>('GET', '/v2.0/lbaas/listeners?name=listener-udp-53')).body
      .listeners[0]!;
    await h.send('DELETE', `/v2.0/lbaas/listeners/${udp.id}`);

    // Creates and updates under elb-legacy-unused (no listeners yet), each answered 2xx.
    const legacy = (await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-legacy-unused`)).body
      .loadbalancers[0]!;
    const ok = async <T>(method: string, path: string, body: unknown) => {
      const res = await h.send<T>(method, path, body);
      expect(res.status, `${method} ${path}`).toBeLessThan(300);
      return res.body;
    };
    const { listener } = await ok<ListenerResponse>('POST', '/v2.0/lbaas/listeners', {
      listener: { loadbalancer_id: legacy.id, protocol: 'HTTP', protocol_port: 80 },
    });
    await ok('PUT', `/v2.0/lbaas/listeners/${listener.id}`, { listener: { name: 'audited' } });
    const grouped = await ok<PoolResponse>('POST', '/v2.0/lbaas/pools', {
      pool: { listener_id: listener.id, protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' },
    });
    await ok('PUT', `/v2.0/lbaas/pools/${grouped.pool.id}`, { pool: { name: 'audited' } });
    const added = await ok<MemberResponse>('POST', `/v2.0/lbaas/pools/${grouped.pool.id}/members`, {
      member: { address: '10.0.1.11', protocol_port: 80, subnet_id: legacy.vip_subnet_id },
    });
    await ok('PUT', `/v2.0/lbaas/pools/${grouped.pool.id}/members/${added.member.id}`, { member: { weight: 5 } });
    await ok('PUT', `/v2.0/lbaas/pools/${grouped.pool.id}/members`, { action: 'delete', members: [] });
    const { healthmonitor } = await ok<HealthMonitorResponse>('POST', '/v2.0/lbaas/healthmonitors', {
      healthmonitor: { pool_id: grouped.pool.id, type: 'HTTP', delay: 5, timeout: 3, max_retries: 3 },
    });
    await ok('PUT', `/v2.0/lbaas/healthmonitors/${healthmonitor.id}`, { healthmonitor: { delay: 6 } });
    const { whitelist } = await ok<WhitelistResponse>('POST', '/v2.0/lbaas/whitelists', {
      whitelist: { listener_id: listener.id, whitelist: '10.0.0.1' },
    });
    const updated = await ok<WhitelistResponse>('PUT', `/v2.0/lbaas/whitelists/${whitelist.id}`, {
      whitelist: { enable_whitelist: false },
    });
    await ok('DELETE', `/v2.0/lbaas/whitelists/${updated.whitelist.id}`, undefined);
    const target = await ok<PoolResponse>('POST', '/v2.0/lbaas/pools', {
      pool: { loadbalancer_id: legacy.id, protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' },
    });
    const { l7policy } = await ok<L7PolicyResponse>('POST', '/v2.0/lbaas/l7policies', {
      l7policy: {
        listener_id: listener.id,
        action: 'REDIRECT_TO_POOL',
        redirect_pool_id: target.pool.id,
        rules: [{ type: 'PATH', compare_type: 'STARTS_WITH', value: '/audited' }],
      },
    });
    await ok('PUT', `/v2.0/lbaas/l7policies/${l7policy.id}`, { l7policy: { name: 'audited' } });
    const rules = `/v2.0/lbaas/l7policies/${l7policy.id}/rules`;
    const { rule } = await ok<L7RuleResponse>('POST', rules, {
      rule: { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'audited.example.com' },
    });
    await ok('PUT', `${rules}/${rule.id}`, { rule: { value: 'www.audited.example.com' } });
    await ok('DELETE', `${rules}/${rule.id}`, undefined);
    const certificate = await ok<Certificate>('POST', '/v2.0/lbaas/certificates', {
      name: 'audited',
      certificate: wildcardOrgCertificate.certificate,
      private_key: wildcardOrgCertificate.privateKey,
    });
    await ok('PUT', `/v2.0/lbaas/certificates/${certificate.id}`, { description: 'audited' });
    await ok('DELETE', `/v2.0/lbaas/certificates/${certificate.id}`, undefined);
    const streams = h.cloud.store.read((tx) => tx.all('logStreams'));
    const stream = streams.find((row) => row.name === 'ls-elb-staging')!;
    const { logtank } = await ok<{ logtank: { id: string } }>('POST', '/v3/:project_id/elb/logtanks', {
      logtank: { loadbalancer_id: legacy.id, log_group_id: stream.log_group_id, log_topic_id: stream.id },
    });
    await ok('PUT', `/v3/:project_id/elb/logtanks/${logtank.id}`, { logtank: { log_topic_id: stream.id } });
    await ok('DELETE', `/v3/:project_id/elb/logtanks/${logtank.id}`, undefined);

    const eip = await h.send<PublicIpResponse>('POST', '/v1/:project_id/publicips', {
      publicip: { type: '5_bgp' },
      bandwidth: { name: 'bw', size: 5, share_type: 'PER' },
    });
    await h.send('PUT', `/v1/:project_id/publicips/${eip.body.publicip.id}`, { publicip: { alias: 'renamed' } });
    await h.send('DELETE', `/v1/:project_id/publicips/${eip.body.publicip.id}`);

    const recorded = (await traces(h, 'limit=200')).traces;
    expect(recorded.every((trace) => trace.trace_rating === 'normal')).toBe(true);
    const names = new Set(recorded.map((trace) => trace.trace_name));
    for (const route of writeRoutes.filter((item) => item.trace)) {
      expect(names, `${route.method} ${route.path}`).toContain(route.trace!.name);
    }
    const byName = (name: string) => recorded.find((trace) => trace.trace_name === name)!;
    expect(byName('deleteL7policy')).toMatchObject({ resource_type: 'l7policy', resource_id: policy.id, code: '204' });
    const removal = recorded.filter((trace) => trace.trace_name === 'batchUpdateMember');
    expect(removal.map((trace) => [trace.resource_url?.split(' ')[0], trace.resource_id])).toEqual([
      ['PUT', grouped.pool.id],
      ['DELETE', member.id],
    ]);
    expect(byName('deleteHealthMonitor')).toMatchObject({ resource_type: 'healthmonitor', resource_id: monitor.id });
    expect(byName('deletePool')).toMatchObject({ resource_type: 'pool', resource_id: dns.id, resource_name: dns.name });
    expect(byName('deleteListener')).toMatchObject({ resource_type: 'listener', resource_name: 'listener-udp-53' });
    expect(byName('updateLoadbalancer')).toMatchObject({ resource_type: 'loadbalancer', code: '200' });
  });
});

describe('trace fields', () => {
  it('records the documented fields of a successful write', async () => {
    const h = harness();
    const body = { loadbalancer: { name: 'lb-audited', vip_subnet_id: await subnetId(h) } };
    const created = await h.send<LoadBalancerResponse>('POST', LBS, body);
    const [trace] = (await traces(h)).traces;
    expect(trace).toEqual({
      trace_id: expect.any(String),
      trace_name: 'createLoadbalancer',
      trace_rating: 'normal',
      trace_type: 'ApiCall',
      service_type: 'ELB',
      resource_type: 'loadbalancer',
      resource_id: created.body.loadbalancer.id,
      resource_name: 'lb-audited',
      source_ip: defaultSettings.sourceIp,
      request: JSON.stringify(body),
      response: JSON.stringify(created.body),
      code: '201',
      api_version: 'v2.0',
      time: h.clock.now(),
      record_time: h.clock.now(),
      request_id: expect.stringMatching(/^req-[0-9a-f]{8}$/),
      location_info: 'eu-de',
      endpoint: 'http://cloud.test',
      resource_url: 'POST /v2.0/lbaas/loadbalancers',
      user: defaultSettings.user,
      tracker_name: 'system',
      project_id: PROJECT,
    } satisfies Trace);
    expect(isUuid(trace!.trace_id)).toBe(true);
    expect(JSON.parse(trace!.request!)).toEqual(body);
  });

  it('records a refused write as a warning with the error code and message', async () => {
    const h = harness();
    const body = { loadbalancer: { name: 'x', vip_subnet_id: await subnetId(h), vip_address: '10.0.1.100' } };
    const refused = await h.send<ElbErrorBody>('POST', LBS, body);
    expect(refused.status).toBe(400);
    const [trace] = (await traces(h)).traces;
    expect(trace).toMatchObject({
      trace_name: 'createLoadbalancer',
      trace_rating: 'warning',
      code: '400',
      message: 'ELB.1101: Vip address is exist.',
      resource_id: '',
      request: JSON.stringify(body),
    });
    expect(JSON.parse(trace!.response!)).toEqual({ error_code: 'ELB.1101', error_msg: 'Vip address is exist.' });
  });

  it('names the resource a refused write was aimed at, and uses an empty request for DELETE', async () => {
    const h = harness();
    const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=elb-web-prod`);
    const lb = body.loadbalancers[0]!;
    expect((await h.send('DELETE', `${LBS}/${lb.id}`)).status).toBe(409);
    const [trace] = (await traces(h)).traces;
    expect(trace).toMatchObject({
      trace_name: 'deleteLoadbalancer',
      trace_rating: 'warning',
      code: '409',
      resource_id: lb.id,
      resource_name: 'elb-web-prod',
      request: '',
      resource_url: `DELETE ${LBS}/${lb.id}`,
    });
    expect((await h.send('PUT', `${LBS}/${lb.id}`, { loadbalancer: { name: 'x'.repeat(256) } })).status).toBe(400);
    expect((await traces(h)).traces[0]).toMatchObject({
      trace_name: 'updateLoadbalancer',
      resource_name: 'elb-web-prod',
    });
  });

  it('names a refused classic write after the classic resource', async () => {
    const h = harness();
    const frozen = (await classicLbByName(h, 'classic-billing-frozen'))!;
    expect((await h.send('PUT', `${CLASSIC_LBS}/${frozen.id}`, { name: 'thawed' })).status).toBe(400);
    expect((await traces(h)).traces[0]).toMatchObject({
      trace_name: 'updateLoadbalancer',
      trace_rating: 'warning',
      resource_id: frozen.id,
      resource_name: 'classic-billing-frozen',
    });
  });

  it('records the operator and source IP of the cloud settings', async () => {
    const user = { id: 'u1', name: 'auditor', domain: { id: 'd1', name: 'other-domain' } };
    const h = harness('demo', { user, sourceIp: '198.51.100.7', region: 'eu-nl' });
    await createMany(h, 1);
    const [trace] = (await traces(h)).traces;
    expect(trace).toMatchObject({ user, source_ip: '198.51.100.7', location_info: 'eu-nl' });
  });

  it('does not audit reads', async () => {
    const h = harness();
    await h.send('GET', LBS);
    await h.send('GET', '/v1/:project_id/publicips');
    expect((await traces(h)).traces).toEqual([]);
  });
});

describe('trace filters', () => {
  async function mixed() {
    const h = harness();
    const [first, second] = await createMany(h, 2);
    await h.send('PUT', `${LBS}/${first!}`, { loadbalancer: { name: 'lb-renamed' } });
    await h.send('POST', LBS, { loadbalancer: { name: 'broken' } });
    await h.send('DELETE', `${LBS}/${second!}`);
    await h.send('POST', '/v1/:project_id/publicips', {
      publicip: { type: '5_bgp' },
      bandwidth: { name: 'bw', size: 5, share_type: 'PER' },
    });
    return { h, first: first!, second: second! };
  }

  it('filters by resource type, resource ID and resource name', async () => {
    const { h, first, second } = await mixed();
    expect((await traces(h, 'resource_type=publicip')).traces.map((trace) => trace.trace_name)).toEqual([
      'createPublicip',
    ]);
    expect((await traces(h, 'resource_type=loadbalancer&limit=50')).traces).toHaveLength(5);
    expect((await traces(h, `resource_id=${first}`)).traces.map((trace) => trace.trace_name)).toEqual([
      'updateLoadbalancer',
      'createLoadbalancer',
    ]);
    expect((await traces(h, `resource_id=${second}`)).traces.map((trace) => trace.trace_name)).toEqual([
      'deleteLoadbalancer',
      'createLoadbalancer',
    ]);
    expect((await traces(h, 'resource_name=lb-renamed')).traces.map((trace) => trace.trace_name)).toEqual([
      'updateLoadbalancer',
    ]);
    expect((await traces(h, 'resource_name=lb')).traces).toEqual([]);
  });

  it('filters by service type, trace status and operator', async () => {
    const { h } = await mixed();
    expect((await traces(h, 'service_type=VPC')).traces.map((trace) => trace.service_type)).toEqual(['VPC']);
    expect((await traces(h, 'service_type=ELB')).traces).toHaveLength(5);
    const warnings = await traces(h, 'trace_rating=warning');
    expect(warnings.traces.map((trace) => [trace.trace_name, trace.code])).toEqual([['createLoadbalancer', '400']]);
    expect((await traces(h, 'trace_rating=normal&limit=50')).traces).toHaveLength(5);
    expect((await traces(h, 'trace_rating=incident')).traces).toEqual([]);
    expect((await traces(h, `user=${defaultSettings.user.name}&limit=50`)).traces).toHaveLength(6);
    expect((await traces(h, 'user=somebody-else')).traces).toEqual([]);
  });

  it('filters by trace name ignoring case', async () => {
    const { h } = await mixed();
    for (const name of ['createLoadbalancer', 'CREATELOADBALANCER', 'createloadbalancer']) {
      expect((await traces(h, `trace_name=${name}`)).traces).toHaveLength(3);
    }
    expect((await traces(h, 'trace_name=createLoad')).traces).toEqual([]);
  });

  it('accepts updatPool and updatePool for each other (C16)', async () => {
    const snapshot: Snapshot = buildScenario('demo');
    const now = Date.UTC(2026, 9, 31, 8, 0, 0);
    const seeded = (id: string, name: string, sequence: number): Snapshot['tables']['traces'][number] => ({
      id,
      sequence,
      trace_id: id,
      trace_name: name,
      trace_rating: 'normal',
      trace_type: 'ApiCall',
      service_type: 'ELB',
      resource_type: 'pool',
      resource_id: 'pool-1',
      resource_name: 'server_group-web',
      source_ip: '203.0.113.24',
      code: '200',
      api_version: 'v2.0',
      time: now - 60_000,
      record_time: now - 60_000,
      user: defaultSettings.user,
    });
    snapshot.tables.traces.push(seeded('t-1', 'updatPool', 1), seeded('t-2', 'createl7rule', 2));
    const h = harness(snapshot);
    expect(h.clock.now()).toBe(now);
    for (const name of ['updatPool', 'updatePool', 'UPDATEPOOL', 'updatpool']) {
      expect((await traces(h, `trace_name=${name}`)).traces.map((trace) => trace.trace_id)).toEqual(['t-1']);
    }
    for (const name of ['createl7rule', 'createL7rule']) {
      expect((await traces(h, `trace_name=${name}`)).traces.map((trace) => trace.trace_id)).toEqual(['t-2']);
    }
    expect((await traces(h, 'trace_name=updatePools')).traces).toEqual([]);
  });

  it('answers 400 CTS.0001 for bad filter values', async () => {
    const h = harness();
    const now = h.clock.now();
    const bad = [
      'trace_rating=fatal',
      'service_type=elb',
      'trace_type=data',
      'tracker_name=mine',
      'resource_id=',
      `from=${now - HOUR}`,
      `to=${now}`,
      `from=${now}&to=${now - HOUR}`,
      `from=${now}&to=${now}`,
      `from=123&to=${now}`,
      'limit=0',
      'limit=201',
      'limit=ten',
      'next=',
    ];
    for (const query of bad) {
      const res = await h.send<ElbErrorBody>('GET', `${TRACES}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error_code, query).toBe('CTS.0001');
      expect(res.body.request_id).toMatch(/^req-/);
    }
    const together = await h.send<ElbErrorBody>('GET', `${TRACES}?from=${now - HOUR}`);
    expect(together.body.error_msg).toContain('from and to must be used together.');
    const limit = await h.send<ElbErrorBody>('GET', `${TRACES}?limit=201`);
    expect(limit.body.error_msg).toContain('limit must be a whole number from 1 to 200.');
    expect((await h.send('GET', `${TRACES}?trace_type=system&tracker_name=system&limit=200`)).status).toBe(200);
  });

  it('answers 400 for another project', async () => {
    const h = harness();
    const res = await h.send<ElbErrorBody>('GET', '/v3/0123456789abcdef0123456789abcdef/traces');
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('CTS.0001');
  });
});

describe('trace order, paging and time window', () => {
  it('lists newest first, also within one millisecond', async () => {
    const h = harness();
    await createMany(h, 3, 1000);
    await createMany(h, 3);
    const names = (await traces(h)).traces.map((trace) => trace.resource_name);
    expect(names).toEqual(['lb-2', 'lb-1', 'lb-0', 'lb-2', 'lb-1', 'lb-0']);
    const times = (await traces(h)).traces.map((trace) => trace.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('returns 10 traces by default and pages with next = the previous marker', async () => {
    const h = harness();
    await createMany(h, 25, 10);
    const first = await traces(h);
    expect(first.traces).toHaveLength(10);
    expect(first.meta_data).toEqual({ count: 10, marker: first.traces[9]!.trace_id });

    const seen = [...first.traces];
    let marker = first.meta_data.marker;
    let pages = 1;
    while (marker) {
      const page = await traces(h, `next=${marker}`);
      seen.push(...page.traces);
      marker = page.meta_data.marker;
      pages += 1;
      if (marker) expect(page.meta_data.count).toBe(10);
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen.map((trace) => trace.trace_id)).size).toBe(25);
    expect(seen.map((trace) => trace.resource_name)).toEqual(Array.from({ length: 25 }, (_, i) => `lb-${24 - i}`));
  });

  it('ends with marker null when the last page is exactly full, and pages within filters', async () => {
    const h = harness();
    await createMany(h, 4);
    await h.send('POST', LBS, { loadbalancer: {} });
    await h.send('POST', LBS, { loadbalancer: {} });
    const exact = await traces(h, 'limit=6');
    expect(exact.meta_data).toEqual({ count: 6, marker: null });
    const warnings = await traces(h, 'trace_rating=warning&limit=1');
    expect(warnings.meta_data.marker).toBe(warnings.traces[0]!.trace_id);
    const rest = await traces(h, `trace_rating=warning&limit=1&next=${warnings.meta_data.marker!}`);
    expect(rest.traces).toHaveLength(1);
    expect(rest.traces[0]!.trace_rating).toBe('warning');
    expect(rest.meta_data.marker).toBeNull();
    const unknown = await h.send<ElbErrorBody>('GET', `${TRACES}?next=not-a-trace`);
    expect(unknown.status).toBe(400);
  });

  it('answers the last hour by default and older traces with from/to', async () => {
    const h = harness();
    const start = h.clock.now();
    const [old] = await createMany(h, 1);
    h.clock.advance(HOUR);
    expect((await traces(h)).traces).toHaveLength(1);
    h.clock.advance(1);
    expect((await traces(h)).traces).toEqual([]);
    const [recent] = await createMany(h, 1);
    expect((await traces(h)).traces.map((trace) => trace.resource_id)).toEqual([recent]);

    const window = await traces(h, `from=${start - 1000}&to=${start + 1000}`);
    expect(window.traces.map((trace) => trace.resource_id)).toEqual([old]);
    const both = await traces(h, `from=${start}&to=${h.clock.now()}`);
    expect(both.traces.map((trace) => trace.resource_id)).toEqual([recent, old]);
    const future = await traces(h, `from=${h.clock.now() + 1}&to=${h.clock.now() + HOUR}`);
    expect(future.traces).toEqual([]);
  });

  it('keeps traces for seven days: older ones are gone, by window, by marker paging and by trace_id', async () => {
    const h = harness();
    const start = h.clock.now();
    const [expiring] = await createMany(h, 1);
    const trace = (await traces(h)).traces[0]!;
    h.clock.advance(7 * 24 * HOUR);
    const window = `from=${start - HOUR}&to=${h.clock.now()}`;
    expect((await traces(h, window)).traces.map((item) => item.resource_id)).toEqual([expiring]);
    expect((await traces(h, `trace_id=${trace.trace_id}`)).traces).toHaveLength(1);
    h.clock.advance(1);
    expect((await traces(h, window)).traces).toEqual([]);
    expect((await traces(h, `trace_id=${trace.trace_id}`)).traces).toEqual([]);
  });

  it('combines filters with the time window and paging', async () => {
    const h = harness();
    const ids = await createMany(h, 3, 1000);
    for (const id of ids) await h.send('PUT', `${LBS}/${id}`, { loadbalancer: { description: 'x' } });
    const query = 'trace_type=system&service_type=ELB&resource_type=loadbalancer&trace_name=updateloadbalancer';
    const first = await traces(h, `${query}&limit=2`);
    expect(first.traces.map((item) => item.resource_name)).toEqual(['lb-2', 'lb-1']);
    const rest = await traces(h, `${query}&limit=2&next=${first.meta_data.marker!}`);
    expect(rest.traces.map((item) => item.resource_name)).toEqual(['lb-0']);
    expect(rest.meta_data).toEqual({ count: 1, marker: null });
  });

  it('answers only the given trace for trace_id, whatever the other filters and the time', async () => {
    const h = harness();
    await createMany(h, 3);
    const target = (await traces(h)).traces[1]!;
    h.clock.advance(5 * HOUR);
    const found = await traces(h, `trace_id=${target.trace_id}&resource_type=pool&trace_rating=warning&limit=1`);
    expect(found.traces).toEqual([target]);
    expect(found.meta_data).toEqual({ count: 1, marker: null });
    expect((await traces(h, 'trace_id=unknown')).traces).toEqual([]);
  });
});
