/**
 * The load balancer as a tree — listeners, their forwarding policies, the groups they send
 * to and the backend servers in them — from the status tree, with health counts at every
 * level and an "unhealthy only" view that keeps just the paths to unhealthy servers.
 */
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import type { StatusTreeLoadBalancer, StatusTreeMember, StatusTreePool } from '../../../../contract/elb-v2/status-tree';
import { memberHealthCounts } from './topology';

export interface TopologyGroup {
  id: string;
  name: string;
  monitorType?: string;
  members: StatusTreeMember[];
  unhealthy: number;
}

export interface TopologyRoute {
  /** 'default' for the listener's default group, else the policy's name. */
  via: { kind: 'default' } | { kind: 'policy'; id: string; name: string; faulty: boolean };
  group: TopologyGroup;
}

export interface TopologyListener {
  id: string;
  name: string;
  protocol?: Listener['protocol'];
  port?: number;
  routes: TopologyRoute[];
  unhealthy: number;
}

export interface Topology {
  listeners: TopologyListener[];
  /** Groups no listener or policy sends traffic to. */
  detached: TopologyGroup[];
  counts: Record<MemberOperatingStatus, number>;
}

const unhealthyOf = (members: StatusTreeMember[]) =>
  members.filter((member) => member.operating_status === 'OFFLINE').length;

function group(pool: StatusTreePool): TopologyGroup {
  return {
    id: pool.id,
    name: pool.name || pool.id,
    monitorType: pool.healthmonitor?.type,
    members: [...pool.members].sort(
      (a, b) => a.address.localeCompare(b.address, undefined, { numeric: true }) || a.protocol_port - b.protocol_port,
    ),
    unhealthy: unhealthyOf(pool.members),
  };
}

export function topologyModel(
  tree: StatusTreeLoadBalancer,
  listeners: readonly Listener[],
  policies: readonly L7Policy[],
): Topology {
  const byId = new Map(tree.pools.map((pool) => [pool.id, pool]));
  const used = new Set<string>();
  const topologyListeners = tree.listeners.map((node) => {
    const listener = listeners.find((item) => item.id === node.id);
    const routes: TopologyRoute[] = [];
    const defaultPool = listener?.default_pool_id ? byId.get(listener.default_pool_id) : undefined;
    if (defaultPool) routes.push({ via: { kind: 'default' }, group: group(defaultPool) });
    for (const policy of policies.filter((item) => item.listener_id === node.id && item.redirect_pool_id)) {
      const pool = byId.get(policy.redirect_pool_id!);
      if (!pool) continue;
      routes.push({
        via: {
          kind: 'policy',
          id: policy.id,
          name: policy.name || policy.id,
          faulty: policy.provisioning_status === 'ERROR',
        },
        group: group(pool),
      });
    }
    routes.forEach((route) => used.add(route.group.id));
    return {
      id: node.id,
      name: node.name || node.id,
      protocol: listener?.protocol,
      port: listener?.protocol_port,
      routes,
      unhealthy: routes.reduce((sum, route) => sum + route.group.unhealthy, 0),
    };
  });
  return {
    listeners: topologyListeners,
    detached: tree.pools.filter((pool) => !used.has(pool.id)).map(group),
    counts: memberHealthCounts(tree),
  };
}

/** Only what leads to an unhealthy backend server, and only those servers. */
export function unhealthyOnly(topology: Topology): Topology {
  const keep = (item: TopologyGroup): TopologyGroup => ({
    ...item,
    members: item.members.filter((member) => member.operating_status === 'OFFLINE'),
  });
  return {
    ...topology,
    listeners: topology.listeners
      .filter((listener) => listener.unhealthy > 0)
      .map((listener) => ({
        ...listener,
        routes: listener.routes
          .filter((route) => route.group.unhealthy > 0)
          .map((route) => ({ ...route, group: keep(route.group) })),
      })),
    detached: topology.detached.filter((item) => item.unhealthy > 0).map(keep),
  };
}
