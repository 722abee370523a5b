/**
 * A backend server group created for a forwarding policy, before the policy (FEATURES §4.8.1 "Create
 * new"): `POST /v2.0/lbaas/pools` (HTTP, on the load balancer), then `POST /v2.0/lbaas/healthmonitors`
 * when the health check is on. What was created is remembered, so a retry after a failure goes on from
 * there instead of creating a second group.
 */
import { useState } from 'react';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { call } from '../../../api/api-call';
import { healthMonitorsApi, poolsApi } from '../../../api/clients/elb-children';
import { toCreateHealthMonitorRequest, type HealthCheckFormValues } from '../../../components/elb/health-check-form';
import { toCreatePoolRequest, type PoolFormValues } from '../../../components/elb/pool-form';

export interface NewGroupInput {
  pool: PoolFormValues;
  healthCheck: HealthCheckFormValues;
}

export function useCreatePolicyGroup(loadBalancerId: string) {
  const [created, setCreated] = useState<{ pool: Pool; monitor: boolean }>();
  /** The new group's ID, creating what is missing. */
  const ensure = async (input: NewGroupInput): Promise<string> => {
    let pool = created?.pool;
    if (!pool) {
      pool = (await call(poolsApi.create(toCreatePoolRequest(input.pool, { loadbalancer_id: loadBalancerId })))).pool;
      setCreated({ pool, monitor: false });
    }
    if (input.healthCheck.enabled && !created?.monitor) {
      await call(healthMonitorsApi.create(toCreateHealthMonitorRequest(input.healthCheck, pool.id)));
      setCreated({ pool, monitor: true });
    }
    return pool.id;
  };
  return { created: created?.pool, ensure };
}
