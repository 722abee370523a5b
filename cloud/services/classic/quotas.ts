/**
 * GET /v1.0/{project_id}/elbaas/quotas (quota/querying_load_balancer_or_listener_quotas.rst): the
 * classic load balancer quota (`elb`) with its used count, and the listener quota, whose `used` the
 * API leaves empty.
 */
import { classicQuotaPaths, type ClassicQuotaResponse } from '../../../contract/elb-classic/quotas';
import type { Route } from '../../http/router';
import { quotaOf } from '../context';

/** The range the service could grant, as in the reference example. */
const GRANTABLE = { elb: { max: 100, min: 1 }, listener: { max: 200, min: 1 } } as const;

export const classicQuotaRoutes: Route[] = [
  {
    method: 'GET',
    path: classicQuotaPaths.list,
    family: 'classic',
    handle(_ctx, tx) {
      const body: ClassicQuotaResponse = {
        quotas: {
          resources: [
            {
              type: 'elb',
              used: tx.all('classicLoadbalancers').length,
              quota: quotaOf(tx, 'elb'),
              ...GRANTABLE.elb,
            },
            { type: 'listener', used: '', quota: quotaOf(tx, 'classic_listener'), ...GRANTABLE.listener },
          ],
        },
      };
      return { status: 200, body };
    },
  },
];
