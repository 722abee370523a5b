/** Classic load balancers (v1.0). */
import { classicLoadBalancerPaths } from '../../../contract/elb-classic/paths';
import type {
  ClassicLoadBalancer,
  ClassicLoadBalancerListResponse,
} from '../../../contract/elb-classic/load-balancers';
import { defineCall } from '../api-call';

export const classicLoadBalancersApi = {
  list: () => defineCall<ClassicLoadBalancerListResponse>({ family: 'elb', path: classicLoadBalancerPaths.list }),
  get: (id: string) =>
    defineCall<ClassicLoadBalancer>({
      family: 'elb',
      path: classicLoadBalancerPaths.item,
      params: { loadbalancer_id: id },
    }),
};
