import { describe, expect, it } from 'vitest';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';
import {
  AUDIT_MAX_RESOURCES,
  AUDIT_MAX_TRACES,
  listenerAuditIds,
  loadBalancerAuditIds,
  mergeTimelines,
} from './audit-ids';
import { testTrace } from './test-traces';

const pool = (id: string, members: string[], healthmonitor_id: string | null = null) =>
  ({ id, members: members.map((member) => ({ id: member })), healthmonitor_id }) as Pool;
const listener = (id: string, default_pool_id: string | null) => ({ id, default_pool_id }) as Listener;

describe('whose traces an Audit tab shows', () => {
  it('takes a load balancer with its listeners, groups, health checks and backend servers, each once', () => {
    const ids = loadBalancerAuditIds(
      'lb',
      [listener('ls', 'p1')],
      [pool('p1', ['m1', 'm2'], 'hm1'), pool('p2', ['m1'])],
    );
    expect(ids).toEqual(['lb', 'ls', 'p1', 'hm1', 'm1', 'm2', 'p2']);
  });

  it('takes the access-log binding (logtank) of a load balancer as well', () => {
    expect(loadBalancerAuditIds('lb', [listener('ls', null)], [], 'lt')).toEqual(['lb', 'lt', 'ls']);
  });

  it('bounds a big tree', () => {
    const members = Array.from({ length: 100 }, (_, i) => `m${i}`);
    const ids = loadBalancerAuditIds('lb', [], [pool('p1', members)]);
    expect(ids).toHaveLength(AUDIT_MAX_RESOURCES);
    expect(ids[0]).toBe('lb');
  });

  it("takes a listener with its default group's tree", () => {
    expect(listenerAuditIds(listener('ls', 'p1'), [pool('p1', ['m1'], 'hm1'), pool('p2', ['m2'])])).toEqual([
      'ls',
      'p1',
      'hm1',
      'm1',
    ]);
    expect(listenerAuditIds(listener('ls', null), [pool('p1', ['m1'])])).toEqual(['ls']);
  });
});

describe('one timeline from several resources', () => {
  it('lists newest first, each trace once, bounded', () => {
    const a = testTrace({ trace_id: 'a', time: 3 });
    const b = testTrace({ trace_id: 'b', time: 1 });
    const c = testTrace({ trace_id: 'c', time: 2 });
    expect(
      mergeTimelines([
        [a, b],
        [c, a],
      ]).map((trace) => trace.trace_id),
    ).toEqual(['a', 'c', 'b']);
    const many = Array.from({ length: 80 }, (_, i) => testTrace({ trace_id: `t${i}`, time: i }));
    const merged = mergeTimelines([many]);
    expect(merged).toHaveLength(AUDIT_MAX_TRACES);
    expect(merged[0]!.trace_id).toBe('t79');
  });
});
