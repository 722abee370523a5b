import { describe, expect, it } from 'vitest';
import type { ListenerResponse } from '../../../contract/elb-v2/listeners';
import type { ListenerV3Response, UpdateListenerV3Request } from '../../../contract/elb-v3/listeners';
import { buildScenario } from '../../scenarios';
import { harness, PROJECT, type Harness } from '../../testing/harness';
import {
  immutable,
  lbByName,
  listenerIdByName,
  makePending,
  MISSING_ID,
  notFound,
  ok,
  recordedTraces,
  refused,
  TEST_CERTIFICATES,
  V2,
  type ExpectedFault,
} from '../../testing/elb';

type Changes = UpdateListenerV3Request['listener'];

const v3Path = (id: string) => `/v3/:project_id/elb/listeners/${id}`;
/** 400 ELB.8902, "Invalid input parameters" (error_codes.rst), for every bad v3 body. */
const invalidInput = (message: string): ExpectedFault => ({ status: 400, code: 'ELB.8902', message });

async function update(h: Harness, id: string, listener: Changes) {
  return ok<ListenerV3Response>(h, 'PUT', v3Path(id), { listener });
}

async function v2Listener(h: Harness, id: string) {
  return (await ok<ListenerResponse>(h, 'GET', `${V2}/listeners/${id}`)).listener;
}

const stored = (h: Harness, id: string) => h.cloud.store.read((tx) => tx.get('listeners', id));

describe('updating a listener through v3', () => {
  it('changes every field of an HTTP listener, and the v2.0 GET reads the values back', async () => {
    const h = harness();
    const id = await listenerIdByName(h, 'listener-http-80');
    const before = await v2Listener(h, id);
    h.clock.advance(60_000);
    const changes = {
      keepalive_timeout: 120,
      client_timeout: 30,
      member_timeout: 90,
      insert_headers: { 'X-Forwarded-ELB-IP': true },
      transparent_client_ip_enable: true,
    };
    const answer = await update(h, id, changes);
    expect(answer).toEqual({
      listener: {
        id,
        name: 'listener-http-80',
        protocol: 'HTTP',
        protocol_port: 80,
        loadbalancers: before.loadbalancers,
        ...changes,
      },
      request_id: expect.stringMatching(/^req-/),
    });
    // The v2.0 view shows the timeouts and headers, and still leaves the v3-only client IP switch out.
    const { transparent_client_ip_enable: _v3Only, ...shownByV2 } = changes;
    const after = await v2Listener(h, id);
    expect(after).toEqual({ ...before, ...shownByV2, updated_at: after.updated_at });
    expect(after).not.toHaveProperty('transparent_client_ip_enable');
    expect(after.updated_at).not.toBe(before.updated_at);
  });

  it('changes only the idle timeout of a TCP listener and keeps the TCP defaults', async () => {
    const h = harness();
    const id = await listenerIdByName(h, 'listener-tcp-8080');
    const { listener } = await update(h, id, { keepalive_timeout: 10 });
    expect(listener).toMatchObject({
      protocol: 'TCP',
      keepalive_timeout: 10,
      client_timeout: null,
      member_timeout: null,
      insert_headers: {},
      transparent_client_ip_enable: false,
    });
    expect((await v2Listener(h, id)).keepalive_timeout).toBe(10);
    // TCP and UDP may switch transparent client IP either way.
    expect((await update(h, id, { transparent_client_ip_enable: true })).listener.transparent_client_ip_enable).toBe(
      true,
    );
  });

  it('answers HTTPS for TERMINATED_HTTPS and merges the header switches', async () => {
    const h = harness();
    const lbId = (await lbByName(h, 'elb-legacy-unused')).id;
    const created = await ok<ListenerResponse>(h, 'POST', `${V2}/listeners`, {
      listener: {
        loadbalancer_id: lbId,
        protocol: 'TERMINATED_HTTPS',
        protocol_port: 443,
        default_tls_container_ref: TEST_CERTIFICATES.server,
      },
    });
    const id = created.listener.id;
    await update(h, id, { insert_headers: { 'X-Forwarded-ELB-IP': true } });
    const { listener } = await update(h, id, { client_timeout: 5, insert_headers: {} });
    expect(listener).toMatchObject({
      protocol: 'HTTPS',
      keepalive_timeout: 60,
      client_timeout: 5,
      member_timeout: 60,
      insert_headers: { 'X-Forwarded-ELB-IP': true },
      transparent_client_ip_enable: true,
    });
  });
});

describe('viewing a listener through v3 (viewing_details_of_a_listener.rst)', () => {
  it('shows what v2.0 does not: transparent client IP, off for TCP until set, always on for HTTP', async () => {
    const h = harness();
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    const http = await listenerIdByName(h, 'listener-http-80');
    const view = async (id: string) => (await ok<ListenerV3Response>(h, 'GET', v3Path(id))).listener;
    expect(await view(tcp)).toMatchObject({ id: tcp, protocol: 'TCP', transparent_client_ip_enable: false });
    expect((await view(http)).transparent_client_ip_enable).toBe(true);
    await update(h, tcp, { transparent_client_ip_enable: true });
    expect((await view(tcp)).transparent_client_ip_enable).toBe(true);
  });

  it('answers 404 for a missing listener and for a listener of another project', async () => {
    const snapshot = buildScenario('demo');
    const foreign = snapshot.tables.listeners.find((row) => row.name === 'listener-http')!;
    foreign.tenant_id = '0123456789abcdef0123456789abcdef';
    const h = harness(snapshot);
    await refused(h, 'GET', v3Path(MISSING_ID), undefined, notFound('listener', MISSING_ID));
    await refused(h, 'GET', v3Path(foreign.id), undefined, notFound('listener', foreign.id));
  });
});

describe('v3 listener ranges (updating_a_listener.rst; HTTP idle from 0 as in v2.0, C11)', () => {
  const tcpIdle = 'The idle timeout of a TCP listener must be a whole number from 10 to 4000 seconds.';
  const client = 'The client timeout must be a whole number from 1 to 300 seconds.';
  const member = 'The backend server response timeout must be a whole number from 1 to 300 seconds.';
  it.each<[string, keyof Changes, number, string | null]>([
    ['listener-tcp-8080', 'keepalive_timeout', 10, null],
    ['listener-tcp-8080', 'keepalive_timeout', 9, tcpIdle],
    ['listener-tcp-8080', 'keepalive_timeout', 4000, null],
    ['listener-tcp-8080', 'keepalive_timeout', 4001, tcpIdle],
    ['listener-http-80', 'keepalive_timeout', 0, null],
    ['listener-http-80', 'client_timeout', 1, null],
    ['listener-http-80', 'client_timeout', 0, client],
    ['listener-http-80', 'client_timeout', 300, null],
    ['listener-http-80', 'client_timeout', 301, client],
    ['listener-http-80', 'member_timeout', 1, null],
    ['listener-http-80', 'member_timeout', 0, member],
    ['listener-http-80', 'member_timeout', 300, null],
    ['listener-http-80', 'member_timeout', 301, member],
  ])('%s: %s = %i', async (name, field, value, message) => {
    const h = harness();
    const id = await listenerIdByName(h, name);
    const before = stored(h, id);
    if (message === null) {
      expect((await update(h, id, { [field]: value })).listener[field]).toBe(value);
      return;
    }
    await refused(
      h,
      'PUT',
      v3Path(id),
      { listener: { [field]: value } },
      invalidInput(`Invalid listener[${field}]: ${message}`),
    );
    expect(stored(h, id)).toEqual(before);
  });
});

describe('v3 listener protocol rules and refusals', () => {
  it.each<[string, Changes, keyof Changes, string]>([
    [
      'listener-tcp-8080',
      { client_timeout: 60 },
      'client_timeout',
      'The client timeout applies only to HTTP and HTTPS listeners.',
    ],
    [
      'listener-udp-53',
      { member_timeout: 60 },
      'member_timeout',
      'The backend server response timeout applies only to HTTP and HTTPS listeners.',
    ],
    [
      'listener-tcp-8080',
      { insert_headers: { 'X-Forwarded-ELB-IP': true } },
      'insert_headers',
      'Headers can be inserted only by HTTP and HTTPS listeners.',
    ],
    ['listener-udp-53', { keepalive_timeout: 60 }, 'keepalive_timeout', 'UDP listeners have no idle timeout.'],
    [
      'listener-http-80',
      { transparent_client_ip_enable: false },
      'transparent_client_ip_enable',
      'HTTP and HTTPS listeners always pass the client IP address; the value can only be true.',
    ],
  ])('%s refuses %j', async (name, listener, field, message) => {
    const h = harness();
    const id = await listenerIdByName(h, name);
    await refused(h, 'PUT', v3Path(id), { listener }, invalidInput(`Invalid listener[${field}]: ${message}`));
  });

  it('refuses an empty change, a body without listener and no body at all', async () => {
    const h = harness();
    const path = v3Path(await listenerIdByName(h, 'listener-http-80'));
    await refused(
      h,
      'PUT',
      path,
      { listener: {} },
      invalidInput('Invalid listener: The request must change at least one field.'),
    );
    await refused(h, 'PUT', path, {}, invalidInput('RequestBody listener is null, this is a required parameter.'));
    // error_codes.rst: ELB.0002 for a missing body.
    await refused(h, 'PUT', path, undefined, {
      status: 400,
      code: 'ELB.0002',
      message: 'RequestBody is null, request is invalid.',
    });
  });

  it('answers 404 for a missing listener and for a listener of another project', async () => {
    const snapshot = buildScenario('demo');
    const foreign = snapshot.tables.listeners.find((row) => row.name === 'listener-http')!;
    foreign.tenant_id = '0123456789abcdef0123456789abcdef';
    const h = harness(snapshot);
    const body = { listener: { keepalive_timeout: 60 } };
    await refused(h, 'PUT', v3Path(MISSING_ID), body, notFound('listener', MISSING_ID));
    await refused(h, 'PUT', v3Path(foreign.id), body, notFound('listener', foreign.id));
    // Another project in the path is refused once, by the dispatcher, for every ELB route.
    await refused(h, 'PUT', v3Path(foreign.id).replace(':project_id', 'other'), body, {
      status: 400,
      code: 'ELB.9808',
      message: 'Tenant_id in token mismatches with tenant_id in url.',
    });
  });

  it('refuses an update while the load balancer is not ACTIVE (409)', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const id = await listenerIdByName(h, 'listener-http-80');
    const lbId = (await lbByName(h, 'elb-web-prod')).id;
    await makePending(h, lbId);
    const body = { listener: { client_timeout: 10 } };
    await refused(h, 'PUT', v3Path(id), body, immutable(lbId));
    h.clock.advance(1000);
    await ok(h, 'PUT', v3Path(id), body);
  });
});

describe('v3 listener traces', () => {
  it('records updateListener for the listener, and a refused update as a warning', async () => {
    const h = harness();
    const id = await listenerIdByName(h, 'listener-http-80');
    await update(h, id, { member_timeout: 20 });
    await h.send('PUT', v3Path(id), { listener: { member_timeout: 0 } });
    const traces = await recordedTraces(h, `resource_id=${id}`);
    expect(traces.slice(0, 2)).toMatchObject([
      {
        trace_name: 'updateListener',
        trace_rating: 'warning',
        code: '400',
        message: expect.stringMatching(/^ELB\.8902: /),
      },
      {
        trace_name: 'updateListener',
        trace_rating: 'normal',
        code: '200',
        service_type: 'ELB',
        resource_type: 'listener',
        resource_name: 'listener-http-80',
        api_version: 'v3',
        resource_url: `PUT /v3/${PROJECT}/elb/listeners/${id}`,
      },
    ]);
  });
});
