/** GET /v2.0/lbaas/loadbalancers/{id}/statuses: the whole load balancer with derived statuses. */
import { loadBalancerPaths } from '../../../contract/elb-v2/load-balancers';
import {
  statusTreeLoadBalancerStatus,
  statusTreeMemberStatus,
  type StatusTreeL7Policy,
  type StatusTreeListener,
  type StatusTreePool,
} from '../../../contract/elb-v2/status-tree';
import type { Route } from '../../http/router';
import type { PoolRow } from '../../store/tables';
import { mustGet } from '../context';
import { memberOperatingStatus } from './member-health';
import { relations, type Relations } from './relations';

function poolNode(rel: Relations, pool: PoolRow, loadBalancerUp: boolean): StatusTreePool {
  const monitor = rel.monitorByPool.get(pool.id);
  return {
    id: pool.id,
    name: pool.name,
    healthmonitor: monitor
      ? { id: monitor.id, name: monitor.name, type: monitor.type, provisioning_status: 'ACTIVE' }
      : null,
    members: (rel.membersByPool.get(pool.id) ?? []).map((member) => ({
      id: member.id,
      address: member.address,
      protocol_port: member.protocol_port,
      provisioning_status: 'ACTIVE',
      operating_status: statusTreeMemberStatus(
        memberOperatingStatus({ member, monitor, server: rel.serversByIp.get(member.address) }),
        { member: member.admin_state_up, pool: pool.admin_state_up, loadbalancer: loadBalancerUp },
      ),
    })),
    operating_status: 'ONLINE',
    provisioning_status: 'ACTIVE',
  };
}

export const statusTreeRoutes: Route[] = [
  {
    method: 'GET',
    path: loadBalancerPaths.statuses,
    family: 'elb',
    handle(ctx, tx) {
      const lb = mustGet(tx, 'loadbalancers', ctx.params.loadbalancer_id!, 'loadbalancer');
      const rel = relations(tx);
      const pools = rel.poolsByLb.get(lb.id) ?? [];
      const nodeOf = new Map(pools.map((pool) => [pool.id, poolNode(rel, pool, lb.admin_state_up)]));
      const listeners: StatusTreeListener[] = (rel.listenersByLb.get(lb.id) ?? []).map((listener) => {
        const policies = rel.policiesByListener.get(listener.id) ?? [];
        const l7policies: StatusTreeL7Policy[] = policies.map((policy) => ({
          id: policy.id,
          name: policy.name,
          action: policy.action,
          provisioning_status: policy.provisioning_status,
          rules: (rel.rulesByPolicy.get(policy.id) ?? []).map((rule) => ({
            id: rule.id,
            type: rule.type,
            provisioning_status: rule.provisioning_status,
          })),
        }));
        const poolIds = new Set([listener.default_pool_id, ...policies.map((policy) => policy.redirect_pool_id)]);
        return {
          id: listener.id,
          name: listener.name,
          l7policies,
          pools: [...poolIds].flatMap((id) => (id && nodeOf.has(id) ? [nodeOf.get(id)!] : [])),
          operating_status: 'ONLINE',
          provisioning_status: 'ACTIVE',
        };
      });
      return {
        status: 200,
        body: {
          statuses: {
            loadbalancer: {
              id: lb.id,
              name: lb.name,
              listeners,
              pools: [...nodeOf.values()],
              operating_status: statusTreeLoadBalancerStatus(lb.admin_state_up, listeners),
              provisioning_status: 'ACTIVE',
            },
          },
        },
      };
    },
  },
];
