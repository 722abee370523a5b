import { describe, expect, it } from 'vitest';
import type { AlarmDetailResponse, CreateAlarmResponse } from '../../../contract/ces/alarms';
import { metricsFor, type MetricListResponse } from '../../../contract/ces/metrics';
import type { ClassicListener } from '../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancerListResponse } from '../../../contract/elb-classic/load-balancers';
import type { ClassicMonitorResponse } from '../../../contract/elb-classic/monitor';
import { metricSeries } from '../ces/series';
import { harness, type Harness } from '../../testing/harness';

const MINUTE = 60_000;

async function classicLbs(h: Harness) {
  const list = await h.send<ClassicLoadBalancerListResponse>('GET', '/v1.0/:project_id/elbaas/loadbalancers');
  const byName = (name: string) => list.body.loadbalancers.find((lb) => lb.name === name)!;
  return { portal: byName('classic-portal'), intranet: byName('classic-intranet') };
}

/** The portal with a new HTTP listener, at 15:00 UTC (the daily peak) a few minutes later. */
async function busyPortal() {
  const h = harness();
  h.clock.set(Date.UTC(2026, 10, 1, 14, 55));
  const { portal, intranet } = await classicLbs(h);
  const listener = await h.send<ClassicListener>('POST', '/v1.0/:project_id/elbaas/listeners', {
    name: 'peak',
    loadbalancer_id: portal.id,
    protocol: 'HTTP',
    port: 8088,
    backend_protocol: 'HTTP',
    backend_port: 80,
    lb_algorithm: 'roundrobin',
  });
  expect(listener.status).toBe(200);
  h.clock.set(Date.UTC(2026, 10, 1, 15, 0, 30));
  return { h, portal, intranet };
}

const rawSeries = (h: Harness, metricName: string, lbId: string) =>
  h.cloud.store.read((tx) =>
    metricSeries(
      tx,
      {
        metricName,
        dimensions: [{ name: 'lb_instance_id', value: lbId }],
        from: h.clock.now() - 10 * MINUTE,
        to: h.clock.now(),
        period: 1,
        filter: 'average',
      },
      h.clock.now(),
    ),
  );

describe('classic monitor and metrics', () => {
  it('answers one monitor entry per load balancer, matching the current minute of its metrics', async () => {
    const { h, portal, intranet } = await busyPortal();
    const monitor = await h.send<ClassicMonitorResponse>('GET', '/v1.0/:project_id/elbaas/monitor');
    expect(monitor.status).toBe(200);
    const entry = monitor.body.find((item) => item.loadbalancer_id === portal.id)!;
    expect(entry).toMatchObject({ loadbalancer_name: 'classic-portal', loadbalancer_ip: portal.vip_address });
    expect(entry.create_time).toBe('2026-11-01 15:00:00');
    expect(entry.ncps).toBeGreaterThan(0);
    expect(entry.in_Bps).toBe(Math.round(rawSeries(h, 'm7_in_Bps', portal.id).at(-1)!.value));
    const stopped = monitor.body.find((item) => item.loadbalancer_id === intranet.id)!;
    expect([stopped.cps, stopped.ncps, stopped.in_Bps, stopped.out_Bps]).toEqual([0, 0, 0, 0]);
  });

  it('lists the classic metrics of lb_instance_id, without listener or L7 ones', async () => {
    const { h, portal } = await busyPortal();
    const list = await h.send<MetricListResponse>(
      'GET',
      `/V1.0/:project_id/metrics?namespace=SYS.ELB&dim.0=lb_instance_id,${portal.id}&order=asc`,
    );
    const names = list.body.metrics.map((metric) => metric.metric_name);
    expect(names).toEqual(metricsFor('classic_lb').map((metric) => metric.id));
    expect(names).toHaveLength(10);
    expect(rawSeries(h, 'mb_l7_qps', portal.id)).toEqual([]);
    expect(rawSeries(h, 'ma_normal_servers', portal.id).at(-1)!.value).toBeGreaterThanOrEqual(0);
  });

  it('counts the demo backend ECSs by health: one abnormal on the portal, none served by the stopped intranet', async () => {
    const h = harness();
    const { portal, intranet } = await classicLbs(h);
    expect(rawSeries(h, 'm9_abnormal_servers', portal.id).at(-1)!.value).toBe(1);
    expect(rawSeries(h, 'ma_normal_servers', portal.id).at(-1)!.value).toBe(5);
    expect(rawSeries(h, 'm9_abnormal_servers', intranet.id).at(-1)!.value).toBe(0);
    expect(rawSeries(h, 'm4_ncps', intranet.id).every((point) => point.value === 0)).toBe(true);
  });

  it('evaluates an alarm rule on a classic metric', async () => {
    const { h, portal } = await busyPortal();
    const created = await h.send<CreateAlarmResponse>('POST', '/V1.0/:project_id/alarms', {
      alarm_name: 'classic-new-connections',
      metric: {
        namespace: 'SYS.ELB',
        metric_name: 'm4_ncps',
        dimensions: [{ name: 'lb_instance_id', value: portal.id }],
      },
      condition: { period: 1, filter: 'average', comparison_operator: '>', value: 0, count: 1 },
      alarm_action_enabled: false,
    });
    expect(created.status).toBe(201);
    h.clock.advance(2 * MINUTE);
    const detail = await h.send<AlarmDetailResponse>('GET', `/V1.0/:project_id/alarms/${created.body.alarm_id}`);
    expect(detail.body.metric_alarms[0]!.alarm_state).toBe('alarm');
  });
});
