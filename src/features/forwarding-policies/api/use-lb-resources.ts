/** The load balancer's groups and listeners, which the policy views name and offer as targets. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';

export function useLbResources(lb: LoadBalancer) {
  const pools = useQuery(poolQueries.byLoadBalancer(lb.id));
  const listeners = useQuery(listenerQueries.byLoadBalancers([lb.id]));
  return useMemo(
    () => ({
      pools: pools.data ?? [],
      poolsById: new Map((pools.data ?? []).map((pool) => [pool.id, pool])),
      listeners: listeners.data?.listeners ?? [],
      listenersById: new Map((listeners.data?.listeners ?? []).map((listener) => [listener.id, listener])),
      error: pools.error ?? listeners.error,
    }),
    [pools.data, pools.error, listeners.data, listeners.error],
  );
}

export type LbResources = ReturnType<typeof useLbResources>;
