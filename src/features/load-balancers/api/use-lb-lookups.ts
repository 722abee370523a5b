/**
 * What the list and detail show beside a load balancer: its EIP (by VIP port), its
 * subnet and VPC, its listeners. Fetched once per page, never once per row.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { PublicIp } from '../../../../contract/vpc/publicips';
import type { Subnet, Vpc } from '../../../../contract/vpc/vpcs';
import { listenerQueries } from '../../../api/queries/listeners';
import { networkQueries, publicIpQueries } from '../../../api/queries/networks';

export interface LbLookups {
  eipByPort: Map<string, PublicIp>;
  /** By Neutron subnet ID, the ID load balancers carry in vip_subnet_id. */
  subnetById: Map<string, Subnet>;
  vpcById: Map<string, Vpc>;
  listenersByLb: Map<string, Listener[]>;
  unboundEips: PublicIp[];
}

export function useLbLookups(loadBalancerIds: readonly string[]): LbLookups {
  const eips = useQuery(publicIpQueries.list());
  const subnets = useQuery(networkQueries.subnets());
  const vpcs = useQuery(networkQueries.vpcs());
  const listeners = useQuery(listenerQueries.byLoadBalancers(loadBalancerIds));
  return useMemo(() => {
    const listenersByLb = new Map<string, Listener[]>();
    for (const listener of listeners.data?.listeners ?? []) {
      for (const { id } of listener.loadbalancers) listenersByLb.set(id, [...(listenersByLb.get(id) ?? []), listener]);
    }
    const all = eips.data?.publicips ?? [];
    return {
      eipByPort: new Map(all.flatMap((eip) => (eip.port_id ? [[eip.port_id, eip] as const] : []))),
      subnetById: new Map((subnets.data?.subnets ?? []).map((subnet) => [subnet.neutron_subnet_id, subnet])),
      vpcById: new Map((vpcs.data?.vpcs ?? []).map((vpc) => [vpc.id, vpc])),
      listenersByLb,
      unboundEips: all.filter((eip) => !eip.port_id && eip.status === 'DOWN'),
    };
  }, [eips.data, subnets.data, vpcs.data, listeners.data]);
}
