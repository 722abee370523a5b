/**
 * GET /v2.0/lbaas/loadbalancers/{id}/statuses (api/elb/v2.0/load_balancer/querying_the_status_tree_of_a_load_balancer.rst;
 * FEATURES §0.3). The path is `loadBalancerPaths.statuses`.
 */
import type { HealthMonitorType } from './health-monitors';
import type { L7PolicyAction } from './l7-policies';
import type { L7ProvisioningStatus, L7RuleType } from './l7-rules';
import type { MemberOperatingStatus } from './members';

/** Every node except policies and rules reports ACTIVE (reserved). */
export type StatusTreeProvisioningStatus = 'ACTIVE';
/** ONLINE by default; DEGRADED when a policy or rule is ERROR; DISABLED when admin_state_up is false. */
export type StatusTreeLoadBalancerStatus = 'ONLINE' | 'DEGRADED' | 'DISABLED';

export interface StatusTreeHealthMonitor {
  id: string;
  name: string;
  type: HealthMonitorType;
  provisioning_status: StatusTreeProvisioningStatus;
}

export interface StatusTreeMember {
  id: string;
  address: string;
  protocol_port: number;
  /** DISABLED when the member, its pool or the load balancer has admin_state_up false. */
  operating_status: MemberOperatingStatus;
  provisioning_status: StatusTreeProvisioningStatus;
}

export interface StatusTreePool {
  id: string;
  name: string;
  /** Absent (or null) when the group has no health check. */
  healthmonitor?: StatusTreeHealthMonitor | null;
  members: StatusTreeMember[];
  operating_status: 'ONLINE';
  provisioning_status: StatusTreeProvisioningStatus;
}

export interface StatusTreeL7Rule {
  id: string;
  type: L7RuleType;
  provisioning_status: L7ProvisioningStatus;
}

export interface StatusTreeL7Policy {
  id: string;
  name: string;
  action: L7PolicyAction;
  provisioning_status: L7ProvisioningStatus;
  rules: StatusTreeL7Rule[];
}

export interface StatusTreeListener {
  id: string;
  name: string;
  l7policies: StatusTreeL7Policy[];
  pools: StatusTreePool[];
  operating_status: 'ONLINE';
  provisioning_status: StatusTreeProvisioningStatus;
}

export interface StatusTreeLoadBalancer {
  id: string;
  name: string;
  listeners: StatusTreeListener[];
  /** Every backend server group of the load balancer, attached to a listener or not. */
  pools: StatusTreePool[];
  operating_status: StatusTreeLoadBalancerStatus;
  provisioning_status: StatusTreeProvisioningStatus;
}

export interface StatusTreeResponse {
  statuses: {
    loadbalancer: StatusTreeLoadBalancer;
  };
}

/** The load balancer's status in the tree: DISABLED beats DEGRADED beats ONLINE. */
export function statusTreeLoadBalancerStatus(
  adminStateUp: boolean,
  listeners: readonly Pick<StatusTreeListener, 'l7policies'>[],
): StatusTreeLoadBalancerStatus {
  if (!adminStateUp) return 'DISABLED';
  const faulty = listeners.some((listener) =>
    listener.l7policies.some(
      (policy) =>
        policy.provisioning_status === 'ERROR' || policy.rules.some((rule) => rule.provisioning_status === 'ERROR'),
    ),
  );
  return faulty ? 'DEGRADED' : 'ONLINE';
}

/** A member's status in the tree: DISABLED when it, its pool or its load balancer is administratively down. */
export function statusTreeMemberStatus(
  memberStatus: MemberOperatingStatus,
  adminStateUp: { member: boolean; pool: boolean; loadbalancer: boolean },
): MemberOperatingStatus {
  return adminStateUp.member && adminStateUp.pool && adminStateUp.loadbalancer ? memberStatus : 'DISABLED';
}
