/** One load balancer, read by every page under it (its own page, a listener wizard, a group page). */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { loadBalancersApi } from '../clients/elb-load-balancers';
import { rootKeys } from './keys';

export const loadBalancerKeys = {
  all: rootKeys.loadBalancers,
  details: () => [...loadBalancerKeys.all, 'detail'] as const,
  detail: (id: string) => [...loadBalancerKeys.details(), id] as const,
};

export const loadBalancerQueries = {
  /** Polls while the load balancer is provisioning (PENDING_*), so actions come back by themselves. */
  detail: (id: string) =>
    queryOptions({
      queryKey: loadBalancerKeys.detail(id),
      queryFn: ({ signal }) => call(loadBalancersApi.get(id), signal).then((response) => response.loadbalancer),
      refetchInterval: (query) => (query.state.data?.provisioning_status.startsWith('PENDING_') ? 1000 : false),
    }),
};
