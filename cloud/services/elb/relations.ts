/**
 * Who belongs to whom, computed once per request so list views stay linear
 * (2,000 load balancers must not mean 2,000 scans of the listener table).
 */
import type { ReadTx } from '../../store/store';
import { primaryIpv4 } from '../../../contract/ecs/servers';
import type {
  HealthMonitorRow,
  L7PolicyRow,
  L7RuleRow,
  ListenerRow,
  MemberRow,
  PoolRow,
  ServerRow,
} from '../../store/tables';

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const id = key(row);
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

export interface Relations {
  listenersByLb: Map<string, ListenerRow[]>;
  poolsByLb: Map<string, PoolRow[]>;
  membersByPool: Map<string, MemberRow[]>;
  policiesByListener: Map<string, L7PolicyRow[]>;
  rulesByPolicy: Map<string, L7RuleRow[]>;
  monitorByPool: Map<string, HealthMonitorRow>;
  /** Servers by the primary IPv4 address of their NIC. */
  serversByIp: Map<string, ServerRow>;
}

export function relations(tx: ReadTx): Relations {
  return {
    listenersByLb: groupBy(tx.all('listeners'), (row) => row.loadbalancer_id),
    poolsByLb: groupBy(tx.all('pools'), (row) => row.loadbalancer_id),
    membersByPool: groupBy(tx.all('members'), (row) => row.pool_id),
    policiesByListener: groupBy(tx.all('l7policies'), (row) => row.listener_id),
    rulesByPolicy: groupBy(tx.all('l7rules'), (row) => row.l7policy_id),
    monitorByPool: new Map(tx.all('healthmonitors').map((row) => [row.pool_id, row])),
    serversByIp: new Map(
      tx.all('servers').flatMap((server) => {
        const ip = primaryIpv4(server);
        return ip ? [[ip, server] as const] : [];
      }),
    ),
  };
}

/** Members of every pool of a load balancer. */
export function membersOfLoadBalancer(rel: Relations, loadBalancerId: string): MemberRow[] {
  return (rel.poolsByLb.get(loadBalancerId) ?? []).flatMap((pool) => rel.membersByPool.get(pool.id) ?? []);
}
