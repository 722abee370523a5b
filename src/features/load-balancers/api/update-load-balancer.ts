/** Rename, describe, enable or disable a load balancer; refreshes every load balancer view. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateLoadBalancerRequest } from '../../../../contract/elb-v2/load-balancers';
import { call } from '../../../api/api-call';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { lbKeys } from './lb-keys';

export function useUpdateLoadBalancer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateLoadBalancerRequest['loadbalancer']) =>
      call(loadBalancersApi.update(id, { loadbalancer: body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lbKeys.all }),
  });
}
