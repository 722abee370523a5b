/** ELB v2.0 load balancers and their status tree. */
import { loadBalancerPaths } from '../../../contract/elb-v2/paths';
import type {
  CreateLoadBalancerRequest,
  LoadBalancerListResponse,
  LoadBalancerResponse,
  UpdateLoadBalancerRequest,
} from '../../../contract/elb-v2/load-balancers';
import type { StatusTreeResponse } from '../../../contract/elb-v2/status-tree';
import { defineCall } from '../api-call';
import type { QueryValue } from '../http';

const lbPath = (id: string) => ({ path: loadBalancerPaths.item, params: { loadbalancer_id: id } });

export const loadBalancersApi = {
  list: (query: Record<string, QueryValue>) =>
    defineCall<LoadBalancerListResponse>({ family: 'elb', path: loadBalancerPaths.list, query }),
  get: (id: string) => defineCall<LoadBalancerResponse>({ family: 'elb', ...lbPath(id) }),
  create: (body: CreateLoadBalancerRequest) =>
    defineCall<LoadBalancerResponse>({ family: 'elb', method: 'POST', path: loadBalancerPaths.list, body }),
  update: (id: string, body: UpdateLoadBalancerRequest) =>
    defineCall<LoadBalancerResponse>({ family: 'elb', method: 'PUT', ...lbPath(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...lbPath(id) }),
  statuses: (id: string) =>
    defineCall<StatusTreeResponse>({
      family: 'elb',
      path: loadBalancerPaths.statuses,
      params: { loadbalancer_id: id },
    }),
};
