/**
 * Load balancer FAQs decided on live data (FEATURES §12.2, §12.3):
 * - "Can ELB be used separately?" (guide/faq/elb_use/elb_functionality/can_elb_be_used_separately.rst):
 *   no — without a listener whose backend server group has servers, nothing is distributed.
 * - "How many load balancers can I create?" (…/how_many_load_balancers_and_listeners_can_i_have.rst):
 *   the account's quota usage.
 */
import type { QuotaInfo, QuotaKey } from '../../../../contract/elb-v3/quotas';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';

export type UsedSeparatelyCheckId = 'listeners' | 'groups' | 'servers';

const nameOf = (resource: { name: string; id: string }) => resource.name || resource.id;

export function usedSeparatelyChecks(
  listeners: readonly Listener[],
  pools: readonly Pool[],
): DiagnosticCheck<UsedSeparatelyCheckId>[] {
  if (listeners.length === 0) return [{ id: 'listeners', status: 'failed', variant: 'none', params: {} }];
  const byId = new Map(pools.map((pool) => [pool.id, pool]));
  const withoutGroup = listeners.filter((listener) => !listener.default_pool_id || !byId.has(listener.default_pool_id));
  const emptyGroups = listeners.flatMap((listener) => {
    const pool = listener.default_pool_id ? byId.get(listener.default_pool_id) : undefined;
    return pool && pool.members.length === 0 ? [pool] : [];
  });
  return [
    { id: 'listeners', status: 'passed', variant: 'some', params: { count: listeners.length } },
    withoutGroup.length > 0
      ? { id: 'groups', status: 'failed', variant: 'missing', params: { names: withoutGroup.map(nameOf).join(', ') } }
      : { id: 'groups', status: 'passed', variant: 'ok', params: {} },
    emptyGroups.length > 0
      ? { id: 'servers', status: 'failed', variant: 'empty', params: { names: emptyGroups.map(nameOf).join(', ') } }
      : { id: 'servers', status: 'passed', variant: 'ok', params: {} },
  ];
}

/** What the banner on the load balancer's page points at: the first thing to fix. */
export type DistributionGap =
  { kind: 'noListener' } | { kind: 'noGroup'; listener: Listener } | { kind: 'emptyGroup'; pool: Pool };

export function distributionGap(listeners: readonly Listener[], pools: readonly Pool[]): DistributionGap | undefined {
  if (listeners.length === 0) return { kind: 'noListener' };
  const byId = new Map(pools.map((pool) => [pool.id, pool]));
  for (const listener of listeners) {
    const pool = listener.default_pool_id ? byId.get(listener.default_pool_id) : undefined;
    if (!pool) return { kind: 'noGroup', listener };
    if (pool.members.length === 0) return { kind: 'emptyGroup', pool };
  }
  return undefined;
}

/** Quotas at or above this share of the limit are flagged before they block a Create. */
export const QUOTA_NEAR_PERCENT = 80;
/** The account-wide quotas the FAQ is about, in its order. */
export const FAQ_QUOTA_KEYS: readonly QuotaKey[] = ['loadbalancer', 'listener', 'pool', 'member', 'certificate'];

export function quotaChecks(quotas: readonly QuotaInfo[]): DiagnosticCheck[] {
  const byKey = new Map(quotas.map((quota) => [quota.quota_key, quota]));
  return FAQ_QUOTA_KEYS.flatMap((key) => byKey.get(key) ?? []).map((quota): DiagnosticCheck => {
    const params = { used: quota.used, limit: quota.quota_limit, key: quota.quota_key };
    const base = { id: 'quota', key: quota.quota_key, params };
    if (quota.quota_limit < 0) return { ...base, status: 'passed', variant: 'unlimited' };
    if (quota.used >= quota.quota_limit) return { ...base, status: 'failed', variant: 'full' };
    return quota.used * 100 >= quota.quota_limit * QUOTA_NEAR_PERCENT
      ? { ...base, status: 'verify', variant: 'near' }
      : { ...base, status: 'passed', variant: 'ok' };
  });
}
