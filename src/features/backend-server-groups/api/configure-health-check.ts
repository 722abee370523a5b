/**
 * Configure a group's health check: `POST /v2.0/lbaas/healthmonitors` when it has none,
 * `PUT /v2.0/lbaas/healthmonitors/{id}` otherwise (protocol kept, C5), and
 * `DELETE /v2.0/lbaas/healthmonitors/{id}` when it is switched off (FEATURES §6.1, §6.2).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import { call, type ApiCall } from '../../../api/api-call';
import { healthMonitorsApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import {
  toCreateHealthMonitorRequest,
  toUpdateHealthMonitorRequest,
  type HealthCheckFormValues,
} from '../../../components/elb/health-check-form';

export type HealthCheckChange = 'create' | 'update' | 'delete' | 'none';

export function healthCheckChange(monitor: HealthMonitor | null, values: HealthCheckFormValues): HealthCheckChange {
  if (values.enabled) return monitor ? 'update' : 'create';
  return monitor ? 'delete' : 'none';
}

export function healthCheckCall(
  poolId: string,
  monitor: HealthMonitor | null,
  values: HealthCheckFormValues,
): ApiCall<unknown> | undefined {
  switch (healthCheckChange(monitor, values)) {
    case 'create':
      return healthMonitorsApi.create(toCreateHealthMonitorRequest(values, poolId));
    case 'update':
      return healthMonitorsApi.update(monitor!.id, toUpdateHealthMonitorRequest(values));
    case 'delete':
      return healthMonitorsApi.remove(monitor!.id);
    case 'none':
      return undefined;
  }
}

export function useConfigureHealthCheck(poolId: string, monitor: HealthMonitor | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: HealthCheckFormValues) => {
      const apiCall = healthCheckCall(poolId, monitor, values);
      if (apiCall) await call(apiCall);
    },
    onSettled: () => invalidateElbTree(queryClient),
  });
}
