/** Metric series: deterministic, consistent between a load balancer and its listeners, health-driven. */
import { describe, expect, it } from 'vitest';
import type { MetricFilter, MetricPeriod } from '../../../contract/ces/fields';
import type { PoolListResponse } from '../../../contract/elb-v2/pools';
import { harness, type Harness } from '../../testing/harness';
import { lbByName, listenerIdByName, ok, poolByName, subnetByName, V2 } from '../../testing/elb';
import { aggregate, metricSeries, type SeriesPoint } from './series';

const HOUR = 3_600_000;
const LB = 'lbaas_instance_id';
const LISTENER = 'lbaas_listener_id';

interface Ask {
  metric: string;
  dims: [string, string][];
  hours?: number;
  period?: MetricPeriod;
  filter?: MetricFilter;
}

function series(h: Harness, { metric, dims, hours = 3, period = 1, filter = 'average' }: Ask): SeriesPoint[] {
  const now = h.clock.now();
  const query = {
    metricName: metric,
    dimensions: dims.map(([name, value]) => ({ name, value })),
    from: now - hours * HOUR,
    to: now,
    period,
    filter,
  };
  return h.cloud.store.read((tx) => metricSeries(tx, query, now));
}

const values = (points: SeriesPoint[]) => points.map((point) => point.value);

describe('metricSeries', () => {
  it('is deterministic', async () => {
    const [a, b] = [harness(), harness()];
    const lb = await lbByName(a, 'elb-web-prod');
    const ask: Ask = { metric: 'mb_l7_qps', dims: [[LB, lb.id]], hours: 24 };
    expect(series(a, ask)).toEqual(series(b, ask));
    expect(series(a, ask)).toHaveLength(24 * 60);
  });

  it('sums the listeners into the load balancer for additive metrics', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    expect(lb.listeners.length).toBeGreaterThan(1);
    for (const metric of ['m1_cps', 'm4_ncps', 'm7_in_Bps', 'm8_out_Bps', 'mb_l7_qps', 'mc_l7_http_2xx']) {
      const total = values(series(h, { metric, dims: [[LB, lb.id]] }));
      const parts = lb.listeners.map(({ id }) => values(series(h, { metric, dims: [[LISTENER, id]] })));
      total.forEach((value, index) => {
        const sum = parts.reduce((acc, part) => acc + (part[index] ?? 0), 0);
        expect(value, `${metric} at ${index}`).toBeCloseTo(sum, 2);
      });
    }
  });

  it('keeps the load balancer response times within its listeners', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const max = values(series(h, { metric: 'm1c_l7_rt_max', dims: [[LB, lb.id]] }));
    const avg = values(series(h, { metric: 'm14_l7_rt', dims: [[LB, lb.id]] }));
    const min = values(series(h, { metric: 'm1d_l7_rt_min', dims: [[LB, lb.id]] }));
    const listenerMax = lb.listeners.map(({ id }) =>
      values(series(h, { metric: 'm1c_l7_rt_max', dims: [[LISTENER, id]] })),
    );
    max.forEach((value, index) => {
      expect(value).toBe(Math.max(...listenerMax.map((part) => part[index] ?? 0)));
      expect(min[index]!).toBeLessThanOrEqual(avg[index]!);
      expect(avg[index]!).toBeLessThanOrEqual(value);
    });
  });

  it('is zero for a disabled load balancer', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    await ok(h, 'PUT', `${V2}/loadbalancers/${lb.id}`, { loadbalancer: { admin_state_up: false } });
    h.clock.advance(HOUR);
    const points = series(h, { metric: 'mb_l7_qps', dims: [[LB, lb.id]], hours: 0.5 });
    expect(points).toHaveLength(30);
    expect(values(points).every((value) => value === 0)).toBe(true);
    // The seeded disabled load balancer has no listeners: zero connections all along.
    const maintenance = await lbByName(h, 'elb-maintenance');
    expect(values(series(h, { metric: 'm1_cps', dims: [[LB, maintenance.id]] })).every((value) => value === 0)).toBe(
      true,
    );
  });

  it('counts unhealthy servers from the members and follows a health change at once', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-api-internal');
    const ask = (metric: string): Ask => ({ metric, dims: [[LB, lb.id]], hours: 1 });
    // ecs-app-04 is stopped.
    expect(new Set(values(series(h, ask('m9_abnormal_servers'))))).toEqual(new Set([1]));
    expect(new Set(values(series(h, ask('ma_normal_servers'))))).toEqual(new Set([3]));

    h.clock.advance(10 * 60_000);
    const { pools } = await ok<PoolListResponse>(h, 'GET', `${V2}/pools?name=server_group-orders`);
    const pool = pools[0]!;
    await ok(h, 'PUT', `${V2}/pools/${pool.id}/members/${pool.members[1]!.id}`, { member: { admin_state_up: false } });
    // The minute of the change (still running) already counts the disabled server.
    h.clock.advance(30_000);
    const abnormal = values(series(h, ask('m9_abnormal_servers')));
    expect(abnormal.at(-1)).toBe(2);
    expect(abnormal.at(-12)).toBe(1);
  });

  it('keeps a stopped server unhealthy in the history when its member is edited', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-api-internal');
    const { pools } = await ok<PoolListResponse>(h, 'GET', `${V2}/pools?name=server_group-orders`);
    const pool = pools[0]!;
    // The first member (by ID) is ecs-app-04's, whose server is stopped.
    await ok(h, 'PUT', `${V2}/pools/${pool.id}/members/${pool.members[0]!.id}`, { member: { name: 'renamed' } });
    h.clock.advance(30_000);
    const abnormal = values(series(h, { metric: 'm9_abnormal_servers', dims: [[LB, lb.id]], hours: 1 }));
    expect(new Set(abnormal)).toEqual(new Set([1]));
  });

  it('counts a server added now from now on only', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-api-internal');
    const pool = await poolByName(h, 'server_group-orders');
    const subnet = await subnetByName(h, 'subnet-db');
    // ecs-db-01 listens on 5432, not 8080: unhealthy.
    await ok(h, 'POST', `${V2}/pools/${pool.id}/members`, {
      member: { address: '10.0.3.31', protocol_port: 8080, subnet_id: subnet.neutron_subnet_id },
    });
    h.clock.advance(30_000);
    const abnormal = values(series(h, { metric: 'm9_abnormal_servers', dims: [[LB, lb.id]], hours: 1 }));
    expect([abnormal.at(-2), abnormal.at(-1)]).toEqual([1, 2]);
  });

  it('has no data for unknown resources, metrics of another object, L7 metrics of TCP, usage and classic', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-api-internal');
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    expect(series(h, { metric: 'm1_cps', dims: [[LB, 'missing']] })).toEqual([]);
    expect(series(h, { metric: 'unknown_metric', dims: [[LB, lb.id]] })).toEqual([]);
    expect(series(h, { metric: 'm9_abnormal_servers', dims: [[LISTENER, tcp]] })).toEqual([]);
    expect(series(h, { metric: 'mb_l7_qps', dims: [[LISTENER, tcp]] })).toEqual([]);
    expect(series(h, { metric: 'mb_l7_qps', dims: [[LB, lb.id]] })).toEqual([]);
    expect(series(h, { metric: 'l7_qps_usage', dims: [[LB, lb.id]] })).toEqual([]);
    expect(series(h, { metric: 'm1_cps', dims: [['lb_instance_id', lb.id]] })).toEqual([]);
    expect(series(h, { metric: 'm4_ncps', dims: [[LISTENER, tcp]] }).length).toBeGreaterThan(0);
  });

  it('rolls raw minutes up into epoch-aligned periods', async () => {
    const h = harness();
    h.clock.set(Date.UTC(2026, 10, 1, 12, 30));
    const lb = await lbByName(h, 'elb-web-prod');
    const dims: [string, string][] = [[LB, lb.id]];
    const raw = series(h, { metric: 'mb_l7_qps', dims, hours: 3 });
    expect(raw[0]!.timestamp).toBe(Date.UTC(2026, 10, 1, 9, 30));
    expect(raw.at(-1)!.timestamp).toBe(Date.UTC(2026, 10, 1, 12, 29));

    const hourly = series(h, { metric: 'mb_l7_qps', dims, hours: 3, period: 3600, filter: 'sum' });
    // `from` (09:30) is rounded up to 10:00; the running hour (12:00–12:30) is rolled up to 12:00.
    expect(hourly.map((point) => point.timestamp)).toEqual([
      Date.UTC(2026, 10, 1, 10),
      Date.UTC(2026, 10, 1, 11),
      Date.UTC(2026, 10, 1, 12),
    ]);
    const inHour = (hour: number) =>
      raw.filter(
        ({ timestamp }) => timestamp >= Date.UTC(2026, 10, 1, hour) && timestamp < Date.UTC(2026, 10, 1, hour + 1),
      );
    expect(hourly[0]!.value).toBeCloseTo(
      inHour(10).reduce((sum, point) => sum + point.value, 0),
      1,
    );
    expect(hourly[2]!.value).toBeCloseTo(
      inHour(12).reduce((sum, point) => sum + point.value, 0),
      1,
    );

    const fiveMinutes = series(h, { metric: 'mb_l7_qps', dims, hours: 3, period: 300, filter: 'max' });
    expect(fiveMinutes).toHaveLength(36);
    expect(fiveMinutes[0]!.value).toBe(Math.max(...values(raw.slice(0, 5))));
  });

  it('stops at now and starts at the creation of the resource', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const now = h.clock.now();
    const query = {
      metricName: 'm1_cps',
      dimensions: [{ name: LB, value: lb.id }],
      period: 1 as const,
      filter: 'max' as const,
    };
    const future = h.cloud.store.read((tx) => metricSeries(tx, { ...query, from: now - HOUR, to: now + HOUR }, now));
    expect(future.at(-1)!.timestamp).toBe(now);
    const created = Date.parse(`${lb.created_at}Z`);
    const early = h.cloud.store.read((tx) =>
      metricSeries(tx, { ...query, from: created - HOUR, to: created + HOUR }, now),
    );
    expect(early[0]!.timestamp).toBe(Math.floor(created / 60_000) * 60_000);
    const tooShort = h.cloud.store.read((tx) =>
      metricSeries(tx, { ...query, period: 86400, from: now - HOUR, to: now - 60_000 }, now),
    );
    expect(tooShort).toEqual([]);
  });

  it('is fast enough for a week of raw minutes of four metrics', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const started = performance.now();
    for (const metric of ['m1_cps', 'mb_l7_qps', 'm14_l7_rt', 'm9_abnormal_servers']) {
      expect(series(h, { metric, dims: [[LB, lb.id]], hours: 7 * 24 })).toHaveLength(7 * 24 * 60);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('aggregate', () => {
  const sample = [2, 4, 4, 4, 5, 5, 7, 9];
  it.each([
    ['average', 5],
    ['max', 9],
    ['min', 2],
    ['sum', 40],
    ['variance', 4],
  ] as const)('%s', (filter, expected) => {
    expect(aggregate(sample, filter)).toBe(expected);
  });
});
