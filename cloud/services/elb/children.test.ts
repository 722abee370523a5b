/**
 * Reads of the resources under a load balancer and the documented delete order across them
 * (FEATURES §3.5, §4.7, §5.3, C9). Creates and updates are tested next to each resource's module.
 */
import { describe, expect, it } from 'vitest';
import type { ElbErrorBody } from '../../../contract/common';
import type { ServerListResponse } from '../../../contract/ecs/servers';
import type { HealthMonitorListResponse, HealthMonitorResponse } from '../../../contract/elb-v2/health-monitors';
import type { L7PolicyListResponse, L7PolicyResponse } from '../../../contract/elb-v2/l7-policies';
import type { ListenerListResponse, ListenerResponse } from '../../../contract/elb-v2/listeners';
import type {
  LoadBalancer,
  LoadBalancerListResponse,
  LoadBalancerResponse,
} from '../../../contract/elb-v2/load-balancers';
import type { Member, MemberListResponse, MemberResponse } from '../../../contract/elb-v2/members';
import type { Pool, PoolListResponse, PoolResponse } from '../../../contract/elb-v2/pools';
import type { PublicIpListResponse } from '../../../contract/vpc/publicips';
import { buildScenario } from '../../scenarios';
import type { Snapshot } from '../../store/store';
import type { ListenerRow } from '../../store/tables';
import { harness, type Harness } from '../../testing/harness';

const V2 = '/v2.0/lbaas';
const MISSING_ID = '5b1e8c3e-0000-4000-a000-000000000000';
const HTTPS_LISTENER_ID = 'f0000000-0000-4000-a000-000000000001';
const REDIRECT_ID = 'f0000000-0000-4000-a000-000000000002';
const WHITELIST_ID = 'f0000000-0000-4000-a000-000000000003';

/**
 * The demo account plus an HTTPS listener on elb-web-prod (server, CA and SNI certificates,
 * an access whitelist) that listener-http-80 redirects to.
 */
function demoWithRedirect(): Snapshot {
  const snapshot = buildScenario('demo');
  const http = snapshot.tables.listeners.find((row) => row.name === 'listener-http-80')!;
  const https: ListenerRow = {
    ...http,
    id: HTTPS_LISTENER_ID,
    name: 'listener-https-443',
    protocol: 'TERMINATED_HTTPS',
    protocol_port: 443,
    default_pool_id: null,
    default_tls_container_ref: 'cert-server-1',
    client_ca_tls_container_ref: 'cert-ca-1',
    sni_container_refs: ['cert-sni-1', 'cert-sni-2'],
    tls_ciphers_policy: 'tls-1-2',
    tags: [],
  };
  snapshot.tables.listeners.push(https);
  snapshot.tables.l7policies.push({
    id: REDIRECT_ID,
    tenant_id: http.tenant_id,
    listener_id: http.id,
    name: 'redirect-to-https',
    description: '',
    action: 'REDIRECT_TO_LISTENER',
    redirect_pool_id: null,
    redirect_listener_id: https.id,
    position: 100,
    admin_state_up: true,
    provisioning_status: 'ACTIVE',
    created_at: http.created_at,
  });
  snapshot.tables.whitelists.push({
    id: WHITELIST_ID,
    tenant_id: http.tenant_id,
    listener_id: https.id,
    enable_whitelist: true,
    whitelist: '192.168.0.0/24',
  });
  return snapshot;
}

async function get<T>(h: Harness, path: string): Promise<T> {
  const res = await h.send<T>('GET', path);
  expect(res.status, path).toBe(200);
  return res.body;
}

async function lbByName(h: Harness, name: string): Promise<LoadBalancer> {
  return (await get<LoadBalancerListResponse>(h, `${V2}/loadbalancers?name=${name}`)).loadbalancers[0]!;
}
async function poolByName(h: Harness, name: string): Promise<Pool> {
  return (await get<PoolListResponse>(h, `${V2}/pools?name=${name}`)).pools[0]!;
}
async function listenerId(h: Harness, name: string): Promise<string> {
  return (await get<ListenerListResponse>(h, `${V2}/listeners?name=${name}`)).listeners[0]!.id;
}
async function membersOf(h: Harness, poolId: string): Promise<Member[]> {
  return (await get<MemberListResponse>(h, `${V2}/pools/${poolId}/members`)).members;
}
async function removeMembers(h: Harness, pool: Pool) {
  for (const member of await membersOf(h, pool.id)) {
    expect((await h.send('DELETE', `${V2}/pools/${pool.id}/members/${member.id}`)).status).toBe(204);
  }
}
async function removeMonitor(h: Harness, pool: Pool) {
  const current = (await get<PoolResponse>(h, `${V2}/pools/${pool.id}`)).pool;
  expect((await h.send('DELETE', `${V2}/healthmonitors/${current.healthmonitor_id!}`)).status).toBe(204);
}

const names = (items: { name: string }[]) => items.map((item) => item.name).sort();

async function expectConflict(h: Harness, path: string, fragment: string) {
  const res = await h.send<ElbErrorBody>('DELETE', path);
  expect(res.status, path).toBe(409);
  expect(res.body.error_code).toBe('ELB.8907');
  expect(res.body.error_msg).toContain(fragment);
}

describe('listeners', () => {
  it('lists and filters listeners, loadbalancer_id repeated', async () => {
    const h = harness();
    const all = await get<ListenerListResponse>(h, `${V2}/listeners`);
    expect(names(all.listeners)).toEqual([
      'listener-http',
      'listener-http-80',
      'listener-https-443',
      'listener-tcp-8080',
      'listener-udp-53',
    ]);
    const web = await lbByName(h, 'elb-web-prod');
    const staging = await lbByName(h, 'elb-staging');
    const one = await get<ListenerListResponse>(h, `${V2}/listeners?loadbalancer_id=${web.id}`);
    expect(names(one.listeners)).toEqual(['listener-http-80', 'listener-https-443']);
    const two = await get<ListenerListResponse>(
      h,
      `${V2}/listeners?loadbalancer_id=${web.id}&loadbalancer_id=${staging.id}`,
    );
    expect(names(two.listeners)).toEqual(['listener-http', 'listener-http-80', 'listener-https-443']);
    const http = await get<ListenerListResponse>(h, `${V2}/listeners?protocol=HTTP&protocol_port=80`);
    expect(http.listeners).toHaveLength(2);
    const udp = await get<ListenerListResponse>(h, `${V2}/listeners?protocol=UDP`);
    expect(names(udp.listeners)).toEqual(['listener-udp-53']);
  });

  it('finds the listeners that use a certificate (tls_container_id, sni_container_refs)', async () => {
    const h = harness(demoWithRedirect());
    for (const ref of ['cert-server-1', 'cert-ca-1']) {
      const found = await get<ListenerListResponse>(h, `${V2}/listeners?tls_container_id=${ref}`);
      expect(found.listeners.map((listener) => listener.id)).toEqual([HTTPS_LISTENER_ID]);
    }
    const sni = await get<ListenerListResponse>(h, `${V2}/listeners?sni_container_refs=cert-sni-2`);
    expect(sni.listeners.map((listener) => listener.id)).toEqual([HTTPS_LISTENER_ID]);
    expect((await get<ListenerListResponse>(h, `${V2}/listeners?tls_container_id=cert-sni-1`)).listeners).toEqual([]);
    // Listeners without certificates hold null, which is no certificate called "null".
    expect((await get<ListenerListResponse>(h, `${V2}/listeners?tls_container_id=null`)).listeners).toEqual([]);
  });

  it('sorts and pages listeners', async () => {
    const h = harness();
    const sorted = await get<ListenerListResponse>(h, `${V2}/listeners?sort_key=protocol_port&sort_dir=desc`);
    expect(sorted.listeners.map((listener) => listener.protocol_port)).toEqual([8080, 443, 80, 80, 53]);
    const page = await get<ListenerListResponse>(h, `${V2}/listeners?sort_key=protocol_port&sort_dir=desc&limit=3`);
    expect(page.listeners).toEqual(sorted.listeners.slice(0, 3));
    expect(page.listeners_links!.map((link) => link.rel)).toEqual(['next']);
  });

  it('shows a listener as the v2.0 wire object', async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const id = await listenerId(h, 'listener-http-80');
    const { listener } = await get<ListenerResponse>(h, `${V2}/listeners/${id}`);
    expect(listener).toMatchObject({
      id,
      name: 'listener-http-80',
      protocol: 'HTTP',
      protocol_port: 80,
      loadbalancers: [{ id: web.id }],
      tags: ['env=prod'],
      tls_ciphers_policy: null,
      sni_container_refs: [],
    });
    expect(listener.default_pool_id).toBe((await poolByName(h, 'server_group-web')).id);
    expect(listener).not.toHaveProperty('loadbalancer_id');
    expect(listener).not.toHaveProperty('transparent_client_ip_enable');
    const missing = await h.send<ElbErrorBody>('GET', `${V2}/listeners/${MISSING_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({
      error_code: 'ELB.8904',
      error_msg: `listener ${MISSING_ID} could not be found.`,
    });
  });
});

describe('pools', () => {
  it('lists and filters pools, member_address and member_device_id included', async () => {
    const h = harness();
    expect((await get<PoolListResponse>(h, `${V2}/pools`)).pools).toHaveLength(6);
    const byAddress = await get<PoolListResponse>(h, `${V2}/pools?member_address=10.0.2.21`);
    expect(names(byAddress.pools)).toEqual(['server_group-api', 'server_group-orders']);
    const servers = await get<ServerListResponse>(h, '/v1/:project_id/cloudservers/detail?name=ecs-web-01');
    const byDevice = await get<PoolListResponse>(h, `${V2}/pools?member_device_id=${servers.servers[0]!.id}`);
    expect(names(byDevice.pools)).toEqual(['server_group-web', 'server_group-web-tls']);
    const web = await lbByName(h, 'elb-web-prod');
    expect(names((await get<PoolListResponse>(h, `${V2}/pools?loadbalancer_id=${web.id}`)).pools)).toEqual([
      'server_group-api',
      'server_group-web',
      'server_group-web-tls',
    ]);
    const tcp = await get<PoolListResponse>(h, `${V2}/pools?protocol=TCP&lb_algorithm=LEAST_CONNECTIONS`);
    expect(names(tcp.pools)).toEqual(['server_group-orders']);
    const withMonitor = await poolByName(h, 'server_group-staging');
    const byMonitor = await get<PoolListResponse>(h, `${V2}/pools?healthmonitor_id=${withMonitor.healthmonitor_id!}`);
    expect(names(byMonitor.pools)).toEqual(['server_group-staging']);
  });

  it('shows a pool with its members, health check and the listeners that use it', async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const http = await listenerId(h, 'listener-http-80');
    const api = await poolByName(h, 'server_group-api');
    const { pool } = await get<PoolResponse>(h, `${V2}/pools/${api.id}`);
    expect(pool.members).toHaveLength(3);
    expect(pool.healthmonitor_id).not.toBeNull();
    // Used through the forwarding policy, not as default group.
    expect(pool.listeners).toEqual([{ id: http }]);
    expect(pool.loadbalancers).toEqual([{ id: web.id }]);
    expect(pool).not.toHaveProperty('loadbalancer_id');
    const dns = await poolByName(h, 'server_group-dns');
    expect(dns).toMatchObject({ members: [], healthmonitor_id: null, lb_algorithm: 'SOURCE_IP' });
    expect((await h.send<ElbErrorBody>('GET', `${V2}/pools/${MISSING_ID}`)).status).toBe(404);
  });
});

describe('members', () => {
  it('lists, filters and shows the members of a pool', async () => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    const members = await membersOf(h, web.id);
    expect(members.map((member) => member.address).sort()).toEqual([
      '10.0.1.11',
      '10.0.1.12',
      '10.0.1.13',
      '10.0.1.14',
    ]);
    const one = await get<MemberListResponse>(h, `${V2}/pools/${web.id}/members?address=10.0.1.12`);
    expect(one.members.map((member) => member.name)).toEqual(['ecs-web-02']);
    const weight = await get<MemberListResponse>(h, `${V2}/pools/${web.id}/members?weight=10&protocol_port=80`);
    expect(weight.members).toHaveLength(4);
    const member = members[0]!;
    const shown = await get<MemberResponse>(h, `${V2}/pools/${web.id}/members/${member.id}`);
    expect(shown.member).toEqual(member);
    expect(shown.member).toMatchObject({ operating_status: 'ONLINE', pool_id: web.id, weight: 10 });
    // A member is found only under its own pool.
    const api = await poolByName(h, 'server_group-api');
    expect((await h.send<ElbErrorBody>('GET', `${V2}/pools/${api.id}/members/${member.id}`)).status).toBe(404);
    expect((await h.send<ElbErrorBody>('GET', `${V2}/pools/${MISSING_ID}/members`)).status).toBe(404);
  });

  it('lists every member of the project with device, pool and load balancer (extension)', async () => {
    const h = harness();
    const all = await get<MemberListResponse>(h, `${V2}/members`);
    expect(all.members).toHaveLength(17);
    const internal = await lbByName(h, 'elb-api-internal');
    const orders = await poolByName(h, 'server_group-orders');
    const servers = await get<ServerListResponse>(h, '/v1/:project_id/cloudservers/detail?name=ecs-app-04');
    const byLb = await get<MemberListResponse>(h, `${V2}/members?loadbalancer_id=${internal.id}`);
    expect(byLb.members).toHaveLength(4);
    expect(byLb.members.find((member) => member.address === '10.0.2.24')).toMatchObject({
      device_id: servers.servers[0]!.id,
      device_owner: 'compute:eu-de-02',
      pool_id: orders.id,
      loadbalancer_id: internal.id,
      operating_status: 'OFFLINE',
    });
  });

  it('derives operating_status: OFFLINE for a stopped server and for a wrong port', async () => {
    const h = harness();
    const offline = await get<MemberListResponse>(h, `${V2}/members?operating_status=OFFLINE`);
    expect(offline.members.map((member) => `${member.name} ${member.address}`).sort()).toEqual([
      'ecs-app-04 10.0.2.24',
      'ecs-staging-02 172.16.10.12',
    ]);
    const online = await get<MemberListResponse>(h, `${V2}/members?operating_status=ONLINE`);
    expect(online.members).toHaveLength(15);
    expect((await get<MemberListResponse>(h, `${V2}/members?operating_status=NO_MONITOR`)).members).toEqual([]);
    const internal = await lbByName(h, 'elb-api-internal');
    const both = await get<MemberListResponse>(
      h,
      `${V2}/members?operating_status=OFFLINE&loadbalancer_id=${internal.id}`,
    );
    expect(both.members.map((member) => member.address)).toEqual(['10.0.2.24']);
  });

  it('reports NO_MONITOR once the pool has no health check', async () => {
    const h = harness();
    const staging = await poolByName(h, 'server_group-staging');
    await removeMonitor(h, staging);
    const members = await membersOf(h, staging.id);
    expect(members.map((member) => member.operating_status)).toEqual(['NO_MONITOR', 'NO_MONITOR']);
    const noMonitor = await get<MemberListResponse>(h, `${V2}/members?operating_status=NO_MONITOR`);
    expect(noMonitor.members.map((member) => member.address).sort()).toEqual(['172.16.10.11', '172.16.10.12']);
    // Other pools keep their health.
    const orders = await poolByName(h, 'server_group-orders');
    expect((await membersOf(h, orders.id)).filter((member) => member.operating_status === 'OFFLINE')).toHaveLength(1);
  });
});

describe('health checks and forwarding policies', () => {
  it('lists, filters and shows health checks', async () => {
    const h = harness();
    const all = await get<HealthMonitorListResponse>(h, `${V2}/healthmonitors`);
    expect(all.healthmonitors).toHaveLength(5);
    expect((await get<HealthMonitorListResponse>(h, `${V2}/healthmonitors?type=HTTP`)).healthmonitors).toHaveLength(4);
    const byPort = await get<HealthMonitorListResponse>(h, `${V2}/healthmonitors?monitor_port=8080`);
    expect(byPort.healthmonitors.map((monitor) => monitor.url_path)).toEqual(['/api/health']);
    expect((await get<HealthMonitorListResponse>(h, `${V2}/healthmonitors?monitor_port=null`)).healthmonitors).toEqual(
      [],
    );
    const web = await poolByName(h, 'server_group-web');
    const { healthmonitor } = await get<HealthMonitorResponse>(h, `${V2}/healthmonitors/${web.healthmonitor_id!}`);
    expect(healthmonitor).toMatchObject({
      type: 'HTTP',
      url_path: '/healthz',
      domain_name: 'www.example.com',
      pools: [{ id: web.id }],
    });
    expect(healthmonitor).not.toHaveProperty('pool_id');
    expect((await h.send<ElbErrorBody>('GET', `${V2}/healthmonitors/${MISSING_ID}`)).status).toBe(404);
  });

  it('lists and filters forwarding policies, with rule IDs or whole rules', async () => {
    const h = harness(demoWithRedirect());
    const http = await listenerId(h, 'listener-http-80');
    const all = await get<L7PolicyListResponse>(h, `${V2}/l7policies`);
    expect(names(all.l7policies)).toEqual(['forwarding_policy-api', 'redirect-to-https']);
    const redirects = await get<L7PolicyListResponse>(h, `${V2}/l7policies?action=REDIRECT_TO_LISTENER`);
    expect(redirects.l7policies).toMatchObject([
      { id: REDIRECT_ID, redirect_listener_id: HTTPS_LISTENER_ID, redirect_pool_id: null, rules: [] },
    ]);
    const byListener = await get<L7PolicyListResponse>(h, `${V2}/l7policies?listener_id=${http}`);
    expect(byListener.l7policies).toHaveLength(2);

    const ids = await get<L7PolicyListResponse>(h, `${V2}/l7policies?action=REDIRECT_TO_POOL`);
    const policy = ids.l7policies[0]!;
    expect(policy.rules).toHaveLength(2);
    expect(Object.keys(policy.rules[0]!)).toEqual(['id']);

    const full = await get<L7PolicyListResponse>(h, `${V2}/l7policies?action=REDIRECT_TO_POOL&display_all_rules=true`);
    expect(full.l7policies).toHaveLength(1);
    expect(full.l7policies[0]!.rules.map((rule) => [rule.type, rule.compare_type, rule.value])).toEqual(
      expect.arrayContaining([
        ['HOST_NAME', 'EQUAL_TO', 'www.example.com'],
        ['PATH', 'STARTS_WITH', '/api/'],
      ]),
    );
    expect((await get<L7PolicyListResponse>(h, `${V2}/l7policies?display_all_rules=false`)).l7policies).toHaveLength(2);

    const shown = await get<L7PolicyResponse>(h, `${V2}/l7policies/${policy.id}`);
    expect(shown.l7policy.rules[0]).toMatchObject({ invert: false, key: null, provisioning_status: 'ACTIVE' });
    expect((await h.send<ElbErrorBody>('GET', `${V2}/l7policies/${MISSING_ID}`)).status).toBe(404);
  });
});

describe('delete preconditions', () => {
  it('refuses to delete a pool that still has members', async () => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    await expectConflict(h, `${V2}/pools/${web.id}`, 'still has backend servers');
  });

  it('refuses to delete a pool that still has a health check', async () => {
    const h = harness();
    const staging = await poolByName(h, 'server_group-staging');
    await removeMembers(h, staging);
    await expectConflict(h, `${V2}/pools/${staging.id}`, 'still has a health check');
    await removeMonitor(h, staging);
    expect((await h.send('DELETE', `${V2}/pools/${staging.id}`)).status).toBe(204);
  });

  it('refuses to delete a pool a forwarding policy forwards to', async () => {
    const h = harness();
    const api = await poolByName(h, 'server_group-api');
    await removeMembers(h, api);
    await removeMonitor(h, api);
    await expectConflict(h, `${V2}/pools/${api.id}`, 'forwarding policy');
    expect((await get<PoolResponse>(h, `${V2}/pools/${api.id}`)).pool.id).toBe(api.id);
  });

  it('clears the default group of the listener when an empty default pool is deleted', async () => {
    const h = harness();
    const dns = await poolByName(h, 'server_group-dns');
    const udp = await listenerId(h, 'listener-udp-53');
    expect((await h.send('DELETE', `${V2}/pools/${dns.id}`)).status).toBe(204);
    expect((await get<ListenerResponse>(h, `${V2}/listeners/${udp}`)).listener.default_pool_id).toBeNull();
    expect((await h.send('DELETE', `${V2}/listeners/${udp}`)).status).toBe(204);
  });

  it('refuses to delete a listener with a default pool, then one with forwarding policies', async () => {
    const h = harness();
    const http = await listenerId(h, 'listener-http-80');
    await expectConflict(h, `${V2}/listeners/${http}`, 'still has backend server group');
    const web = await poolByName(h, 'server_group-web');
    await removeMembers(h, web);
    await removeMonitor(h, web);
    expect((await h.send('DELETE', `${V2}/pools/${web.id}`)).status).toBe(204);
    await expectConflict(h, `${V2}/listeners/${http}`, 'forwarding policies');
  });

  it('refuses to delete a listener that a redirect points to, and deletes its whitelist with it', async () => {
    const h = harness(demoWithRedirect());
    await expectConflict(h, `${V2}/listeners/${HTTPS_LISTENER_ID}`, `target of redirect ${REDIRECT_ID}`);
    expect((await h.send('DELETE', `${V2}/l7policies/${REDIRECT_ID}`)).status).toBe(204);
    expect((await h.send('DELETE', `${V2}/listeners/${HTTPS_LISTENER_ID}`)).status).toBe(204);
    expect(h.cloud.store.read((tx) => tx.get('whitelists', WHITELIST_ID))).toBeUndefined();
  });

  it('refuses deletes under a load balancer that is PENDING after an update, until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const staging = await lbByName(h, 'elb-staging');
    const pool = await poolByName(h, 'server_group-staging');
    const [member] = await membersOf(h, pool.id);
    expect(
      (await h.send('PUT', `${V2}/loadbalancers/${staging.id}`, { loadbalancer: { description: 'x' } })).status,
    ).toBe(200);
    const pending = await get<LoadBalancerResponse>(h, `${V2}/loadbalancers/${staging.id}`);
    expect(pending.loadbalancer.provisioning_status).toBe('PENDING_UPDATE');
    const refused = await h.send<ElbErrorBody>('DELETE', `${V2}/pools/${pool.id}/members/${member!.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error_msg).toBe(
      `Loadbalancer ${staging.id} is immutable and cannot be updated while it is PENDING_UPDATE.`,
    );
    await expectConflict(h, `${V2}/healthmonitors/${pool.healthmonitor_id!}`, 'PENDING_UPDATE');
    await expectConflict(h, `${V2}/listeners/${await listenerId(h, 'listener-http')}`, 'PENDING_UPDATE');
    // Another load balancer is not affected.
    const orders = await poolByName(h, 'server_group-orders');
    const [other] = await membersOf(h, orders.id);
    expect((await h.send('DELETE', `${V2}/pools/${orders.id}/members/${other!.id}`)).status).toBe(204);

    h.clock.advance(999);
    expect((await h.send('DELETE', `${V2}/pools/${pool.id}/members/${member!.id}`)).status).toBe(409);
    h.clock.advance(1);
    expect((await h.send('DELETE', `${V2}/pools/${pool.id}/members/${member!.id}`)).status).toBe(204);
    expect(await membersOf(h, pool.id)).toHaveLength(1);
  });

  it('answers 404 for deletes of things that do not exist', async () => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    for (const path of [
      `${V2}/listeners/${MISSING_ID}`,
      `${V2}/pools/${MISSING_ID}`,
      `${V2}/pools/${web.id}/members/${MISSING_ID}`,
      `${V2}/healthmonitors/${MISSING_ID}`,
      `${V2}/l7policies/${MISSING_ID}`,
    ]) {
      const res = await h.send<ElbErrorBody>('DELETE', path);
      expect(res.status, path).toBe(404);
      expect(res.body.error_code).toBe('ELB.8904');
    }
    const api = await poolByName(h, 'server_group-api');
    const [member] = await membersOf(h, web.id);
    expect((await h.send('DELETE', `${V2}/pools/${api.id}/members/${member!.id}`)).status).toBe(404);
    expect(await membersOf(h, web.id)).toHaveLength(4);
  });

  it('deletes elb-web-prod in the documented order and keeps its EIP', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const http = await listenerId(h, 'listener-http-80');
    const https = await listenerId(h, 'listener-https-443');
    const pools = (await get<PoolListResponse>(h, `${V2}/pools?loadbalancer_id=${lb.id}`)).pools;
    expect(pools).toHaveLength(3);

    await expectConflict(h, `${V2}/loadbalancers/${lb.id}`, 'listener');
    // 1. forwarding policies
    const policies = (await get<L7PolicyListResponse>(h, `${V2}/l7policies?listener_id=${http}`)).l7policies;
    for (const policy of policies) expect((await h.send('DELETE', `${V2}/l7policies/${policy.id}`)).status).toBe(204);
    // 2. backend servers, 3. health checks, 4. backend server groups
    for (const pool of pools) await removeMembers(h, pool);
    for (const pool of pools) await removeMonitor(h, pool);
    for (const pool of pools) expect((await h.send('DELETE', `${V2}/pools/${pool.id}`)).status).toBe(204);
    // 5. listeners, 6. the load balancer
    expect((await h.send('DELETE', `${V2}/listeners/${http}`)).status).toBe(204);
    expect((await h.send('DELETE', `${V2}/listeners/${https}`)).status).toBe(204);
    expect((await h.send('DELETE', `${V2}/loadbalancers/${lb.id}`)).status).toBe(204);

    expect((await h.send<ElbErrorBody>('GET', `${V2}/loadbalancers/${lb.id}`)).status).toBe(404);
    expect((await get<ListenerListResponse>(h, `${V2}/listeners?loadbalancer_id=${lb.id}`)).listeners).toEqual([]);
    expect((await get<PoolListResponse>(h, `${V2}/pools?loadbalancer_id=${lb.id}`)).pools).toEqual([]);
    expect((await get<MemberListResponse>(h, `${V2}/members?loadbalancer_id=${lb.id}`)).members).toEqual([]);
    expect((await get<HealthMonitorListResponse>(h, `${V2}/healthmonitors`)).healthmonitors).toHaveLength(2);
    expect(h.cloud.store.read((tx) => tx.all('l7rules'))).toEqual([]);
    expect(h.cloud.store.read((tx) => tx.get('ports', lb.vip_port_id))).toBeUndefined();
    const eip = (await get<PublicIpListResponse>(h, '/v1/:project_id/publicips')).publicips.find(
      (item) => item.public_ip_address === '80.158.10.21',
    );
    expect(eip).toMatchObject({ status: 'DOWN' });
    expect(eip).not.toHaveProperty('port_id');
  });

  it('refuses to delete a load balancer whose listeners are gone but whose pools remain', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const http = await listenerId(h, 'listener-http-80');
    const policies = (await get<L7PolicyListResponse>(h, `${V2}/l7policies?listener_id=${http}`)).l7policies;
    for (const policy of policies) await h.send('DELETE', `${V2}/l7policies/${policy.id}`);
    const web = await poolByName(h, 'server_group-web');
    await removeMembers(h, web);
    await removeMonitor(h, web);
    expect((await h.send('DELETE', `${V2}/pools/${web.id}`)).status).toBe(204);
    expect((await h.send('DELETE', `${V2}/listeners/${http}`)).status).toBe(204);
    const tls = await poolByName(h, 'server_group-web-tls');
    await removeMembers(h, tls);
    await removeMonitor(h, tls);
    expect((await h.send('DELETE', `${V2}/pools/${tls.id}`)).status).toBe(204);
    expect((await h.send('DELETE', `${V2}/listeners/${await listenerId(h, 'listener-https-443')}`)).status).toBe(204);
    // server_group-api was reached through the policy only; it is still there.
    await expectConflict(h, `${V2}/loadbalancers/${lb.id}`, '1 backend server group(s)');
  });
});
