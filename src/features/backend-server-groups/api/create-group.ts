/**
 * Add Backend Server Group: `POST /v2.0/lbaas/pools` on the load balancer, then, when the
 * health check is on, `POST /v2.0/lbaas/healthmonitors` with the new group's ID (FEATURES §5.3).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateHealthMonitorRequest } from '../../../../contract/elb-v2/health-monitors';
import type { CreatePoolRequest } from '../../../../contract/elb-v2/pools';
import { call } from '../../../api/api-call';
import { healthMonitorsApi, poolsApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { toCreateHealthMonitorRequest, type HealthCheckFormValues } from '../../../components/elb/health-check-form';
import { toCreatePoolRequest, type PoolFormValues } from '../../../components/elb/pool-form';

/** Shown in place of the ID the first call returns. */
export const NEW_POOL_ID = '{pool_id}';

export interface CreateGroupInput {
  loadBalancerId: string;
  pool: PoolFormValues;
  healthCheck: HealthCheckFormValues;
}

export function createGroupBodies(input: CreateGroupInput, poolId = NEW_POOL_ID) {
  const pool: CreatePoolRequest = toCreatePoolRequest(input.pool, { loadbalancer_id: input.loadBalancerId });
  const healthCheck: CreateHealthMonitorRequest | undefined = input.healthCheck.enabled
    ? toCreateHealthMonitorRequest(input.healthCheck, poolId)
    : undefined;
  return { pool, healthCheck };
}

export function createGroupCalls(input: CreateGroupInput) {
  const { pool, healthCheck } = createGroupBodies(input);
  return { pool: poolsApi.create(pool), healthCheck: healthCheck ? healthMonitorsApi.create(healthCheck) : undefined };
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateGroupInput) => {
      const { pool } = await call(poolsApi.create(createGroupBodies(input).pool));
      const { healthCheck } = createGroupBodies(input, pool.id);
      if (healthCheck) await call(healthMonitorsApi.create(healthCheck));
      return pool;
    },
    onSettled: () => invalidateElbTree(queryClient),
  });
}
