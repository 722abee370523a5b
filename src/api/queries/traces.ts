/**
 * CTS traces (FEATURES §11.2). Every write leaves a trace, refused writes too (a warning), and
 * not every write goes through a mutation that invalidates: trace views refetch whenever they
 * mount (staleTime 0). The resource index tells which traced resources still exist, to link them.
 */
import { queryOptions } from '@tanstack/react-query';
import type { TraceQuery } from '../../../contract/cts/traces';
import { call } from '../api-call';
import { ctsApi } from '../clients/cts';
import { certificatesApi } from '../clients/elb-certificates';
import { listenersApi, poolsApi } from '../clients/elb-children';
import { loadBalancersApi } from '../clients/elb-load-balancers';
import { rootKeys } from './keys';

export const traceKeys = {
  all: rootKeys.traces,
  list: (query: TraceQuery) => [...traceKeys.all, 'list', query] as const,
  resourceIndex: () => [...traceKeys.all, 'resource-index'] as const,
};

/** Where each traced ELB resource lives now: a listener or group page needs its load balancer. */
export interface TraceResourceIndex {
  loadBalancers: ReadonlySet<string>;
  /** Listener ID → its load balancer's ID. */
  listeners: ReadonlyMap<string, string>;
  /** Backend server group ID → its load balancer's ID. */
  pools: ReadonlyMap<string, string>;
  /** Certificate ID → its name (the certificates page filters by name). */
  certificates: ReadonlyMap<string, string>;
}

const ownerOf = (item: { id: string; loadbalancers: { id: string }[] }) =>
  item.loadbalancers[0] ? [[item.id, item.loadbalancers[0].id] as const] : [];

export const traceQueries = {
  list: (query: TraceQuery) =>
    queryOptions({
      queryKey: traceKeys.list(query),
      queryFn: ({ signal }) => call(ctsApi.traces(query), signal),
      staleTime: 0,
    }),
  resourceIndex: () =>
    queryOptions({
      queryKey: traceKeys.resourceIndex(),
      queryFn: async ({ signal }): Promise<TraceResourceIndex> => {
        const [lbs, listeners, pools, certificates] = await Promise.all([
          call(loadBalancersApi.list({}), signal),
          call(listenersApi.list({}), signal),
          call(poolsApi.list({}), signal),
          call(certificatesApi.list(), signal),
        ]);
        return {
          loadBalancers: new Set(lbs.loadbalancers.map((lb) => lb.id)),
          listeners: new Map(listeners.listeners.flatMap(ownerOf)),
          pools: new Map(pools.pools.flatMap(ownerOf)),
          certificates: new Map(certificates.certificates.map((item) => [item.id, item.name] as const)),
        };
      },
      staleTime: 0,
    }),
};
