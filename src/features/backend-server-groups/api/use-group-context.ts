/**
 * Everything a group's panel shows beside the group itself, fetched once per panel: its
 * servers and health check, the ECSs and subnets of the load balancer's VPC (to name servers
 * and pick new ones), the load balancer's listeners and EIP (for "Why unhealthy?").
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { networkQueries, publicIpQueries } from '../../../api/queries/networks';
import { poolQueries } from '../../../api/queries/pools';
import { serverQueries } from '../../../api/queries/servers';
import { loadBalancerVpcId } from '../model/server-picker';

export function useGroupContext(lb: LoadBalancer, poolId: string) {
  const pool = useQuery(poolQueries.detail(poolId));
  const members = useQuery(poolQueries.members(poolId));
  const monitorId = pool.data?.healthmonitor_id ?? null;
  const monitor = useQuery({ ...poolQueries.healthMonitor(monitorId ?? ''), enabled: monitorId !== null });
  const servers = useQuery(serverQueries.all());
  const subnets = useQuery(networkQueries.subnets());
  const listeners = useQuery(listenerQueries.byLoadBalancers([lb.id]));
  const eips = useQuery(publicIpQueries.list());

  const derived = useMemo(() => {
    const allSubnets = subnets.data?.subnets ?? [];
    const vpcId = loadBalancerVpcId(lb, allSubnets);
    return {
      vpcId,
      vpcSubnets: allSubnets.filter((subnet) => subnet.vpc_id === vpcId),
      vpcServers: (servers.data ?? []).filter((server) => server.metadata.vpc_id === vpcId),
      listeners: listeners.data?.listeners ?? [],
      eipAddress: eips.data?.publicips.find((eip) => eip.port_id === lb.vip_port_id)?.public_ip_address,
    };
  }, [lb, subnets.data, servers.data, listeners.data, eips.data]);

  return {
    ...derived,
    pool: pool.data,
    members: members.data,
    /** null: the group has no health check; undefined: still loading. */
    monitor: monitorId === null ? null : monitor.data,
    queries: { pool, members, monitor, servers, subnets },
  };
}

export type GroupContext = ReturnType<typeof useGroupContext>;
