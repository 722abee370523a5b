/**
 * The jobs a classic load balancer's own actions start (modifying_a_load_balancer.rst,
 * deleting_a_load_balancer.rst, deleting_a_public_network_load_balancer.rst). Each is recorded
 * so its progress shows where the load balancer is shown, and survives a reload.
 */
import type {
  ClassicLoadBalancer,
  UpdateClassicLoadBalancerRequest,
} from '../../../../contract/elb-classic/load-balancers';
import { classicLoadBalancersApi } from '../../../api/clients/elb-classic';
import type { ClassicJobKind } from '../jobs/job-store';
import { useClassicJobMutation } from '../jobs/use-classic-jobs';

/** Which job list entry a change is: enabling and disabling read differently from other edits. */
function updateKind(body: UpdateClassicLoadBalancerRequest): ClassicJobKind {
  if (body.admin_state_up === undefined) return 'updateLb';
  return body.admin_state_up === 1 || body.admin_state_up === true ? 'enableLb' : 'disableLb';
}

export function useUpdateClassicLb(lb: ClassicLoadBalancer) {
  return useClassicJobMutation(
    (body: UpdateClassicLoadBalancerRequest) => classicLoadBalancersApi.update(lb.id, body),
    (body) => ({ kind: updateKind(body), loadBalancerId: lb.id, subject: lb.name }),
  );
}

export function useDeleteClassicLb(lb: ClassicLoadBalancer) {
  return useClassicJobMutation(
    ({ keepEip }: { keepEip: boolean }) =>
      keepEip ? classicLoadBalancersApi.removeKeepingEip(lb.id) : classicLoadBalancersApi.remove(lb.id),
    () => ({ kind: 'deleteLb', loadBalancerId: lb.id, subject: lb.name }),
  );
}
