/**
 * Gathers the live resources a guided setup is judged on (servers, the chosen load balancer,
 * its EIP and VPC, listeners, the HTTP listener's policies and the members of their groups)
 * through the shared query factories, and turns them into its progress.
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { isApiError } from '../../../api/api-error';
import { listenerQueries } from '../../../api/queries/listeners';
import { loadBalancerQueries } from '../../../api/queries/load-balancers';
import { networkQueries, publicIpQueries } from '../../../api/queries/networks';
import { poolQueries } from '../../../api/queries/pools';
import { serverQueries } from '../../../api/queries/servers';
import { guideListener, setupProgress, type SetupProgress } from '../model/setup-progress';
import type { Track } from '../model/tracks';
import { setupQueries } from './setup-queries';
import { useTrackState } from './use-setup-state';

export interface SetupView {
  progress: SetupProgress;
  /** Still reading what the progress depends on. */
  loading: boolean;
  /** A read that failed (a deleted load balancer is not an error: its step says so). */
  error: unknown;
  retry(): void;
}

export function useSetupFacts(track: Track): SetupView {
  const state = useTrackState(track);
  const lbId = state.loadBalancerId ?? '';
  const servers = useQuery(serverQueries.all());
  // Read again on every visit: the load balancer may have been deleted elsewhere in the meantime.
  const lb = useQuery({ ...loadBalancerQueries.detail(lbId), enabled: lbId !== '', refetchOnMount: 'always' });
  const gone = isApiError(lb.error) && lb.error.status === 404;
  const chosen = lb.data && !gone ? lb.data : undefined;
  const eips = useQuery({ ...publicIpQueries.list(), enabled: chosen !== undefined });
  const subnets = useQuery({ ...networkQueries.subnets(), enabled: chosen !== undefined });
  const listeners = useQuery(listenerQueries.byLoadBalancers(chosen ? [chosen.id] : []));
  const listener = guideListener(listeners.data?.listeners ?? []);
  const policies = useQuery({
    ...setupQueries.policies(listener?.id ?? ''),
    enabled: track === 'advanced' && listener !== undefined,
  });
  const forwarding = (policies.data ?? []).flatMap((policy) => policy.redirect_pool_id ?? []);
  const poolIds = [...new Set([...(listener?.default_pool_id ? [listener.default_pool_id] : []), ...forwarding])];
  const members = useQueries({
    queries: poolIds.map((poolId) => poolQueries.members(poolId)),
    combine: (results) => ({
      byPool: new Map(poolIds.map((poolId, i) => [poolId, results[i]?.data ?? []])),
      loading: results.some((read) => read.isLoading),
      error: results.find((read) => read.error)?.error,
      retry: () => results.forEach((read) => read.error && void read.refetch()),
    }),
  });

  const reads = [servers, lb, eips, subnets, listeners, policies];
  const failed = [servers, eips, subnets, listeners, policies].find((read) => read.error);
  const progress = setupProgress({
    track,
    servers: servers.data ?? [],
    deployConfirmed: state.deployConfirmed === true,
    loadBalancer: lbId === '' ? undefined : gone ? null : lb.data,
    vpcId: subnets.data?.subnets.find((subnet) => subnet.neutron_subnet_id === chosen?.vip_subnet_id)?.vpc_id,
    eipAddress: eips.data?.publicips.find((eip) => chosen && eip.port_id === chosen.vip_port_id)?.public_ip_address,
    listeners: listeners.data?.listeners ?? [],
    policies: policies.data ?? [],
    membersByPool: members.byPool,
  });
  return {
    progress,
    loading: members.loading || reads.some((read) => read.isLoading),
    error: failed?.error ?? members.error ?? (gone ? undefined : lb.error),
    retry: () => {
      reads.forEach((read) => read.error && void read.refetch());
      members.retry();
    },
  };
}
