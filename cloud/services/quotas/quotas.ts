/** Enhanced quotas: `GET /v3/{project_id}/elb/quotas[/details]` (api/elb/v3/quota/*.rst). */
import {
  QUOTA_KEYS,
  UNLIMITED_QUOTA,
  quotaPaths,
  type QuotaInfo,
  type QuotaKey,
} from '../../../contract/elb-v3/quotas';
import { quotaDetailsQuery } from '../../../contract/elb-v3/quota-query';
import { parseBody } from '../../http/request';
import type { Route } from '../../http/router';
import type { ReadTx } from '../../store/store';
import { quotaOf } from '../context';

/** How many of each counted resource the project uses now. */
function usage(tx: ReadTx): Partial<Record<QuotaKey, number>> {
  return {
    loadbalancer: tx.all('loadbalancers').length,
    listener: tx.all('listeners').length,
    pool: tx.all('pools').length,
    member: tx.all('members').length,
    healthmonitor: tx.all('healthmonitors').length,
    l7policy: tx.all('l7policies').length,
    certificate: tx.all('certificates').length,
  };
}

export const quotaRoutes: Route[] = [
  {
    method: 'GET',
    path: quotaPaths.quotas,
    family: 'elb',
    handle(ctx, tx) {
      const quota = Object.fromEntries(QUOTA_KEYS.map((key) => [key, quotaOf(tx, key)]));
      return { status: 200, body: { quota: { project_id: ctx.projectId, ...quota }, request_id: ctx.requestId } };
    },
  },
  {
    method: 'GET',
    path: quotaPaths.details,
    family: 'elb',
    handle(ctx, tx) {
      const { quota_key: keys } = parseBody(quotaDetailsQuery, {
        quota_key: ctx.query.getAll('quota_key').length ? ctx.query.getAll('quota_key') : undefined,
      });
      const used = usage(tx);
      const quotas: QuotaInfo[] = (keys ?? [...QUOTA_KEYS]).map((key) => ({
        quota_key: key,
        used: used[key] ?? 0,
        quota_limit: quotaOf(tx, key) ?? UNLIMITED_QUOTA,
        unit: 'count',
      }));
      return { status: 200, body: { quotas, request_id: ctx.requestId } };
    },
  },
];
