/** VPCs, subnets and elastic IPs: pickers and the joins of the load balancer list. */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { publicIpsApi, vpcApi } from '../clients/vpc';

export const networkKeys = {
  all: ['networks'] as const,
  vpcs: () => [...networkKeys.all, 'vpcs'] as const,
  subnets: (vpcId?: string) => [...networkKeys.all, 'subnets', vpcId ?? 'all'] as const,
};

export const publicIpKeys = {
  all: ['publicips'] as const,
  list: () => [...publicIpKeys.all, 'list'] as const,
};

export const networkQueries = {
  vpcs: () =>
    queryOptions({
      queryKey: networkKeys.vpcs(),
      queryFn: ({ signal }) => call(vpcApi.vpcs(), signal),
      staleTime: 60_000,
    }),
  subnets: (vpcId?: string) =>
    queryOptions({
      queryKey: networkKeys.subnets(vpcId),
      queryFn: ({ signal }) => call(vpcApi.subnets(vpcId), signal),
      staleTime: 60_000,
    }),
};

export const publicIpQueries = {
  list: () =>
    queryOptions({ queryKey: publicIpKeys.list(), queryFn: ({ signal }) => call(publicIpsApi.list(), signal) }),
};
