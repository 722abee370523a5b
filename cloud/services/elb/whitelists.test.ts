import { describe, expect, it } from 'vitest';
import type {
  CreateWhitelistRequest,
  Whitelist,
  WhitelistListResponse,
  WhitelistResponse,
} from '../../../contract/elb-v2/whitelists';
import { harness, PROJECT, type Harness } from '../../testing/harness';
import {
  conflict,
  demoWithQuotas,
  immutable,
  invalid,
  lbByName,
  listenerIdByName,
  makePending,
  MISSING_ID,
  notFound,
  ok,
  poolByName,
  recordedTraces,
  refused,
  V2,
} from '../../testing/elb';

const WHITELISTS = `${V2}/whitelists`;

async function addWhitelist(h: Harness, whitelist: CreateWhitelistRequest['whitelist']) {
  return (await ok<WhitelistResponse>(h, 'POST', WHITELISTS, { whitelist })).whitelist;
}

async function list(h: Harness, query = ''): Promise<Whitelist[]> {
  return (await ok<WhitelistListResponse>(h, 'GET', `${WHITELISTS}${query}`)).whitelists;
}

describe('adding a whitelist', () => {
  it('adds an enabled, empty whitelist by default (no IP may access)', async () => {
    const h = harness();
    const listenerId = await listenerIdByName(h, 'listener-http-80');
    const whitelist = await addWhitelist(h, { listener_id: listenerId });
    expect(whitelist).toEqual({
      id: expect.any(String),
      tenant_id: PROJECT,
      listener_id: listenerId,
      enable_whitelist: true,
      whitelist: '',
    });
    expect((await ok<WhitelistResponse>(h, 'GET', `${WHITELISTS}/${whitelist.id}`)).whitelist).toEqual(whitelist);
  });

  it('stores the addresses trimmed and joined without spaces', async () => {
    const h = harness();
    const whitelist = await addWhitelist(h, {
      listener_id: await listenerIdByName(h, 'listener-http-80'),
      enable_whitelist: false,
      whitelist: ' 192.168.11.1, 192.168.0.1/24 ,100.164.0.1/24 ',
    });
    expect(whitelist).toMatchObject({
      enable_whitelist: false,
      whitelist: '192.168.11.1,192.168.0.1/24,100.164.0.1/24',
    });
  });

  it('allows one whitelist per listener (409) and needs an existing listener (404)', async () => {
    const h = harness();
    const listenerId = await listenerIdByName(h, 'listener-http-80');
    const first = await addWhitelist(h, { listener_id: listenerId, whitelist: '10.0.0.1' });
    await refused(
      h,
      'POST',
      WHITELISTS,
      { whitelist: { listener_id: listenerId } },
      conflict(
        `Listener ${listenerId} already has whitelist ${first.id}; only one whitelist can be added to a listener.`,
      ),
    );
    await refused(h, 'POST', WHITELISTS, { whitelist: { listener_id: MISSING_ID } }, notFound('listener', MISSING_ID));
    await refused(
      h,
      'POST',
      WHITELISTS,
      { whitelist: { listener_id: listenerId, tenant_id: 'other' } },
      { status: 400, code: 'ELB.9808', message: 'Tenant_id in token mismatches with tenant_id in url.' },
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no listener', {}, 'RequestBody whitelist[listener_id] is null, this is a required parameter.'],
    [
      'an IPv6 address',
      { whitelist: '10.0.0.1,2001:db8::1' },
      'Invalid whitelist[whitelist]: 2001:db8::1 is an IPv6 address; the whitelist accepts only IPv4 addresses and CIDR blocks.',
    ],
    [
      'an address that is not one',
      { whitelist: '10.0.0.300' },
      'Invalid whitelist[whitelist]: 10.0.0.300 is not an IPv4 address or CIDR block such as 10.168.16.0/24.',
    ],
    [
      'an empty entry',
      { whitelist: '10.0.0.1,,10.0.0.2' },
      'Invalid whitelist[whitelist]: Entry 2 of the whitelist is empty; remove the extra comma.',
    ],
    [
      'a duplicate',
      { whitelist: '10.0.0.1, 10.0.0.1' },
      'Invalid whitelist[whitelist]: 10.0.0.1 appears more than once in the whitelist.',
    ],
    [
      '301 entries',
      { whitelist: Array.from({ length: 301 }, (_, i) => `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`).join(',') },
      'Invalid whitelist[whitelist]: The whitelist can contain at most 300 IP addresses or CIDR blocks; it has 301.',
    ],
    [
      'a text flag',
      { enable_whitelist: 'yes' },
      'Invalid whitelist[enable_whitelist]: enable_whitelist must be true or false.',
    ],
  ])('refuses %s with ELB.9805', async (_case, whitelist, message) => {
    const h = harness();
    const listenerId = await listenerIdByName(h, 'listener-http-80');
    const body = {
      whitelist: { ...(message.includes('listener_id') ? {} : { listener_id: listenerId }), ...whitelist },
    };
    await refused(h, 'POST', WHITELISTS, body, invalid(message));
    expect(await list(h)).toEqual([]);
  });

  it('refuses a whitelist beyond a whitelist quota with 409 ELB.8905 (unlimited unless set)', async () => {
    const h = harness(demoWithQuotas(() => ({ whitelist: 1 })));
    await addWhitelist(h, { listener_id: await listenerIdByName(h, 'listener-http-80') });
    await refused(
      h,
      'POST',
      WHITELISTS,
      { whitelist: { listener_id: await listenerIdByName(h, 'listener-tcp-8080') } },
      { status: 409, code: 'ELB.8905', message: "Quota exceeded for resources: ['whitelist']." },
    );
  });

  it('accepts exactly 300 entries', async () => {
    const h = harness();
    const text = Array.from({ length: 300 }, (_, i) => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`).join(',');
    const whitelist = await addWhitelist(h, {
      listener_id: await listenerIdByName(h, 'listener-http-80'),
      whitelist: text,
    });
    expect(whitelist.whitelist.split(',')).toHaveLength(300);
  });
});

describe('querying whitelists', () => {
  it('filters by id, listener_id, enable_whitelist and whitelist', async () => {
    const h = harness();
    const http = await listenerIdByName(h, 'listener-http-80');
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    const a = await addWhitelist(h, { listener_id: http, whitelist: '10.0.0.1' });
    const b = await addWhitelist(h, { listener_id: tcp, enable_whitelist: false, whitelist: '10.0.0.0/8' });
    const ids = (items: Whitelist[]) => items.map((item) => item.id).sort();
    expect(ids(await list(h))).toEqual([a.id, b.id].sort());
    expect(ids(await list(h, `?listener_id=${tcp}`))).toEqual([b.id]);
    expect(ids(await list(h, `?id=${a.id}`))).toEqual([a.id]);
    expect(ids(await list(h, '?enable_whitelist=true'))).toEqual([a.id]);
    expect(ids(await list(h, `?whitelist=${encodeURIComponent('10.0.0.0/8')}`))).toEqual([b.id]);
    expect(await list(h, `?listener_id=${MISSING_ID}`)).toEqual([]);
    const page = await ok<WhitelistListResponse>(h, 'GET', `${WHITELISTS}?limit=1`);
    expect(page.whitelists).toHaveLength(1);
    expect(page.whitelists_links?.map((link) => link.rel)).toEqual(['next']);
    await refused(h, 'GET', `${WHITELISTS}/${MISSING_ID}`, undefined, notFound('whitelist', MISSING_ID));
  });
});

describe('updating a whitelist', () => {
  it('keeps the ID when only access control is switched, or the same addresses are sent', async () => {
    const h = harness();
    const whitelist = await addWhitelist(h, {
      listener_id: await listenerIdByName(h, 'listener-http-80'),
      whitelist: '10.0.0.1,10.0.0.2',
    });
    const off = await ok<WhitelistResponse>(h, 'PUT', `${WHITELISTS}/${whitelist.id}`, {
      whitelist: { enable_whitelist: false },
    });
    expect(off.whitelist).toEqual({ ...whitelist, enable_whitelist: false });
    const same = await ok<WhitelistResponse>(h, 'PUT', `${WHITELISTS}/${whitelist.id}`, {
      whitelist: { whitelist: '10.0.0.1 , 10.0.0.2', enable_whitelist: true },
    });
    expect(same.whitelist).toEqual(whitelist);
  });

  it('regenerates the whitelist with a new ID when the addresses change (updating_a_whitelist.rst)', async () => {
    const h = harness();
    const listenerId = await listenerIdByName(h, 'listener-http-80');
    const whitelist = await addWhitelist(h, { listener_id: listenerId, whitelist: '10.0.0.1' });
    const changed = await ok<WhitelistResponse>(h, 'PUT', `${WHITELISTS}/${whitelist.id}`, {
      whitelist: { whitelist: '10.0.0.1, 192.168.0.0/16' },
    });
    expect(changed.whitelist).toEqual({
      ...whitelist,
      id: expect.not.stringMatching(whitelist.id),
      whitelist: '10.0.0.1,192.168.0.0/16',
    });
    await refused(h, 'GET', `${WHITELISTS}/${whitelist.id}`, undefined, notFound('whitelist', whitelist.id));
    await refused(
      h,
      'PUT',
      `${WHITELISTS}/${whitelist.id}`,
      { whitelist: { enable_whitelist: false } },
      notFound('whitelist', whitelist.id),
    );
    expect(await list(h, `?listener_id=${listenerId}`)).toEqual([changed.whitelist]);
    // Clearing the list is a change too.
    const cleared = await ok<WhitelistResponse>(h, 'PUT', `${WHITELISTS}/${changed.whitelist.id}`, {
      whitelist: { whitelist: '' },
    });
    expect(cleared.whitelist.id).not.toBe(changed.whitelist.id);
    expect(cleared.whitelist.whitelist).toBe('');
  });

  it('refuses an empty change and bad addresses, and changes nothing then', async () => {
    const h = harness();
    const whitelist = await addWhitelist(h, {
      listener_id: await listenerIdByName(h, 'listener-http-80'),
      whitelist: '10.0.0.1',
    });
    const path = `${WHITELISTS}/${whitelist.id}`;
    await refused(
      h,
      'PUT',
      path,
      { whitelist: {} },
      invalid('Invalid whitelist: The request must change at least one field.'),
    );
    await refused(
      h,
      'PUT',
      path,
      { whitelist: { whitelist: '10.0.0.1/33' } },
      invalid('Invalid whitelist[whitelist]: 10.0.0.1/33 is not an IPv4 address or CIDR block such as 10.168.16.0/24.'),
    );
    expect(await list(h)).toEqual([whitelist]);
  });
});

describe('deleting a whitelist', () => {
  it('deletes it, after which the listener can get a new one', async () => {
    const h = harness();
    const listenerId = await listenerIdByName(h, 'listener-http-80');
    const whitelist = await addWhitelist(h, { listener_id: listenerId });
    await ok(h, 'DELETE', `${WHITELISTS}/${whitelist.id}`);
    await refused(h, 'DELETE', `${WHITELISTS}/${whitelist.id}`, undefined, notFound('whitelist', whitelist.id));
    expect(await list(h)).toEqual([]);
    await addWhitelist(h, { listener_id: listenerId });
  });

  it('goes with its listener', async () => {
    const h = harness();
    const udp = await listenerIdByName(h, 'listener-udp-53');
    const whitelist = await addWhitelist(h, { listener_id: udp, whitelist: '192.168.1.0/24' });
    await ok(h, 'DELETE', `${V2}/pools/${(await poolByName(h, 'server_group-dns')).id}`);
    await ok(h, 'DELETE', `${V2}/listeners/${udp}`);
    await refused(h, 'GET', `${WHITELISTS}/${whitelist.id}`, undefined, notFound('whitelist', whitelist.id));
  });
});

describe('whitelist writes under a PENDING load balancer', () => {
  it('refuses create, update and delete with 409 until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const lb = await lbByName(h, 'elb-web-prod');
    const http = await listenerIdByName(h, 'listener-http-80');
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    const whitelist = await addWhitelist(h, { listener_id: http });
    await makePending(h, lb.id);
    const writes: [string, string, unknown][] = [
      ['PUT', `${WHITELISTS}/${whitelist.id}`, { whitelist: { enable_whitelist: false } }],
      ['DELETE', `${WHITELISTS}/${whitelist.id}`, undefined],
      ['POST', WHITELISTS, { whitelist: { listener_id: http } }],
    ];
    for (const [method, path, body] of writes) await refused(h, method, path, body, immutable(lb.id));
    // Another load balancer's listener is not affected.
    await addWhitelist(h, { listener_id: tcp });
    h.clock.advance(1000);
    for (const [method, path, body] of writes) await ok(h, method, path, body);
  });
});

describe('whitelist traces', () => {
  it('records createWhitelist, updateWhitelist and deleteWhitelist with resource type whitelist', async () => {
    const h = harness();
    const whitelist = await addWhitelist(h, { listener_id: await listenerIdByName(h, 'listener-http-80') });
    const updated = await ok<WhitelistResponse>(h, 'PUT', `${WHITELISTS}/${whitelist.id}`, {
      whitelist: { whitelist: '10.0.0.1' },
    });
    await ok(h, 'DELETE', `${WHITELISTS}/${updated.whitelist.id}`);
    const traces = await recordedTraces(h, 'resource_type=whitelist');
    expect(traces.map((trace) => [trace.trace_name, trace.code, trace.resource_id])).toEqual([
      ['deleteWhitelist', '204', updated.whitelist.id],
      // The trace names the regenerated whitelist.
      ['updateWhitelist', '200', updated.whitelist.id],
      ['createWhitelist', '201', whitelist.id],
    ]);
    expect(traces.every((trace) => trace.service_type === 'ELB')).toBe(true);
  });
});
