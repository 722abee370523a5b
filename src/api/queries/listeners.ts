/** Listeners by load balancer: the list's Listener column and the listener pages share these keys. */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { listenersApi } from '../clients/elb-children';

export const listenerKeys = {
  all: ['listeners'] as const,
  byLoadBalancers: (loadBalancerIds: readonly string[]) => [...listenerKeys.all, 'by-lb', ...loadBalancerIds] as const,
};

export const listenerQueries = {
  /** One request for every load balancer on a page (no per-row lookups). */
  byLoadBalancers: (loadBalancerIds: readonly string[]) =>
    queryOptions({
      queryKey: listenerKeys.byLoadBalancers(loadBalancerIds),
      queryFn: ({ signal }) => call(listenersApi.list({ loadbalancer_id: loadBalancerIds }), signal),
      enabled: loadBalancerIds.length > 0,
    }),
};
