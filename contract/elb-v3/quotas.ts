/**
 * Enhanced quota API (FEATURES §0.4; api/elb/v3/quota/querying_quotas.rst, querying_quota_usage.rst).
 * A quota of −1 means unlimited.
 */

export const quotaPaths = {
  /** GET totals only. */
  quotas: '/v3/:project_id/elb/quotas',
  /** GET totals with usage; `quota_key` filters repeat. */
  details: '/v3/:project_id/elb/quotas/details',
} as const;

export const UNLIMITED_QUOTA = -1;

export const QUOTA_KEYS = [
  'loadbalancer',
  'listener',
  'ipgroup',
  'pool',
  'member',
  'healthmonitor',
  'l7policy',
  'certificate',
  'security_policy',
  'members_per_pool',
  'ipgroup_bindings',
  'ipgroup_max_length',
  'ipgroups_per_listener',
  'free_instance_listeners_per_loadbalancer',
  'free_instance_members_per_pool',
  'listeners_per_loadbalancer',
  'listeners_per_pool',
  'pools_per_l7policy',
  'l7policies_per_listener',
  'condition_per_policy',
] as const;
export type QuotaKey = (typeof QUOTA_KEYS)[number];

/**
 * GET /v3/{project_id}/elb/quotas → `{ quota, request_id }`. Every key is a number; the table
 * types ipgroup_bindings, ipgroup_max_length and pools_per_l7policy as strings, its example as numbers.
 */
export type Quota = { project_id: string } & Record<QuotaKey, number>;

export interface QuotaResponse {
  quota: Quota;
  request_id: string;
}

export interface QuotaInfo {
  quota_key: QuotaKey;
  used: number;
  /** Total; −1 = unlimited. */
  quota_limit: number;
  unit: 'count';
}

export interface QuotaDetailsResponse {
  quotas: QuotaInfo[];
  request_id: string;
}

export function isUnlimited(limit: number): boolean {
  return limit === UNLIMITED_QUOTA;
}

/** What is left; Infinity when unlimited, never below 0. */
export function quotaRemaining({ used, quota_limit }: Pick<QuotaInfo, 'used' | 'quota_limit'>): number {
  return isUnlimited(quota_limit) ? Infinity : Math.max(0, quota_limit - used);
}

/** True when `count` more resources would not fit (disable the Create button). */
export function quotaExhausted(info: Pick<QuotaInfo, 'used' | 'quota_limit'>, count = 1): boolean {
  return quotaRemaining(info) < count;
}
