import { describe, expect, it } from 'vitest';
import type {
  CreateHealthMonitorRequest,
  HealthMonitorListResponse,
  HealthMonitorResponse,
} from '../../../contract/elb-v2/health-monitors';
import type { MemberListResponse } from '../../../contract/elb-v2/members';
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
  V2,
} from '../../testing/elb';

const MONITORS = `${V2}/healthmonitors`;

type MonitorBody = CreateHealthMonitorRequest['healthmonitor'];

async function addMonitor(h: Harness, healthmonitor: MonitorBody) {
  return (await ok<HealthMonitorResponse>(h, 'POST', MONITORS, { healthmonitor })).healthmonitor;
}

async function health(h: Harness, poolId: string) {
  const { members } = await ok<MemberListResponse>(h, 'GET', `${V2}/pools/${poolId}/members`);
  return members.map((member) => `${member.address}:${member.operating_status}`).sort();
}

/** server_group-staging's check, removed so the group has none. */
async function stagingWithoutMonitor(h: Harness) {
  const staging = await poolByName(h, 'server_group-staging');
  await ok(h, 'DELETE', `${MONITORS}/${staging.healthmonitor_id!}`);
  return staging;
}

describe('configuring a health check', () => {
  it('creates a check with the documented defaults and the members get a health status', async () => {
    const h = harness();
    const staging = await stagingWithoutMonitor(h);
    expect(await health(h, staging.id)).toEqual(['172.16.10.11:NO_MONITOR', '172.16.10.12:NO_MONITOR']);
    const monitor = await addMonitor(h, { pool_id: staging.id, type: 'HTTP', delay: 5, timeout: 3, max_retries: 3 });
    expect(monitor).toEqual({
      id: expect.any(String),
      tenant_id: PROJECT,
      name: '',
      type: 'HTTP',
      delay: 5,
      timeout: 3,
      max_retries: 3,
      max_retries_down: 3,
      monitor_port: null,
      domain_name: null,
      url_path: '/',
      expected_codes: '200',
      http_method: 'GET',
      admin_state_up: true,
      pools: [{ id: staging.id }],
    });
    expect((await ok<PoolResponse>(h, 'GET', `${V2}/pools/${staging.id}`)).pool.healthmonitor_id).toBe(monitor.id);
    expect(await health(h, staging.id)).toEqual(['172.16.10.11:ONLINE', '172.16.10.12:OFFLINE']);
    const lb = await lbByName(h, 'elb-staging');
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lb.id}/statuses`);
    expect(tree.statuses.loadbalancer.pools[0]!.healthmonitor).toMatchObject({ id: monitor.id, type: 'HTTP' });
  });

  it('keeps every field the body sets', async () => {
    const h = harness();
    const staging = await stagingWithoutMonitor(h);
    const body: MonitorBody = {
      pool_id: staging.id,
      type: 'HTTP',
      name: 'hc',
      delay: 10,
      timeout: 10,
      max_retries: 10,
      max_retries_down: 5,
      monitor_port: 112,
      domain_name: 'www.test.com',
      url_path: '/health',
      expected_codes: '200-204',
      http_method: 'HEAD',
      admin_state_up: true,
    };
    const { pool_id: _pool, ...fields } = body;
    expect(await addMonitor(h, body)).toMatchObject(fields);
  });

  it('accepts a UDP_CONNECT check on a UDP group and a timeout longer than the interval (advice only)', async () => {
    const h = harness();
    const dns = await poolByName(h, 'server_group-dns');
    const monitor = await addMonitor(h, {
      pool_id: dns.id,
      type: 'UDP_CONNECT',
      delay: 2,
      timeout: 10,
      max_retries: 1,
    });
    expect(monitor).toMatchObject({ type: 'UDP_CONNECT', delay: 2, timeout: 10 });
  });

  it('allows one health check per group (409) and needs an existing group (404)', async () => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    const body = { healthmonitor: { pool_id: web.id, type: 'TCP', delay: 5, timeout: 3, max_retries: 3 } };
    await refused(
      h,
      'POST',
      MONITORS,
      body,
      conflict(
        `Pool ${web.id} already has health check ${web.healthmonitor_id!}; a backend server group can have only one.`,
      ),
    );
    await refused(
      h,
      'POST',
      MONITORS,
      { healthmonitor: { ...body.healthmonitor, pool_id: MISSING_ID } },
      notFound('pool', MISSING_ID),
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'no interval',
      { type: 'TCP', timeout: 3, max_retries: 3 },
      'RequestBody healthmonitor[delay] is null, this is a required parameter.',
    ],
    [
      'an HTTPS check (C4)',
      { type: 'HTTPS', delay: 5, timeout: 3, max_retries: 3 },
      'Invalid healthmonitor[type]: The health check protocol can only be TCP, UDP_CONNECT or HTTP.',
    ],
    [
      'an interval of 51 s',
      { type: 'TCP', delay: 51, timeout: 3, max_retries: 3 },
      'Invalid healthmonitor[delay]: The health check interval must be 1 to 50 seconds.',
    ],
    [
      '11 retries',
      { type: 'TCP', delay: 5, timeout: 3, max_retries: 11 },
      'Invalid healthmonitor[max_retries]: The maximum retries must be 1 to 10.',
    ],
    [
      'a check path on a TCP check',
      { type: 'TCP', delay: 5, timeout: 3, max_retries: 3, url_path: '/x' },
      'Invalid healthmonitor[url_path]: A check path can be set only for HTTP health checks.',
    ],
    [
      'a path without a slash',
      { type: 'HTTP', delay: 5, timeout: 3, max_retries: 3, url_path: 'health' },
      'Invalid healthmonitor[url_path]: The check path must start with a slash (/).',
    ],
    [
      'a domain starting with a hyphen',
      { type: 'HTTP', delay: 5, timeout: 3, max_retries: 3, domain_name: '-a.com' },
      'Invalid healthmonitor[domain_name]: The health check domain name must start with a letter or digit.',
    ],
  ])('refuses %s with ELB.9805', async (_case, monitor, message) => {
    const h = harness();
    const staging = await stagingWithoutMonitor(h);
    await refused(h, 'POST', MONITORS, { healthmonitor: { pool_id: staging.id, ...monitor } }, invalid(message));
  });

  it('refuses a check beyond the quota with 409 ELB.8905', async () => {
    const h = harness(demoWithQuotas((snapshot) => ({ healthmonitor: snapshot.tables.healthmonitors.length })));
    const dns = await poolByName(h, 'server_group-dns');
    await refused(
      h,
      'POST',
      MONITORS,
      { healthmonitor: { pool_id: dns.id, type: 'UDP_CONNECT', delay: 5, timeout: 3, max_retries: 3 } },
      { status: 409, code: 'ELB.8905', message: "Quota exceeded for resources: ['healthmonitor']." },
    );
  });
});

describe('updating a health check', () => {
  it('changes the port (C18) and the members follow it', async () => {
    const h = harness();
    const staging = await poolByName(h, 'server_group-staging');
    const path = `${MONITORS}/${staging.healthmonitor_id!}`;
    const before = (await ok<HealthMonitorResponse>(h, 'GET', path)).healthmonitor;
    // ecs-staging-02 listens on 8081, ecs-staging-01 on 80.
    const { healthmonitor } = await ok<HealthMonitorResponse>(h, 'PUT', path, {
      healthmonitor: { monitor_port: 8081, delay: 10, name: 'on-8081' },
    });
    expect(healthmonitor).toEqual({ ...before, monitor_port: 8081, delay: 10, name: 'on-8081' });
    expect(await health(h, staging.id)).toEqual(['172.16.10.11:OFFLINE', '172.16.10.12:ONLINE']);
    // null: back to each server's own port.
    await ok(h, 'PUT', path, { healthmonitor: { monitor_port: null } });
    expect(await health(h, staging.id)).toEqual(['172.16.10.11:ONLINE', '172.16.10.12:OFFLINE']);
  });

  it('accepts a new type that suits the group (the API allows it; the console locks it, C5)', async () => {
    const h = harness();
    const staging = await poolByName(h, 'server_group-staging');
    const path = `${MONITORS}/${staging.healthmonitor_id!}`;
    const tcp = await ok<HealthMonitorResponse>(h, 'PUT', path, { healthmonitor: { type: 'TCP' } });
    expect(tcp.healthmonitor.type).toBe('TCP');
    await refused(
      h,
      'PUT',
      path,
      { healthmonitor: { type: 'UDP_CONNECT' } },
      invalidParameter(
        'Invalid healthmonitor[type]: HTTP backend server groups can only use TCP or HTTP health checks.',
      ),
    );
    // HTTP-only fields are judged against the type the check has (or will have).
    await refused(
      h,
      'PUT',
      path,
      { healthmonitor: { domain_name: 'www.example.com' } },
      invalidParameter('Invalid healthmonitor[domain_name]: A domain name can be set only for HTTP health checks.'),
    );
    const http = await ok<HealthMonitorResponse>(h, 'PUT', path, {
      healthmonitor: { type: 'HTTP', url_path: '/ready' },
    });
    expect(http.healthmonitor).toMatchObject({ type: 'HTTP', url_path: '/ready' });
  });

  it('refuses an empty change, bad values and a missing check', async () => {
    const h = harness();
    const staging = await poolByName(h, 'server_group-staging');
    const path = `${MONITORS}/${staging.healthmonitor_id!}`;
    await refused(
      h,
      'PUT',
      path,
      { healthmonitor: {} },
      invalid('Invalid healthmonitor: The request must change at least one field.'),
    );
    await refused(
      h,
      'PUT',
      path,
      { healthmonitor: { timeout: 0 } },
      invalid('Invalid healthmonitor[timeout]: The health check timeout must be 1 to 50 seconds.'),
    );
    await refused(
      h,
      'PUT',
      `${MONITORS}/${MISSING_ID}`,
      { healthmonitor: { delay: 5 } },
      notFound('healthmonitor', MISSING_ID),
    );
  });
});

describe('health check writes under a PENDING load balancer', () => {
  it('refuses create, update and delete with 409 until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const lb = await lbByName(h, 'elb-dns-resolver');
    const dns = await poolByName(h, 'server_group-dns');
    const monitor = await addMonitor(h, { pool_id: dns.id, type: 'UDP_CONNECT', delay: 5, timeout: 3, max_retries: 3 });
    await ok(h, 'DELETE', `${MONITORS}/${monitor.id}`);
    await makePending(h, lb.id);
    const create = { healthmonitor: { pool_id: dns.id, type: 'UDP_CONNECT', delay: 5, timeout: 3, max_retries: 3 } };
    await refused(h, 'POST', MONITORS, create, immutable(lb.id));
    h.clock.advance(1000);
    const again = (await ok<HealthMonitorResponse>(h, 'POST', MONITORS, create)).healthmonitor;
    await makePending(h, lb.id);
    await refused(h, 'PUT', `${MONITORS}/${again.id}`, { healthmonitor: { delay: 6 } }, immutable(lb.id));
    await refused(h, 'DELETE', `${MONITORS}/${again.id}`, undefined, immutable(lb.id));
    h.clock.advance(1000);
    await ok(h, 'PUT', `${MONITORS}/${again.id}`, { healthmonitor: { delay: 6 } });
    await ok(h, 'DELETE', `${MONITORS}/${again.id}`);
    expect((await ok<HealthMonitorListResponse>(h, 'GET', `${MONITORS}?type=UDP_CONNECT`)).healthmonitors).toEqual([]);
  });
});

describe('health check traces', () => {
  it('records createHealthMonitor, updateHealthMonitor and deleteHealthMonitor', async () => {
    const h = harness();
    const dns = await poolByName(h, 'server_group-dns');
    const monitor = await addMonitor(h, {
      pool_id: dns.id,
      type: 'UDP_CONNECT',
      delay: 5,
      timeout: 3,
      max_retries: 3,
      name: 'udp',
    });
    await ok(h, 'PUT', `${MONITORS}/${monitor.id}`, { healthmonitor: { max_retries: 4 } });
    await ok(h, 'DELETE', `${MONITORS}/${monitor.id}`);
    const traces = await recordedTraces(h, `resource_id=${monitor.id}`);
    expect(traces.map((trace) => [trace.trace_name, trace.code, trace.resource_type, trace.resource_name])).toEqual([
      ['deleteHealthMonitor', '204', 'healthmonitor', 'udp'],
      ['updateHealthMonitor', '200', 'healthmonitor', 'udp'],
      ['createHealthMonitor', '201', 'healthmonitor', 'udp'],
    ]);
  });
});
