/** Backend server groups, their backend servers and health checks. */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { healthMonitorsApi, membersApi, poolsApi } from '../clients/elb-children';
import { rootKeys } from './keys';

export const poolKeys = {
  all: rootKeys.pools,
  byLoadBalancer: (loadBalancerId: string) => [...poolKeys.all, 'by-lb', loadBalancerId] as const,
  detail: (id: string) => [...poolKeys.all, 'detail', id] as const,
};

export const memberKeys = {
  all: rootKeys.members,
  byPool: (poolId: string) => [...memberKeys.all, 'by-pool', poolId] as const,
};

export const healthMonitorKeys = {
  all: rootKeys.healthMonitors,
  detail: (id: string) => [...healthMonitorKeys.all, 'detail', id] as const,
  byIds: (ids: readonly string[]) => [...healthMonitorKeys.all, 'list', ...ids] as const,
};

export const poolQueries = {
  byLoadBalancer: (loadBalancerId: string) =>
    queryOptions({
      queryKey: poolKeys.byLoadBalancer(loadBalancerId),
      queryFn: ({ signal }) =>
        call(poolsApi.list({ loadbalancer_id: loadBalancerId }), signal).then((response) => response.pools),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: poolKeys.detail(id),
      queryFn: ({ signal }) => call(poolsApi.get(id), signal).then((response) => response.pool),
    }),
  /** Every backend server of a group: one page of up to 2,000 (the API's page limit). */
  members: (poolId: string) =>
    queryOptions({
      queryKey: memberKeys.byPool(poolId),
      queryFn: ({ signal }) =>
        call(membersApi.list(poolId, { limit: 2000 }), signal).then((response) => response.members),
    }),
  healthMonitor: (id: string) =>
    queryOptions({
      queryKey: healthMonitorKeys.detail(id),
      queryFn: ({ signal }) => call(healthMonitorsApi.get(id), signal).then((response) => response.healthmonitor),
    }),
  /** The health checks of a load balancer's groups, in one request (GET /healthmonitors?id=…&id=…). */
  healthMonitors: (ids: readonly string[]) =>
    queryOptions({
      queryKey: healthMonitorKeys.byIds(ids),
      queryFn: ({ signal }) =>
        call(healthMonitorsApi.list({ id: ids }), signal).then((response) => response.healthmonitors),
      enabled: ids.length > 0,
    }),
};
