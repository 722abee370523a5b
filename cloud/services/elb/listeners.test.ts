import { describe, expect, it } from 'vitest';
import type { ElbErrorBody } from '../../../contract/common';
import type {
  CreateListenerRequest,
  ListenerProtocol,
  ListenerResponse,
  UpdateListenerRequest,
} from '../../../contract/elb-v2/listeners';
import type { LoadBalancerResponse } from '../../../contract/elb-v2/load-balancers';
import type { PoolResponse } from '../../../contract/elb-v2/pools';
import type { StatusTreeResponse } from '../../../contract/elb-v2/status-tree';
import { harness, PROJECT, type Harness } from '../../testing/harness';
import {
  conflict,
  demoWithQuotas,
  immutable,
  invalid,
  invalidParameter,
  lbById,
  lbByName,
  listenerIdByName,
  makePending,
  MISSING_ID,
  notFound,
  ok,
  poolByName,
  recordedTraces,
  refused,
  TEST_CERTIFICATES,
  V2,
} from '../../testing/elb';

const LISTENERS = `${V2}/listeners`;
const CERT = TEST_CERTIFICATES.server;
const [SNI_1, SNI_2] = TEST_CERTIFICATES.sni as [string, string];
const CA = TEST_CERTIFICATES.ca;

type ListenerBody = CreateListenerRequest['listener'];

async function addListener(h: Harness, listener: ListenerBody) {
  return (await ok<ListenerResponse>(h, 'POST', LISTENERS, { listener })).listener;
}

/** elb-legacy-unused: a load balancer without listeners or groups, in subnet-web of vpc-prod. */
async function emptyLb(h: Harness) {
  return (await lbByName(h, 'elb-legacy-unused')).id;
}

const portInUse = (message: string) => ({ status: 400, code: 'ELB.6200', message });

describe('adding a listener', () => {
  it.each<[ListenerProtocol, Record<string, unknown>, Record<string, unknown>]>([
    [
      'TCP',
      {
        tls_ciphers_policy: null,
        keepalive_timeout: 300,
        client_timeout: null,
        member_timeout: null,
        insert_headers: {},
      },
      { transparent_client_ip_enable: false },
    ],
    [
      'UDP',
      { tls_ciphers_policy: null, keepalive_timeout: null, client_timeout: null, member_timeout: null },
      { transparent_client_ip_enable: false },
    ],
    [
      'HTTP',
      {
        tls_ciphers_policy: null,
        keepalive_timeout: 60,
        client_timeout: 60,
        member_timeout: 60,
        insert_headers: { 'X-Forwarded-ELB-IP': false },
      },
      { transparent_client_ip_enable: true },
    ],
    [
      'TERMINATED_HTTPS',
      { tls_ciphers_policy: 'tls-1-0', keepalive_timeout: 60, client_timeout: 60, member_timeout: 60 },
      { transparent_client_ip_enable: true },
    ],
  ])('adds a %s listener with the documented defaults', async (protocol, wire, stored) => {
    const h = harness();
    const lbId = await emptyLb(h);
    const https = protocol === 'TERMINATED_HTTPS';
    const listener = await addListener(h, {
      loadbalancer_id: lbId,
      protocol,
      protocol_port: 1000,
      ...(https ? { default_tls_container_ref: CERT } : {}),
    });
    expect(listener).toMatchObject({
      tenant_id: PROJECT,
      name: '',
      description: '',
      protocol,
      protocol_port: 1000,
      loadbalancers: [{ id: lbId }],
      connection_limit: -1,
      admin_state_up: true,
      http2_enable: false,
      default_pool_id: null,
      default_tls_container_ref: https ? CERT : null,
      client_ca_tls_container_ref: null,
      sni_container_refs: [],
      tags: [],
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/),
      ...wire,
    });
    expect(listener.created_at).toBe(listener.updated_at);
    expect(listener).not.toHaveProperty('transparent_client_ip_enable');
    expect(h.cloud.store.read((tx) => tx.get('listeners', listener.id))).toMatchObject(stored);
    // The load balancer, the list and the status tree see it at once.
    expect((await lbById(h, lbId)).listeners).toEqual([{ id: listener.id }]);
    expect((await ok<ListenerResponse>(h, 'GET', `${LISTENERS}/${listener.id}`)).listener).toEqual(listener);
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lbId}/statuses`);
    expect(tree.statuses.loadbalancer.listeners.map((item) => item.id)).toEqual([listener.id]);
  });

  it('keeps what the body sets: name, description, HTTPS settings', async () => {
    const h = harness();
    const listener = await addListener(h, {
      loadbalancer_id: await emptyLb(h),
      protocol: 'TERMINATED_HTTPS',
      protocol_port: 443,
      name: 'https',
      description: 'front door',
      default_tls_container_ref: CERT,
      client_ca_tls_container_ref: CA,
      sni_container_refs: [SNI_1, SNI_2],
      tls_ciphers_policy: 'tls-1-2-strict',
      http2_enable: true,
      connection_limit: 5000,
      admin_state_up: true,
    });
    expect(listener).toMatchObject({
      name: 'https',
      description: 'front door',
      client_ca_tls_container_ref: CA,
      sni_container_refs: [SNI_1, SNI_2],
      tls_ciphers_policy: 'tls-1-2-strict',
      http2_enable: true,
      connection_limit: 5000,
    });
  });

  it.each<[string, unknown, string]>([
    ['no body', undefined, 'RequestBody is null or empty, request is invalid.'],
    ['no protocol', { protocol_port: 80 }, 'RequestBody listener[protocol] is null, this is a required parameter.'],
    [
      'an unknown protocol',
      { protocol: 'HTTPS', protocol_port: 443 },
      'Invalid listener[protocol]: The protocol can only be TCP, UDP, HTTP or TERMINATED_HTTPS.',
    ],
    [
      'port 0 (DR mode, C15)',
      { protocol: 'TCP', protocol_port: 0 },
      'Invalid listener[protocol_port]: The port must be a whole number from 1 to 65535.',
    ],
    [
      'UDP port 4789',
      { protocol: 'UDP', protocol_port: 4789 },
      'Invalid listener[protocol_port]: A UDP listener cannot use port 4789.',
    ],
    [
      'HTTPS without a server certificate',
      { protocol: 'TERMINATED_HTTPS', protocol_port: 443 },
      'Invalid listener[default_tls_container_ref]: An HTTPS listener needs a server certificate.',
    ],
    [
      'HTTP/2 on HTTP',
      { protocol: 'HTTP', protocol_port: 80, http2_enable: true },
      'Invalid listener[http2_enable]: HTTP/2 can be enabled only for HTTPS listeners.',
    ],
    [
      'a security policy on TCP',
      { protocol: 'TCP', protocol_port: 80, tls_ciphers_policy: 'tls-1-2' },
      'Invalid listener[tls_ciphers_policy]: A security policy can be set only for HTTPS listeners.',
    ],
    [
      'a name of 256 characters',
      { protocol: 'TCP', protocol_port: 80, name: 'n'.repeat(256) },
      'Invalid listener[name]: The name can contain at most 255 characters.',
    ],
  ])('refuses %s with ELB.9805', async (_case, listener, message) => {
    const h = harness();
    const lbId = await emptyLb(h);
    const body = listener === undefined ? undefined : { listener: { loadbalancer_id: lbId, ...(listener as object) } };
    await refused(h, 'POST', LISTENERS, body, invalid(message));
    expect((await lbById(h, lbId)).listeners).toEqual([]);
  });

  it('accepts TCP on port 4789: only UDP is refused there', async () => {
    const h = harness();
    await addListener(h, { loadbalancer_id: await emptyLb(h), protocol: 'TCP', protocol_port: 4789 });
  });

  it('refuses a missing or foreign load balancer and a foreign tenant', async () => {
    const h = harness();
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { loadbalancer_id: MISSING_ID, protocol: 'TCP', protocol_port: 80 } },
      notFound('loadbalancer', MISSING_ID),
    );
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { loadbalancer_id: await emptyLb(h), protocol: 'TCP', protocol_port: 80, tenant_id: 'other' } },
      { status: 400, code: 'ELB.9808', message: 'Tenant_id in token mismatches with tenant_id in url.' },
    );
  });
});

describe('listener ports (FEATURES §4.2)', () => {
  it.each<[ListenerProtocol, number, ListenerProtocol, number, string | null]>([
    ['HTTP', 80, 'HTTP', 80, 'Port 80 is already used by the HTTP/80 listener of this load balancer.'],
    ['HTTP', 443, 'TERMINATED_HTTPS', 443, 'Port 443 is already used by the HTTP/443 listener of this load balancer.'],
    ['HTTP', 443, 'TCP', 443, 'Port 443 is already used by the HTTP/443 listener of this load balancer.'],
    ['TERMINATED_HTTPS', 443, 'HTTP', 443, 'Port 443 is already used by the HTTPS/443 listener of this load balancer.'],
    ['TCP', 8080, 'HTTP', 8080, 'Port 8080 is already used by the TCP/8080 listener of this load balancer.'],
    ['UDP', 53, 'UDP', 53, 'Port 53 is already used by the UDP/53 listener of this load balancer.'],
    ['TCP', 88, 'UDP', 88, null],
    ['UDP', 88, 'TCP', 88, null],
    ['UDP', 443, 'TERMINATED_HTTPS', 443, null],
    ['HTTP', 80, 'HTTP', 81, null],
  ])('%s/%i then %s/%i', async (firstProtocol, firstPort, protocol, port, message) => {
    const h = harness();
    const lbId = await emptyLb(h);
    const cert = (value: ListenerProtocol) => (value === 'TERMINATED_HTTPS' ? { default_tls_container_ref: CERT } : {});
    await addListener(h, {
      loadbalancer_id: lbId,
      protocol: firstProtocol,
      protocol_port: firstPort,
      ...cert(firstProtocol),
    });
    const body = { listener: { loadbalancer_id: lbId, protocol, protocol_port: port, ...cert(protocol) } };
    if (message === null) {
      await ok(h, 'POST', LISTENERS, body);
      expect((await lbById(h, lbId)).listeners).toHaveLength(2);
    } else {
      await refused(h, 'POST', LISTENERS, body, portInUse(message));
      expect((await lbById(h, lbId)).listeners).toHaveLength(1);
    }
  });

  it('checks ports per load balancer: HTTP/80 of elb-web-prod does not block another one', async () => {
    const h = harness();
    await addListener(h, { loadbalancer_id: await emptyLb(h), protocol: 'HTTP', protocol_port: 80 });
    const web = await lbByName(h, 'elb-web-prod');
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { loadbalancer_id: web.id, protocol: 'TCP', protocol_port: 80 } },
      portInUse('Port 80 is already used by the HTTP/80 listener of this load balancer.'),
    );
  });
});

describe('default backend server group of a listener', () => {
  async function unattachedPool(h: Harness, lbId: string, protocol: 'TCP' | 'UDP' | 'HTTP' = 'HTTP') {
    const body = { pool: { loadbalancer_id: lbId, protocol, lb_algorithm: 'ROUND_ROBIN' } };
    return (await ok<PoolResponse>(h, 'POST', `${V2}/pools`, body)).pool;
  }

  it('attaches a free group of the same load balancer on create', async () => {
    const h = harness();
    const lbId = await emptyLb(h);
    const pool = await unattachedPool(h, lbId);
    const listener = await addListener(h, {
      loadbalancer_id: lbId,
      protocol: 'HTTP',
      protocol_port: 80,
      default_pool_id: pool.id,
    });
    expect(listener.default_pool_id).toBe(pool.id);
    expect((await ok<PoolResponse>(h, 'GET', `${V2}/pools/${pool.id}`)).pool.listeners).toEqual([{ id: listener.id }]);
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lbId}/statuses`);
    expect(tree.statuses.loadbalancer.listeners[0]!.pools.map((item) => item.id)).toEqual([pool.id]);
  });

  it('refuses a missing group, a group of another load balancer, and the wrong backend protocol', async () => {
    const h = harness();
    const lbId = await emptyLb(h);
    const base = { loadbalancer_id: lbId, protocol: 'HTTP' as const, protocol_port: 80 };
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, default_pool_id: MISSING_ID } },
      notFound('pool', MISSING_ID),
    );
    const dns = await poolByName(h, 'server_group-dns');
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, default_pool_id: dns.id } },
      conflict(`Pool ${dns.id} belongs to load balancer ${dns.loadbalancers[0]!.id}, not to load balancer ${lbId}.`),
    );
    const tcp = await unattachedPool(h, lbId, 'TCP');
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, default_pool_id: tcp.id } },
      invalidParameter('Invalid listener[default_pool_id]: HTTP listeners need a backend server group that uses HTTP.'),
    );
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, protocol: 'UDP', default_pool_id: tcp.id } },
      invalidParameter('Invalid listener[default_pool_id]: UDP listeners need a backend server group that uses UDP.'),
    );
    await addListener(h, { ...base, protocol: 'TCP', default_pool_id: tcp.id });
  });

  it("refuses another listener's default group and a group another listener's policy forwards to", async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const http = await listenerIdByName(h, 'listener-http-80');
    const webPool = await poolByName(h, 'server_group-web');
    const apiPool = await poolByName(h, 'server_group-api');
    const base = { loadbalancer_id: web.id, protocol: 'HTTP' as const, protocol_port: 8081 };
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, default_pool_id: webPool.id } },
      conflict(`Pool ${webPool.id} is already the default backend server group of listener ${http}.`),
    );
    await refused(
      h,
      'POST',
      LISTENERS,
      { listener: { ...base, default_pool_id: apiPool.id } },
      conflict(new RegExp(`^Pool ${apiPool.id} is used by forwarding policy \\S+ of listener ${http}\\.$`)),
    );
  });

  it('switches, re-checks and detaches the group on update', async () => {
    const h = harness();
    const lbId = await emptyLb(h);
    const first = await unattachedPool(h, lbId);
    const second = await unattachedPool(h, lbId);
    const tcp = await unattachedPool(h, lbId, 'TCP');
    const listener = await addListener(h, {
      loadbalancer_id: lbId,
      protocol: 'HTTP',
      protocol_port: 80,
      default_pool_id: first.id,
    });
    const other = await addListener(h, { loadbalancer_id: lbId, protocol: 'HTTP', protocol_port: 81 });
    const path = `${LISTENERS}/${other.id}`;
    await refused(
      h,
      'PUT',
      path,
      { listener: { default_pool_id: first.id } },
      conflict(`Pool ${first.id} is already the default backend server group of listener ${listener.id}.`),
    );
    await refused(
      h,
      'PUT',
      path,
      { listener: { default_pool_id: tcp.id } },
      invalidParameter('Invalid listener[default_pool_id]: HTTP listeners need a backend server group that uses HTTP.'),
    );
    const switched = await ok<ListenerResponse>(h, 'PUT', path, { listener: { default_pool_id: second.id } });
    expect(switched.listener.default_pool_id).toBe(second.id);
    // Sending its own group again is no conflict.
    await ok(h, 'PUT', path, { listener: { default_pool_id: second.id, name: 'same' } });
    const detached = await ok<ListenerResponse>(h, 'PUT', path, { listener: { default_pool_id: null } });
    expect(detached.listener.default_pool_id).toBeNull();
    expect((await ok<PoolResponse>(h, 'GET', `${V2}/pools/${second.id}`)).pool.listeners).toEqual([]);
  });
});

describe('updating a listener', () => {
  it('changes name, description and HTTPS settings and keeps the rest', async () => {
    const h = harness();
    const lbId = await emptyLb(h);
    const listener = await addListener(h, {
      loadbalancer_id: lbId,
      protocol: 'TERMINATED_HTTPS',
      protocol_port: 443,
      default_tls_container_ref: CERT,
    });
    h.clock.advance(60_000);
    const body: UpdateListenerRequest = {
      listener: {
        name: 'renamed',
        description: 'new',
        http2_enable: true,
        tls_ciphers_policy: 'tls-1-2',
        sni_container_refs: [SNI_1],
        client_ca_tls_container_ref: CA,
      },
    };
    const { listener: updated } = await ok<ListenerResponse>(h, 'PUT', `${LISTENERS}/${listener.id}`, body);
    expect(updated).toEqual({
      ...listener,
      ...body.listener,
      updated_at: expect.not.stringMatching(listener.updated_at),
    });
    // null on an HTTPS listener restores the default policy; the CA certificate can be removed.
    const reset = await ok<ListenerResponse>(h, 'PUT', `${LISTENERS}/${listener.id}`, {
      listener: { tls_ciphers_policy: null, client_ca_tls_container_ref: null },
    });
    expect(reset.listener).toMatchObject({ tls_ciphers_policy: 'tls-1-0', client_ca_tls_container_ref: null });
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'the protocol',
      { protocol: 'TCP' },
      'Invalid listener[protocol]: The frontend protocol of a listener cannot be changed; add a new listener instead.',
    ],
    [
      'the port',
      { protocol_port: 81 },
      'Invalid listener[protocol_port]: The frontend port of a listener cannot be changed; add a new listener instead.',
    ],
    [
      'the load balancer',
      { loadbalancer_id: MISSING_ID },
      'Invalid listener[loadbalancer_id]: A listener cannot be moved to another load balancer.',
    ],
    ['nothing', {}, 'Invalid listener: The request must change at least one field.'],
  ])('refuses to change %s (ELB.9805)', async (_case, listener, message) => {
    const h = harness();
    const id = await listenerIdByName(h, 'listener-http-80');
    await refused(h, 'PUT', `${LISTENERS}/${id}`, { listener }, invalid(message));
  });

  it('checks protocol rules against the stored listener (ELB.9899)', async () => {
    const h = harness();
    const http = await listenerIdByName(h, 'listener-http-80');
    await refused(
      h,
      'PUT',
      `${LISTENERS}/${http}`,
      { listener: { http2_enable: true } },
      invalidParameter('Invalid listener[http2_enable]: HTTP/2 can be enabled only for HTTPS listeners.'),
    );
    await refused(
      h,
      'PUT',
      `${LISTENERS}/${http}`,
      { listener: { sni_container_refs: [SNI_1] } },
      invalidParameter('Invalid listener[sni_container_refs]: Only HTTPS listeners can use SNI certificates.'),
    );
    const https = await addListener(h, {
      loadbalancer_id: await emptyLb(h),
      protocol: 'TERMINATED_HTTPS',
      protocol_port: 443,
      default_tls_container_ref: CERT,
    });
    // FEATURES §4.7: the server certificate of an HTTPS listener cannot be cleared.
    await refused(
      h,
      'PUT',
      `${LISTENERS}/${https.id}`,
      { listener: { default_tls_container_ref: null } },
      invalidParameter('Invalid listener[default_tls_container_ref]: An HTTPS listener needs a server certificate.'),
    );
    expect((await ok<ListenerResponse>(h, 'GET', `${LISTENERS}/${https.id}`)).listener).toEqual(https);
  });

  it('answers 404 for a missing listener', async () => {
    const h = harness();
    await refused(
      h,
      'PUT',
      `${LISTENERS}/${MISSING_ID}`,
      { listener: { name: 'x' } },
      notFound('listener', MISSING_ID),
    );
  });
});

describe('listener quota', () => {
  it('refuses a listener beyond the quota with 403 ELB.6091 and adds one after a delete', async () => {
    const h = harness(demoWithQuotas((snapshot) => ({ listener: snapshot.tables.listeners.length })));
    const lbId = await emptyLb(h);
    const body = { listener: { loadbalancer_id: lbId, protocol: 'TCP', protocol_port: 80 } };
    await refused(h, 'POST', LISTENERS, body, {
      status: 403,
      code: 'ELB.6091',
      message: 'Request lb has more than user listener quota.',
    });
    await ok(h, 'DELETE', `${V2}/pools/${(await poolByName(h, 'server_group-dns')).id}`);
    await ok(h, 'DELETE', `${LISTENERS}/${await listenerIdByName(h, 'listener-udp-53')}`);
    await ok(h, 'POST', LISTENERS, body);
  });
});

describe('listener writes under a PENDING load balancer', () => {
  it('refuses create, update and delete with 409 until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const lbId = await emptyLb(h);
    const listener = await addListener(h, { loadbalancer_id: lbId, protocol: 'TCP', protocol_port: 80 });
    await makePending(h, lbId);
    const writes: [string, string, unknown][] = [
      ['POST', LISTENERS, { listener: { loadbalancer_id: lbId, protocol: 'TCP', protocol_port: 81 } }],
      ['PUT', `${LISTENERS}/${listener.id}`, { listener: { name: 'x' } }],
      ['DELETE', `${LISTENERS}/${listener.id}`, undefined],
    ];
    for (const [method, path, body] of writes) await refused(h, method, path, body, immutable(lbId));
    h.clock.advance(1000);
    for (const [method, path, body] of writes) await ok(h, method, path, body);
  });
});

describe('listeners of a load balancer that is still being created', () => {
  it('refuses a listener while the new load balancer is PENDING_CREATE', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const legacy = await lbByName(h, 'elb-legacy-unused');
    const { loadbalancer } = await ok<LoadBalancerResponse>(h, 'POST', `${V2}/loadbalancers`, {
      loadbalancer: { vip_subnet_id: legacy.vip_subnet_id },
    });
    const body = { listener: { loadbalancer_id: loadbalancer.id, protocol: 'HTTP', protocol_port: 80 } };
    await refused(h, 'POST', LISTENERS, body, immutable(loadbalancer.id, 'PENDING_CREATE'));
    h.clock.advance(1000);
    await ok(h, 'POST', LISTENERS, body);
  });
});

describe('listener traces', () => {
  it('records createListener, updateListener and deleteListener, and refused writes as warnings', async () => {
    const h = harness();
    const lbId = await emptyLb(h);
    const listener = await addListener(h, { loadbalancer_id: lbId, protocol: 'TCP', protocol_port: 80, name: 'l4' });
    await ok(h, 'PUT', `${LISTENERS}/${listener.id}`, { listener: { name: 'l4-renamed' } });
    await ok(h, 'DELETE', `${LISTENERS}/${listener.id}`);
    const traces = await recordedTraces(h, `resource_id=${listener.id}`);
    expect(traces.map((trace) => [trace.trace_name, trace.code, trace.resource_type, trace.resource_name])).toEqual([
      ['deleteListener', '204', 'listener', 'l4-renamed'],
      ['updateListener', '200', 'listener', 'l4-renamed'],
      ['createListener', '201', 'listener', 'l4'],
    ]);

    const res = await h.send<ElbErrorBody>('POST', LISTENERS, { listener: { loadbalancer_id: lbId, protocol: 'UDP' } });
    expect(res.status).toBe(400);
    const [warning] = await recordedTraces(h, 'trace_rating=warning');
    expect(warning).toMatchObject({
      trace_name: 'createListener',
      code: '400',
      message: `ELB.9805: ${res.body.error_msg}`,
    });
  });
});
