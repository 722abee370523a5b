/** Listeners: by load balancer (the list's chips, the Listeners tab), one listener, its whitelist. */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { listenersApi, whitelistsApi } from '../clients/elb-children';
import { listenersV3Api } from '../clients/elb-listeners-v3';
import { rootKeys } from './keys';

export const listenerKeys = {
  all: rootKeys.listeners,
  byLoadBalancers: (loadBalancerIds: readonly string[]) => [...listenerKeys.all, 'by-lb', ...loadBalancerIds] as const,
  detail: (id: string) => [...listenerKeys.all, 'detail', id] as const,
  v3: (id: string) => [...listenerKeys.all, 'v3', id] as const,
  /** What deleting a listener takes with it: its policies and the redirects that point at it. */
  deleteFacts: (id: string) => [...listenerKeys.all, 'delete-facts', id] as const,
};

export const whitelistKeys = {
  all: rootKeys.whitelists,
  byListener: (listenerId: string) => [...whitelistKeys.all, 'by-listener', listenerId] as const,
};

export const listenerQueries = {
  /** One request for every load balancer on a page (no per-row lookups). */
  byLoadBalancers: (loadBalancerIds: readonly string[]) =>
    queryOptions({
      queryKey: listenerKeys.byLoadBalancers(loadBalancerIds),
      queryFn: ({ signal }) => call(listenersApi.list({ loadbalancer_id: loadBalancerIds }), signal),
      enabled: loadBalancerIds.length > 0,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: listenerKeys.detail(id),
      queryFn: ({ signal }) => call(listenersApi.get(id), signal).then((response) => response.listener),
    }),
  /** The v3 view of a listener: what v2.0 does not show, e.g. transparent client IP (FEATURES §13). */
  v3: (id: string) =>
    queryOptions({
      queryKey: listenerKeys.v3(id),
      queryFn: ({ signal }) => call(listenersV3Api.get(id), signal).then((response) => response.listener),
    }),
  /** A listener has at most one whitelist (adding_a_whitelist.rst). */
  whitelist: (listenerId: string) =>
    queryOptions({
      queryKey: whitelistKeys.byListener(listenerId),
      queryFn: ({ signal }) =>
        call(whitelistsApi.list({ listener_id: listenerId }), signal).then(
          (response) => response.whitelists[0] ?? null,
        ),
    }),
};
