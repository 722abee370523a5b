import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type { ClassicHealthCheck } from '../../../contract/elb-classic/health-checks';
import type { ClassicListener } from '../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancerListResponse } from '../../../contract/elb-classic/load-balancers';
import { harness, type Harness } from '../../testing/harness';

const CHECKS = '/v1.0/:project_id/elbaas/healthcheck';

async function httpListener(h: Harness) {
  const lbs = await h.send<ClassicLoadBalancerListResponse>('GET', '/v1.0/:project_id/elbaas/loadbalancers');
  const lb = lbs.body.loadbalancers.find((item) => item.name === 'classic-portal')!;
  const created = await h.send<ClassicListener>('POST', '/v1.0/:project_id/elbaas/listeners', {
    name: 'web',
    loadbalancer_id: lb.id,
    protocol: 'HTTP',
    port: 8081,
    backend_protocol: 'HTTP',
    backend_port: 8080,
    lb_algorithm: 'roundrobin',
  });
  return created.body;
}

describe('classic health checks', () => {
  it('configures a check with the defaults of the listener, once per listener', async () => {
    const h = harness();
    const listener = await httpListener(h);
    const created = await h.send<ClassicHealthCheck>('POST', CHECKS, { listener_id: listener.id });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      listener_id: listener.id,
      healthcheck_protocol: 'HTTP',
      healthcheck_uri: '/',
      healthcheck_connect_port: 8080,
      healthy_threshold: 3,
      unhealthy_threshold: 3,
      healthcheck_timeout: 10,
      healthcheck_interval: 5,
    });
    const shown = await h.send<ClassicListener>('GET', `/v1.0/:project_id/elbaas/listeners/${listener.id}`);
    expect(shown.body.healthcheck_id).toBe(created.body.id);
    const second = await h.send<WrappedErrorBody>('POST', CHECKS, { listener_id: listener.id });
    expect([second.status, second.body.error.code]).toEqual([409, 'ELB.8907']);
  });

  it('refuses bad bodies with the documented codes', async () => {
    const h = harness();
    const listener = await httpListener(h);
    const cases: [object, string][] = [
      [{}, 'ELB.7000'],
      [{ listener_id: 'f'.repeat(32) }, 'ELB.7010'],
      [{ listener_id: listener.id, healthcheck_interval: 51 }, 'ELB.7001'],
      [{ listener_id: listener.id, healthy_threshold: 0 }, 'ELB.1001'],
      [{ listener_id: listener.id, healthcheck_protocol: 'TCP', healthcheck_uri: '/x' }, 'ELB.1001'],
    ];
    for (const [body, code] of cases) {
      const reply = await h.send<WrappedErrorBody>('POST', CHECKS, body);
      expect(reply.body.error.code, JSON.stringify(body)).toBe(code);
    }
  });

  it('modifies a check (protocol in any case) and deletes it, clearing the listener', async () => {
    const h = harness();
    const listener = await httpListener(h);
    const created = await h.send<ClassicHealthCheck>('POST', CHECKS, { listener_id: listener.id });
    const item = `${CHECKS}/${created.body.id}`;
    const tcp = await h.send<ClassicHealthCheck>('PUT', item, { healthcheck_protocol: 'tcp', healthcheck_interval: 7 });
    expect(tcp.body).toMatchObject({ healthcheck_protocol: 'TCP', healthcheck_uri: '', healthcheck_interval: 7 });
    const uriOnTcp = await h.send<WrappedErrorBody>('PUT', item, { healthcheck_uri: '/health' });
    expect(uriOnTcp.body.error.code).toBe('ELB.1001');
    expect((await h.send('DELETE', item)).status).toBe(204);
    const shown = await h.send<ClassicListener>('GET', `/v1.0/:project_id/elbaas/listeners/${listener.id}`);
    expect(shown.body.healthcheck_id).toBeNull();
    const gone = await h.send<WrappedErrorBody>('GET', item);
    expect([gone.status, gone.body.error.code]).toEqual([404, 'ELB.7020']);
  });
});
