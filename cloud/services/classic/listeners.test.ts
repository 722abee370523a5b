import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type { ClassicListener } from '../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancerListResponse } from '../../../contract/elb-classic/load-balancers';
import type { Trace } from '../../../contract/cts/traces';
import { buildScenario } from '../../scenarios';
import { harness, type Harness } from '../../testing/harness';

const LISTENERS = '/v1.0/:project_id/elbaas/listeners';

async function classicLb(h: Harness, name: string) {
  const list = await h.send<ClassicLoadBalancerListResponse>('GET', '/v1.0/:project_id/elbaas/loadbalancers');
  return list.body.loadbalancers.find((lb) => lb.name === name)!;
}

const tcp = (loadbalancer_id: string, port = 7000) => ({
  name: 'tcp-listener',
  loadbalancer_id,
  protocol: 'TCP',
  port,
  backend_protocol: 'TCP',
  backend_port: 7001,
  lb_algorithm: 'leastconn',
});

describe('classic listeners', () => {
  it('adds a TCP listener with the defaults, lists it by load balancer and shows it', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const created = await h.send<ClassicListener>('POST', LISTENERS, tcp(lb.id));
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      status: 'ACTIVE',
      description: '',
      session_sticky: false,
      sticky_session_type: null,
      cookie_timeout: null,
      tcp_timeout: 5,
      tcp_draining: false,
      tcp_draining_timeout: null,
      udp_timeout: null,
      certificate_id: null,
      ssl_protocols: null,
      healthcheck_id: null,
      member_number: 0,
    });
    expect(created.body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(created.body.create_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    const listed = await h.send<ClassicListener[]>('GET', `${LISTENERS}?loadbalancer_id=${lb.id}&protocol=TCP`);
    expect(listed.body.map((l) => l.id)).toContain(created.body.id);
    const none = await h.send<ClassicListener[]>('GET', `${LISTENERS}?loadbalancer_id=${lb.id}&port=1`);
    expect(none.body).toEqual([]);
    const shown = await h.send<ClassicListener>('GET', `${LISTENERS}/${created.body.id}`);
    expect(shown.body).toEqual(created.body);
    const traces = await h.send<{ traces: Trace[] }>('GET', '/v3/:project_id/traces?trace_name=createListener');
    expect(traces.body.traces[0]).toMatchObject({ resource_id: created.body.id, service_type: 'ELB' });
  });

  it('fills the sticky cookie of HTTP listeners and the TLS defaults of HTTPS ones', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const http = await h.send<ClassicListener>('POST', LISTENERS, {
      ...tcp(lb.id, 8080),
      protocol: 'HTTP',
      backend_protocol: 'HTTP',
      lb_algorithm: 'roundrobin',
      session_sticky: true,
    });
    expect(http.body).toMatchObject({ sticky_session_type: 'insert', cookie_timeout: 1440, tcp_timeout: null });
    const missingCert = await h.send<WrappedErrorBody>('POST', LISTENERS, {
      ...tcp(lb.id, 8443),
      protocol: 'HTTPS',
      backend_protocol: 'HTTP',
      certificate_id: 'f'.repeat(32),
    });
    expect(missingCert.body.error.code).toBe('ELB.5040');
  });

  it('refuses bad bodies with the documented listener codes', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const cases: [object, string, number][] = [
      [{ ...tcp(lb.id), port: 0 }, 'ELB.6041', 400],
      [{ ...tcp(lb.id), protocol: 'QUIC' }, 'ELB.6061', 400],
      [{ ...tcp(lb.id), name: 'bad name' }, 'ELB.6021', 400],
      [{ ...tcp(lb.id), lb_algorithm: undefined }, 'ELB.6001', 400],
      [{ ...tcp(lb.id), tcp_draining_timeout: 3 }, 'ELB.1001', 400],
      [{ ...tcp(lb.id), loadbalancer_id: 'f'.repeat(32) }, 'ELB.6040', 400],
    ];
    for (const [body, code, status] of cases) {
      const reply = await h.send<WrappedErrorBody>('POST', LISTENERS, body);
      expect([reply.status, reply.body.error.code], JSON.stringify(body)).toEqual([status, code]);
    }
  });

  it('counts the listener quota per load balancer (ELB.6091)', async () => {
    const snapshot = buildScenario('demo');
    snapshot.meta.quotas = { ...snapshot.meta.quotas, classic_listener: 2 };
    const h = harness(snapshot);
    const intranet = await classicLb(h, 'classic-intranet');
    expect((await h.send('POST', LISTENERS, tcp(intranet.id, 7100))).status).toBe(200);
    const over = await h.send<WrappedErrorBody>('POST', LISTENERS, tcp(intranet.id, 7101));
    expect(over.status).toBe(403);
    expect(over.body.error.code).toBe('ELB.6091');
  });

  it('refuses UDP on an Internal load balancer and a taken port', async () => {
    const h = harness('demo');
    const intranet = await classicLb(h, 'classic-intranet');
    const udp = await h.send<WrappedErrorBody>('POST', LISTENERS, {
      ...tcp(intranet.id),
      protocol: 'UDP',
      backend_protocol: 'UDP',
    });
    expect(udp.body.error).toMatchObject({ code: 'ELB.6061' });
    expect(udp.body.error.message).toContain('UDP listener cannot be added to a private (Internal) load balancer');
    await h.send('POST', LISTENERS, tcp(intranet.id, 7100));
    const taken = await h.send<WrappedErrorBody>('POST', LISTENERS, tcp(intranet.id, 7100));
    expect(taken.body.error).toEqual({
      code: 'ELB.6200',
      message: `Load Balaner ${intranet.id} already has a listener with protocol_port of 7100.`,
    });
  });

  it('refuses every listener write on a frozen load balancer (ELB.1015)', async () => {
    const h = harness();
    const frozen = await classicLb(h, 'classic-billing-frozen');
    const refused = await h.send<WrappedErrorBody>('POST', LISTENERS, tcp(frozen.id));
    expect([refused.status, refused.body.error.code]).toEqual([400, 'ELB.1015']);
    expect(refused.body.error.message).toContain('frozen');
  });

  it('shows the demo listeners with their backend ECS counts and health checks', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const listed = await h.send<ClassicListener[]>('GET', `${LISTENERS}?loadbalancer_id=${lb.id}`);
    const byPort = Object.fromEntries(listed.body.map((l) => [l.port, l]));
    expect(byPort[80]).toMatchObject({ protocol: 'HTTP', session_sticky: true, cookie_timeout: 60, member_number: 3 });
    expect(byPort[80]!.healthcheck_id).toMatch(/^[0-9a-f]{32}$/);
    expect(byPort[443]).toMatchObject({ protocol: 'HTTPS', ssl_protocols: 'TLS 1.2', ssl_ciphers: 'Default' });
    expect(byPort[3306]).toMatchObject({ tcp_draining: true, tcp_draining_timeout: 10, member_number: 1 });
  });

  it('modifies ports and timeouts, refuses create-only settings and follows draining', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const created = await h.send<ClassicListener>('POST', LISTENERS, { ...tcp(lb.id), tcp_draining: true });
    expect(created.body.tcp_draining_timeout).toBe(5);
    const item = `${LISTENERS}/${created.body.id}`;
    const changed = await h.send<ClassicListener>('PUT', item, { port: 7200, tcp_timeout: 30, tcp_draining: false });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      port: 7200,
      tcp_timeout: 30,
      tcp_draining: false,
      tcp_draining_timeout: null,
    });
    const sticky = await h.send<WrappedErrorBody>('PUT', item, { session_sticky: true });
    expect(sticky.body.error.code).toBe('ELB.6015');
    const sameProtocol = await h.send<ClassicListener>('PUT', item, { protocol: 'TCP', name: 'renamed' });
    expect(sameProtocol.body.name).toBe('renamed');
    const udpTimeout = await h.send<WrappedErrorBody>('PUT', item, { udp_timeout: 3 });
    expect(udpTimeout.body.error.code).toBe('ELB.1001');
    const empty = await h.send<WrappedErrorBody>('PUT', item, {});
    expect(empty.status).toBe(400);
  });

  it('deletes a listener with its health check; unknown listeners answer 404', async () => {
    const h = harness();
    const lb = await classicLb(h, 'classic-portal');
    const created = await h.send<ClassicListener>('POST', LISTENERS, tcp(lb.id));
    const check = await h.send<{ id: string }>('POST', '/v1.0/:project_id/elbaas/healthcheck', {
      listener_id: created.body.id,
    });
    expect(check.status).toBe(200);
    const deleted = await h.send('DELETE', `${LISTENERS}/${created.body.id}`);
    expect(deleted.status).toBe(204);
    const gone = await h.send<WrappedErrorBody>('GET', `/v1.0/:project_id/elbaas/healthcheck/${check.body.id}`);
    expect(gone.status).toBe(404);
    const again = await h.send<WrappedErrorBody>('DELETE', `${LISTENERS}/${created.body.id}`);
    expect([again.status, again.body.error.code]).toEqual([404, 'ELB.6002']);
  });
});
