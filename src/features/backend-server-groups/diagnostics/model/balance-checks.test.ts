import { describe, expect, it } from 'vitest';
import { member, pool } from '../../model/fixtures';
import { balanceChecks, memberShares, type BalanceFacts } from './balance-checks';
import type { TrafficSample } from './traffic-sample';

const members = [member('m1', '10.0.1.11', 80), member('m2', '10.0.1.12', 80)];
const facts = (patch: Partial<BalanceFacts> = {}): BalanceFacts => ({ pool: pool(), members, ...patch });
const byId = (checks: ReturnType<typeof balanceChecks>) => new Map(checks.map((check) => [check.id, check]));
const sample = (counts: Record<string, number>): TrafficSample => ({
  sampled: Object.values(counts).reduce((sum, count) => sum + count, 0),
  byAddress: new Map(Object.entries(counts)),
});

describe('traffic unbalanced', () => {
  it('passes equal weights, no stickiness, round robin, healthy servers and an even sample', () => {
    const checks = balanceChecks(facts({ traffic: sample({ '10.0.1.11:80': 52, '10.0.1.12:80': 48 }) }));
    expect(checks.map((check) => [check.id, check.status, check.variant])).toEqual([
      ['weights', 'passed', 'equal'],
      ['sticky', 'passed', 'off'],
      ['algorithm', 'passed', 'roundRobin'],
      ['longLived', 'verify', 'default'],
      ['health', 'passed', 'allHealthy'],
      ['traffic', 'passed', 'even'],
    ]);
    expect(byId(checks).get('traffic')!.params).toEqual({ sampled: 100 });
  });

  it('fails unequal or zero weights, source IP hash, unhealthy servers and a skewed sample', () => {
    const checks = byId(
      balanceChecks(
        facts({
          pool: pool({ lb_algorithm: 'SOURCE_IP' }),
          members: [
            member('m1', '10.0.1.11', 80, { weight: 30 }),
            member('m2', '10.0.1.12', 80, { weight: 10 }),
            member('m3', '10.0.1.13', 80, { operating_status: 'OFFLINE' }),
          ],
          traffic: sample({ '10.0.1.11:80': 50, '10.0.1.12:80': 50 }),
        }),
      ),
    );
    expect(checks.get('weights')).toMatchObject({
      status: 'failed',
      variant: 'unequal',
      params: { weights: 'member-m1 30, member-m2 10, member-m3 1' },
    });
    expect(checks.get('algorithm')).toMatchObject({ status: 'failed', variant: 'sourceIpHash' });
    expect(checks.get('health')).toMatchObject({ status: 'failed', params: { count: 1 } });
    expect(checks.get('traffic')).toMatchObject({
      status: 'failed',
      variant: 'skewed',
      params: { sampled: 100, observed: 50, expected: 75 },
    });
    const zero = byId(balanceChecks(facts({ members: [member('m1', '10.0.1.11', 80, { weight: 0 }), members[1]!] })));
    expect(zero.get('weights')).toMatchObject({ status: 'failed', variant: 'zero', params: { names: 'member-m1' } });
  });

  it('fails a group without backend servers: nothing to share', () => {
    expect(byId(balanceChecks(facts({ members: [] }))).get('weights')).toMatchObject({
      status: 'failed',
      variant: 'empty',
    });
  });

  it('asks about sticky sessions and long-lived connections with least connections', () => {
    const checks = byId(
      balanceChecks(
        facts({
          pool: pool({ lb_algorithm: 'LEAST_CONNECTIONS', session_persistence: { type: 'HTTP_COOKIE' } }),
        }),
      ),
    );
    expect(checks.get('sticky')).toMatchObject({ status: 'verify', variant: 'on' });
    expect(checks.get('algorithm')!.variant).toBe('leastConnections');
    expect(checks.get('longLived')!.variant).toBe('leastConnections');
    expect(checks.has('traffic')).toBe(false);
  });

  it('needs access logs and enough requests to judge the traffic', () => {
    expect(byId(balanceChecks(facts({ traffic: null }))).get('traffic')!.variant).toBe('noLogs');
    expect(byId(balanceChecks(facts({ traffic: sample({ '10.0.1.11:80': 3 }) }))).get('traffic')).toMatchObject({
      status: 'verify',
      variant: 'fewRequests',
      params: { sampled: 3 },
    });
  });

  it('expects shares by weight among servers that get traffic', () => {
    const shares = memberShares(
      [
        member('m1', '10.0.1.11', 80, { weight: 3 }),
        member('m2', '10.0.1.12', 80, { weight: 1 }),
        member('m3', '10.0.1.13', 80, { weight: 0 }),
        member('m4', '10.0.1.14', 80, { weight: 5, operating_status: 'OFFLINE' }),
      ],
      sample({ '10.0.1.11:80': 6, '10.0.1.12:80': 4 }),
    );
    expect(shares.map((share) => [share.expected, share.requests, share.observed])).toEqual([
      [0.75, 6, 0.6],
      [0.25, 4, 0.4],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});
