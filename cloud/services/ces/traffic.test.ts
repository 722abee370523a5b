/** The traffic model: deterministic, shaped by the day, consistent with the resources' state. */
import { describe, expect, it } from 'vitest';
import type { PoolListResponse } from '../../../contract/elb-v2/pools';
import { harness, type Harness } from '../../testing/harness';
import { lbByName, listenerIdByName, ok, V2 } from '../../testing/elb';
import { listenerMinute, type ListenerMinute } from './traffic';

const HOUR = 3_600_000;

function minuteAt(h: Harness, listenerId: string, at: number): ListenerMinute | undefined {
  return h.cloud.store.read((tx) => listenerMinute(tx, listenerId, at));
}

/** 15:00 UTC (the daily peak) and 03:00 UTC (the quiet night) of the harness's current day. */
function peakAndNight(h: Harness): { peak: number; night: number } {
  const day = Math.floor(h.clock.now() / (24 * HOUR)) * 24 * HOUR - 24 * HOUR;
  return { peak: day + 15 * HOUR, night: day + 3 * HOUR };
}

describe('listenerMinute', () => {
  it('answers the same minute the same way, from any cloud over the same scenario', async () => {
    const [a, b] = [harness(), harness()];
    const listener = await listenerIdByName(a, 'listener-http-80');
    const { peak } = peakAndNight(a);
    for (let minute = 0; minute < 30; minute += 1) {
      expect(minuteAt(a, listener, peak + minute * 60_000)).toEqual(minuteAt(b, listener, peak + minute * 60_000));
    }
  });

  it('is busier at the daily peak than at night and stays modest', async () => {
    const h = harness();
    const listener = await listenerIdByName(h, 'listener-http-80');
    const { peak, night } = peakAndNight(h);
    const requests = (start: number) =>
      Array.from({ length: 60 }, (_, index) => minuteAt(h, listener, start + index * 60_000)!.requests).reduce(
        (sum, count) => sum + count,
        0,
      );
    expect(requests(peak)).toBeGreaterThan(3 * requests(night));
    expect(requests(peak) / 3600).toBeLessThan(20);
  });

  it('sums status codes to the requests of an HTTP listener and has none for TCP', async () => {
    const h = harness();
    const http = minuteAt(h, await listenerIdByName(h, 'listener-http-80'), peakAndNight(h).peak)!;
    const total = Object.values(http.statusCounts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(http.requests);
    expect(Object.keys(http.statusCounts).every((code) => /^\d{3}$/.test(code))).toBe(true);
    const tcp = minuteAt(h, await listenerIdByName(h, 'listener-tcp-8080'), peakAndNight(h).peak)!;
    expect(tcp.requests).toBeGreaterThan(0);
    expect(tcp.statusCounts).toEqual({});
  });

  it('lists the default pool members with their health', async () => {
    const h = harness();
    const tcp = minuteAt(h, await listenerIdByName(h, 'listener-tcp-8080'), h.clock.now())!;
    // ecs-app-04 is stopped: its member is unhealthy.
    const unhealthy = tcp.members.filter((member) => !member.healthy);
    expect(unhealthy).toEqual([expect.objectContaining({ address: '10.0.2.24', port: 8080, weight: 1 })]);
    expect(tcp.members).toHaveLength(4);
  });

  it('has no data before the listener existed and none for an unknown listener', async () => {
    const h = harness();
    const listener = await listenerIdByName(h, 'listener-http-80');
    expect(minuteAt(h, listener, Date.UTC(2020, 0, 1))).toBeUndefined();
    expect(minuteAt(h, 'missing', h.clock.now())).toBeUndefined();
  });

  it('answers 503 without a default pool and nothing at all once the listener is disabled', async () => {
    const h = harness();
    const listener = await listenerIdByName(h, 'listener-http');
    await ok(h, 'PUT', `${V2}/listeners/${listener}`, { listener: { default_pool_id: null } });
    const unrouted = minuteAt(h, listener, h.clock.now())!;
    expect(unrouted.members).toEqual([]);
    expect(unrouted.statusCounts).toEqual(unrouted.requests ? { '503': unrouted.requests } : {});

    await ok(h, 'PUT', `${V2}/listeners/${listener}`, { listener: { admin_state_up: false } });
    expect(minuteAt(h, listener, h.clock.now())).toMatchObject({ requests: 0, statusCounts: {}, bytesIn: 0 });
    // Before the change the listener still answered (503s).
    expect(minuteAt(h, listener, peakAndNight(h).peak)!.requests).toBeGreaterThan(0);
  });

  it('answers 502 when every member is unhealthy', async () => {
    const h = harness();
    const listener = await listenerIdByName(h, 'listener-http');
    const { pools } = await ok<PoolListResponse>(h, 'GET', `${V2}/pools?name=server_group-staging`);
    for (const { id } of pools[0]!.members) {
      await ok(h, 'PUT', `${V2}/pools/${pools[0]!.id}/members/${id}`, { member: { admin_state_up: false } });
    }
    h.clock.set(peakAndNight(h).peak + 24 * HOUR);
    const minute = minuteAt(h, listener, h.clock.now())!;
    expect(minute.requests).toBeGreaterThan(0);
    expect(minute.statusCounts).toEqual({ '502': minute.requests });
  });

  it('serves nothing on a disabled load balancer', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    await ok(h, 'PUT', `${V2}/loadbalancers/${lb.id}`, { loadbalancer: { admin_state_up: false } });
    for (const { id } of lb.listeners) expect(minuteAt(h, id, h.clock.now())!.requests).toBe(0);
  });
});
