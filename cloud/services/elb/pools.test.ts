import { describe, expect, it } from 'vitest';
import type { HealthMonitorResponse, HealthMonitorType } from '../../../contract/elb-v2/health-monitors';
import type { ListenerProtocol, ListenerResponse } from '../../../contract/elb-v2/listeners';
import type { LbAlgorithm, PoolProtocol, StickySessionType } from '../../../contract/elb-v2/pool-protocols';
import type { CreatePoolRequest, PoolResponse, UpdatePoolRequest } from '../../../contract/elb-v2/pools';
import type { SessionPersistence } from '../../../contract/elb-v2/sticky-session';
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
  type ExpectedFault,
  V2,
} from '../../testing/elb';

const POOLS = `${V2}/pools`;

type PoolBody = CreatePoolRequest['pool'];

async function addPool(h: Harness, pool: PoolBody) {
  return (await ok<PoolResponse>(h, 'POST', POOLS, { pool })).pool;
}

async function addListener(h: Harness, lbId: string, protocol: ListenerProtocol, port = 80) {
  const listener = {
    loadbalancer_id: lbId,
    protocol,
    protocol_port: port,
    ...(protocol === 'TERMINATED_HTTPS' ? { default_tls_container_ref: TEST_CERTIFICATES.server } : {}),
  };
  return (await ok<ListenerResponse>(h, 'POST', `${V2}/listeners`, { listener })).listener;
}

// ---------------------------------------------------------------------------
// FEATURES §4.2 "Allowed listener ↔ backend combinations", written out as the oracle.
// ---------------------------------------------------------------------------

const ALLOWED: Record<ListenerProtocol, { pool: PoolProtocol; label: string }> = {
  TCP: { pool: 'TCP', label: 'TCP' },
  UDP: { pool: 'UDP', label: 'UDP' },
  HTTP: { pool: 'HTTP', label: 'HTTP' },
  TERMINATED_HTTPS: { pool: 'HTTP', label: 'HTTPS' },
};
const HEALTH_CHECKS: Record<PoolProtocol, HealthMonitorType[]> = {
  TCP: ['TCP', 'HTTP'],
  UDP: ['UDP_CONNECT'],
  HTTP: ['HTTP', 'TCP'],
};
const STICKY: Record<PoolProtocol, StickySessionType[]> = {
  TCP: ['SOURCE_IP'],
  UDP: ['SOURCE_IP'],
  HTTP: ['HTTP_COOKIE', 'APP_COOKIE'],
};

const listenerProtocols: ListenerProtocol[] = ['TCP', 'UDP', 'HTTP', 'TERMINATED_HTTPS'];
const poolProtocols: PoolProtocol[] = ['TCP', 'UDP', 'HTTP'];
const stickyTypes: (StickySessionType | null)[] = [null, 'SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE'];
const algorithms: LbAlgorithm[] = ['ROUND_ROBIN', 'LEAST_CONNECTIONS', 'SOURCE_IP'];
const healthCheckTypes: HealthMonitorType[] = ['TCP', 'UDP_CONNECT', 'HTTP'];

function stickyBody(type: StickySessionType | null): SessionPersistence | undefined {
  if (type === null) return undefined;
  return type === 'APP_COOKIE' ? { type, cookie_name: 'SESSIONID' } : { type, persistence_timeout: 30 };
}

/** The refusal a pool create must get, in the order the rules are checked (body first, then the listener). */
function expectedPoolFault(
  listener: ListenerProtocol,
  pool: PoolProtocol,
  sticky: StickySessionType | null,
  algorithm: LbAlgorithm,
): ExpectedFault | undefined {
  if (sticky !== null && algorithm !== 'ROUND_ROBIN') {
    return invalid(
      'Invalid pool[session_persistence]: Sticky sessions can be enabled only with the weighted round robin algorithm.',
    );
  }
  if (sticky !== null && !STICKY[pool].includes(sticky)) {
    return invalid(
      pool === 'HTTP'
        ? 'Invalid pool[session_persistence][type]: HTTP backend server groups support only load balancer cookie or application cookie stickiness.'
        : 'Invalid pool[session_persistence][type]: TCP and UDP backend server groups support only source IP address stickiness.',
    );
  }
  const { pool: needed, label } = ALLOWED[listener];
  if (pool !== needed) {
    return invalidParameter(
      `Invalid pool[protocol]: ${label} listeners need a backend server group that uses ${needed}.`,
    );
  }
  return undefined;
}

function expectedMonitorFault(pool: PoolProtocol, type: HealthMonitorType): ExpectedFault | undefined {
  if (HEALTH_CHECKS[pool].includes(type)) return undefined;
  return invalidParameter(
    pool === 'UDP'
      ? 'Invalid healthmonitor[type]: UDP backend server groups can only use UDP_CONNECT health checks.'
      : `Invalid healthmonitor[type]: ${pool} backend server groups can only use TCP or HTTP health checks.`,
  );
}

describe('listener × backend protocol × sticky session × algorithm × health check (FEATURES §4.2, §4.4, §6.1)', () => {
  const cases = listenerProtocols.flatMap((listener) => poolProtocols.map((pool) => [listener, pool] as const));

  it.each(cases)('%s listener, %s group', async (listenerProtocol, poolProtocol) => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const listener = await addListener(h, lb.id, listenerProtocol);
    let accepted = 0;
    for (const sticky of stickyTypes) {
      for (const algorithm of algorithms) {
        const body = {
          pool: {
            listener_id: listener.id,
            protocol: poolProtocol,
            lb_algorithm: algorithm,
            session_persistence: stickyBody(sticky),
          },
        };
        const fault = expectedPoolFault(listenerProtocol, poolProtocol, sticky, algorithm);
        if (fault) {
          await refused(h, 'POST', POOLS, body, fault);
          continue;
        }
        accepted += 1;
        const { pool } = await ok<PoolResponse>(h, 'POST', POOLS, body);
        expect(pool).toMatchObject({
          protocol: poolProtocol,
          lb_algorithm: algorithm,
          listeners: [{ id: listener.id }],
        });
        for (const type of healthCheckTypes) {
          const monitorBody = { healthmonitor: { pool_id: pool.id, type, delay: 5, timeout: 3, max_retries: 3 } };
          const monitorFault = expectedMonitorFault(poolProtocol, type);
          if (monitorFault) {
            await refused(h, 'POST', `${V2}/healthmonitors`, monitorBody, monitorFault);
          } else {
            const { healthmonitor } = await ok<HealthMonitorResponse>(h, 'POST', `${V2}/healthmonitors`, monitorBody);
            await ok(h, 'DELETE', `${V2}/healthmonitors/${healthmonitor.id}`);
          }
        }
        // Deleting the group frees the listener for the next combination.
        await ok(h, 'DELETE', `${POOLS}/${pool.id}`);
      }
    }
    // No stickiness with any algorithm, plus each type that suits the protocol with round robin.
    const compatible = ALLOWED[listenerProtocol].pool === poolProtocol;
    expect(accepted).toBe(compatible ? algorithms.length + STICKY[poolProtocol].length : 0);
  });
});

describe('adding a backend server group', () => {
  it('adds a group to a load balancer only, with the documented defaults', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const pool = await addPool(h, { loadbalancer_id: lb.id, protocol: 'TCP', lb_algorithm: 'LEAST_CONNECTIONS' });
    expect(pool).toEqual({
      id: expect.any(String),
      tenant_id: PROJECT,
      name: '',
      description: '',
      protocol: 'TCP',
      lb_algorithm: 'LEAST_CONNECTIONS',
      members: [],
      healthmonitor_id: null,
      admin_state_up: true,
      listeners: [],
      loadbalancers: [{ id: lb.id }],
      session_persistence: null,
    });
    expect((await lbById(h, lb.id)).pools).toEqual([{ id: pool.id }]);
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lb.id}/statuses`);
    expect(tree.statuses.loadbalancer.pools.map((item) => item.id)).toEqual([pool.id]);
  });

  it('makes a group created with listener_id the default group of that listener', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const listener = await addListener(h, lb.id, 'TERMINATED_HTTPS', 443);
    const pool = await addPool(h, {
      listener_id: listener.id,
      loadbalancer_id: lb.id,
      protocol: 'HTTP',
      lb_algorithm: 'ROUND_ROBIN',
      name: 'web',
      description: 'shop',
    });
    expect(pool).toMatchObject({ name: 'web', description: 'shop', loadbalancers: [{ id: lb.id }] });
    expect(pool.listeners).toEqual([{ id: listener.id }]);
    const shown = await ok<ListenerResponse>(h, 'GET', `${V2}/listeners/${listener.id}`);
    expect(shown.listener.default_pool_id).toBe(pool.id);
    const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lb.id}/statuses`);
    expect(tree.statuses.loadbalancer.listeners[0]!.pools.map((item) => item.id)).toEqual([pool.id]);
  });

  it.each<[string, SessionPersistence, PoolProtocol, SessionPersistence]>([
    [
      'HTTP_COOKIE gets 20 minutes (C8)',
      { type: 'HTTP_COOKIE' },
      'HTTP',
      {
        type: 'HTTP_COOKIE',
        cookie_name: null,
        persistence_timeout: 20,
      },
    ],
    [
      'SOURCE_IP keeps its duration',
      { type: 'SOURCE_IP', persistence_timeout: 60 },
      'UDP',
      {
        type: 'SOURCE_IP',
        cookie_name: null,
        persistence_timeout: 60,
      },
    ],
    [
      'HTTP groups allow 1440 minutes',
      { type: 'HTTP_COOKIE', persistence_timeout: 1440 },
      'HTTP',
      {
        type: 'HTTP_COOKIE',
        cookie_name: null,
        persistence_timeout: 1440,
      },
    ],
    [
      'APP_COOKIE keeps its cookie and no duration',
      { type: 'APP_COOKIE', cookie_name: 'JSESSIONID' },
      'HTTP',
      {
        type: 'APP_COOKIE',
        cookie_name: 'JSESSIONID',
        persistence_timeout: null,
      },
    ],
  ])('stores sticky sessions with defaults: %s', async (_case, sticky, protocol, stored) => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const pool = await addPool(h, {
      loadbalancer_id: lb.id,
      protocol,
      lb_algorithm: 'ROUND_ROBIN',
      session_persistence: sticky,
    });
    expect(pool.session_persistence).toEqual(stored);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'no protocol',
      { lb_algorithm: 'ROUND_ROBIN' },
      'RequestBody pool[protocol] is null, this is a required parameter.',
    ],
    [
      'an HTTPS group',
      { protocol: 'HTTPS', lb_algorithm: 'ROUND_ROBIN' },
      'Invalid pool[protocol]: The backend protocol can only be TCP, UDP or HTTP.',
    ],
    [
      'an unknown algorithm',
      { protocol: 'TCP', lb_algorithm: 'RANDOM' },
      'Invalid pool[lb_algorithm]: The load balancing algorithm can only be ROUND_ROBIN, LEAST_CONNECTIONS or SOURCE_IP.',
    ],
    [
      'stickiness without a type',
      { protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN', session_persistence: { persistence_timeout: 5 } },
      'RequestBody pool[session_persistence][type] is null, this is a required parameter.',
    ],
    [
      'a TCP duration of 61 minutes',
      {
        protocol: 'TCP',
        lb_algorithm: 'ROUND_ROBIN',
        session_persistence: { type: 'SOURCE_IP', persistence_timeout: 61 },
      },
      'Invalid pool[session_persistence][persistence_timeout]: The stickiness duration must be 1 to 60 minutes.',
    ],
    [
      'an HTTP duration of 1441 minutes',
      {
        protocol: 'HTTP',
        lb_algorithm: 'ROUND_ROBIN',
        session_persistence: { type: 'HTTP_COOKIE', persistence_timeout: 1441 },
      },
      'Invalid pool[session_persistence][persistence_timeout]: The stickiness duration must be 1 to 1440 minutes.',
    ],
    [
      'an application cookie without a name',
      { protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN', session_persistence: { type: 'APP_COOKIE' } },
      'Invalid pool[session_persistence][cookie_name]: Enter a cookie name for application cookie stickiness.',
    ],
    [
      'a cookie name for HTTP_COOKIE',
      {
        protocol: 'HTTP',
        lb_algorithm: 'ROUND_ROBIN',
        session_persistence: { type: 'HTTP_COOKIE', cookie_name: 'x' },
      },
      'Invalid pool[session_persistence][cookie_name]: A cookie name can be set only for application cookie stickiness.',
    ],
  ])('refuses %s with ELB.9805', async (_case, pool, message) => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    await refused(h, 'POST', POOLS, { pool: { loadbalancer_id: lb.id, ...pool } }, invalid(message));
    expect((await lbById(h, lb.id)).pools).toEqual([]);
  });

  it('needs a load balancer or a listener, each existing and matching', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const base = { protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' };
    await refused(
      h,
      'POST',
      POOLS,
      { pool: base },
      invalid('Invalid pool[loadbalancer_id]: A backend server group needs a load balancer, a listener, or both.'),
    );
    await refused(
      h,
      'POST',
      POOLS,
      { pool: { ...base, loadbalancer_id: MISSING_ID } },
      notFound('loadbalancer', MISSING_ID),
    );
    await refused(h, 'POST', POOLS, { pool: { ...base, listener_id: MISSING_ID } }, notFound('listener', MISSING_ID));
    const http = await listenerIdByName(h, 'listener-http-80');
    const web = await lbByName(h, 'elb-web-prod');
    await refused(
      h,
      'POST',
      POOLS,
      { pool: { ...base, listener_id: http, loadbalancer_id: lb.id } },
      conflict(`Listener ${http} belongs to load balancer ${web.id}, not to load balancer ${lb.id}.`),
    );
    // listener-http-80 already forwards to server_group-web by default.
    const webPool = await poolByName(h, 'server_group-web');
    await refused(
      h,
      'POST',
      POOLS,
      { pool: { ...base, listener_id: http } },
      conflict(`Listener ${http} already has default backend server group ${webPool.id}.`),
    );
    await refused(
      h,
      'POST',
      POOLS,
      { pool: { ...base, loadbalancer_id: lb.id, tenant_id: 'someone-else' } },
      { status: 400, code: 'ELB.9808', message: 'Tenant_id in token mismatches with tenant_id in url.' },
    );
  });

  it('refuses a group beyond the quota with 409 ELB.8905', async () => {
    const h = harness(demoWithQuotas((snapshot) => ({ pool: snapshot.tables.pools.length })));
    const lb = await lbByName(h, 'elb-legacy-unused');
    const body = { pool: { loadbalancer_id: lb.id, protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN' } };
    await refused(h, 'POST', POOLS, body, {
      status: 409,
      code: 'ELB.8905',
      message: "Quota exceeded for resources: ['pool'].",
    });
    await ok(h, 'DELETE', `${POOLS}/${(await poolByName(h, 'server_group-dns')).id}`);
    await ok(h, 'POST', POOLS, body);
  });
});

describe('updating a backend server group', () => {
  it('changes name, description, algorithm and stickiness; the protocol stays', async () => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    const body: UpdatePoolRequest = {
      pool: { name: 'web', description: 'front end', session_persistence: { type: 'APP_COOKIE', cookie_name: 'sid' } },
    };
    const { pool } = await ok<PoolResponse>(h, 'PUT', `${POOLS}/${web.id}`, body);
    expect(pool).toEqual({
      ...web,
      name: 'web',
      description: 'front end',
      session_persistence: { type: 'APP_COOKIE', cookie_name: 'sid', persistence_timeout: null },
    });
    // Stickiness off, then another algorithm.
    const off = await ok<PoolResponse>(h, 'PUT', `${POOLS}/${web.id}`, {
      pool: { session_persistence: null, lb_algorithm: 'SOURCE_IP' },
    });
    expect(off.pool).toMatchObject({ session_persistence: null, lb_algorithm: 'SOURCE_IP', protocol: 'HTTP' });
  });

  it.each<[string, Record<string, unknown>, ExpectedFault]>([
    [
      'the protocol (immutable)',
      { protocol: 'TCP' },
      invalid(
        'Invalid pool[protocol]: The backend protocol cannot be changed; create a new backend server group instead.',
      ),
    ],
    ['nothing', {}, invalid('Invalid pool: The request must change at least one field.')],
    [
      'least connections while sticky sessions are on',
      { lb_algorithm: 'LEAST_CONNECTIONS' },
      invalidParameter(
        'Invalid pool[session_persistence]: Sticky sessions can be enabled only with the weighted round robin algorithm.',
      ),
    ],
    [
      'source IP stickiness on an HTTP group',
      { session_persistence: { type: 'SOURCE_IP' } },
      invalidParameter(
        'Invalid pool[session_persistence][type]: HTTP backend server groups support only load balancer cookie or application cookie stickiness.',
      ),
    ],
    [
      'an HTTP duration of 1441 minutes',
      { session_persistence: { type: 'HTTP_COOKIE', persistence_timeout: 1441 } },
      invalidParameter(
        'Invalid pool[session_persistence][persistence_timeout]: The stickiness duration must be 1 to 1440 minutes.',
      ),
    ],
  ])('refuses to change %s', async (_case, pool, fault) => {
    const h = harness();
    const web = await poolByName(h, 'server_group-web');
    await refused(h, 'PUT', `${POOLS}/${web.id}`, { pool }, fault);
    expect(await poolByName(h, 'server_group-web')).toEqual(web);
  });

  it('allows stickiness on a TCP group only with source IP, 1 to 60 minutes', async () => {
    const h = harness();
    const orders = await poolByName(h, 'server_group-orders');
    const path = `${POOLS}/${orders.id}`;
    const sticky = { type: 'SOURCE_IP', persistence_timeout: 60 };
    // server_group-orders uses least connections: switch to round robin in the same request.
    await refused(
      h,
      'PUT',
      path,
      { pool: { session_persistence: sticky } },
      invalidParameter(
        'Invalid pool[session_persistence]: Sticky sessions can be enabled only with the weighted round robin algorithm.',
      ),
    );
    const { pool } = await ok<PoolResponse>(h, 'PUT', path, {
      pool: { session_persistence: sticky, lb_algorithm: 'ROUND_ROBIN' },
    });
    expect(pool.session_persistence).toEqual({ ...sticky, cookie_name: null });
  });

  it('answers 404 for a missing group', async () => {
    const h = harness();
    await refused(h, 'PUT', `${POOLS}/${MISSING_ID}`, { pool: { name: 'x' } }, notFound('pool', MISSING_ID));
  });
});

describe('group writes under a PENDING load balancer', () => {
  it('refuses create, update and delete with 409 until the window ends', async () => {
    const h = harness('demo', { provisioningDelayMs: 1000 });
    const lb = await lbByName(h, 'elb-legacy-unused');
    const pool = await addPool(h, { loadbalancer_id: lb.id, protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN' });
    await makePending(h, lb.id);
    const writes: [string, string, unknown][] = [
      ['POST', POOLS, { pool: { loadbalancer_id: lb.id, protocol: 'UDP', lb_algorithm: 'ROUND_ROBIN' } }],
      ['PUT', `${POOLS}/${pool.id}`, { pool: { name: 'x' } }],
      ['DELETE', `${POOLS}/${pool.id}`, undefined],
    ];
    for (const [method, path, body] of writes) await refused(h, method, path, body, immutable(lb.id));
    h.clock.advance(1000);
    for (const [method, path, body] of writes) await ok(h, method, path, body);
  });
});

describe('group traces', () => {
  it('records createPool, updatPool (as documented, C16) and deletePool', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const pool = await addPool(h, { loadbalancer_id: lb.id, protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN', name: 'g' });
    await ok(h, 'PUT', `${POOLS}/${pool.id}`, { pool: { name: 'g2' } });
    await refused(h, 'PUT', `${POOLS}/${pool.id}`, { pool: { protocol: 'UDP' } }, invalid(/cannot be changed/));
    await ok(h, 'DELETE', `${POOLS}/${pool.id}`);
    const traces = await recordedTraces(h, `resource_id=${pool.id}`);
    expect(traces.map((trace) => [trace.trace_name, trace.code, trace.trace_rating, trace.resource_type])).toEqual([
      ['deletePool', '204', 'normal', 'pool'],
      ['updatPool', '400', 'warning', 'pool'],
      ['updatPool', '200', 'normal', 'pool'],
      ['createPool', '201', 'normal', 'pool'],
    ]);
    // C16: the regular spelling finds the documented one.
    expect(await recordedTraces(h, 'trace_name=updatePool')).toHaveLength(2);
  });
});
