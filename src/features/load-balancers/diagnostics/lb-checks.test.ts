import { describe, expect, it } from 'vitest';
import type { QuotaInfo } from '../../../../contract/elb-v3/quotas';
import { testListener, testPool } from '../../../testing/elb-fixtures';
import { distributionGap, quotaChecks, usedSeparatelyChecks } from './lb-checks';

describe('can ELB be used separately', () => {
  const http = testListener('HTTP', { default_pool_id: 'web' });

  it('passes a listener whose default group has servers', () => {
    expect(usedSeparatelyChecks([http], [testPool('web', 2)]).map((check) => check.status)).toEqual([
      'passed',
      'passed',
      'passed',
    ]);
    expect(distributionGap([http], [testPool('web', 2)])).toBeUndefined();
  });

  it('fails a load balancer without listeners', () => {
    expect(usedSeparatelyChecks([], [])).toEqual([{ id: 'listeners', status: 'failed', variant: 'none', params: {} }]);
    expect(distributionGap([], [])).toEqual({ kind: 'noListener' });
  });

  it('fails a listener without a default group', () => {
    const tcp = testListener('TCP');
    const checks = usedSeparatelyChecks([http, tcp], [testPool('web', 1)]);
    expect(checks[1]).toMatchObject({ id: 'groups', status: 'failed', params: { names: 'listener-tcp' } });
    expect(distributionGap([http, tcp], [testPool('web', 1)])).toEqual({ kind: 'noGroup', listener: tcp });
  });

  it('fails a default group without backend servers', () => {
    const checks = usedSeparatelyChecks([http], [testPool('web', 0)]);
    expect(checks[2]).toMatchObject({ id: 'servers', status: 'failed', params: { names: 'web' } });
    expect(distributionGap([http], [testPool('web', 0)])).toMatchObject({ kind: 'emptyGroup' });
  });
});

describe('quota usage', () => {
  const quota = (key: QuotaInfo['quota_key'], used: number, limit: number): QuotaInfo => ({
    quota_key: key,
    used,
    quota_limit: limit,
    unit: 'count',
  });

  it('passes quotas with room left or unlimited, in the FAQ order', () => {
    const checks = quotaChecks([quota('listener', 3, 100), quota('loadbalancer', 5, 50), quota('member', 9, -1)]);
    expect(checks.map((check) => [check.key, check.status, check.variant])).toEqual([
      ['loadbalancer', 'passed', 'ok'],
      ['listener', 'passed', 'ok'],
      ['member', 'passed', 'unlimited'],
    ]);
  });

  it('fails a quota in full use and flags one at 80 %', () => {
    const checks = quotaChecks([quota('loadbalancer', 50, 50), quota('listener', 80, 100)]);
    expect(checks.map((check) => [check.status, check.variant])).toEqual([
      ['failed', 'full'],
      ['verify', 'near'],
    ]);
  });
});
