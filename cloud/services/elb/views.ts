/** Rows of listeners, pools, members, health checks, whitelists and policies → v2.0 wire objects. */
import type { HealthMonitor } from '../../../contract/elb-v2/health-monitors';
import type { L7Policy } from '../../../contract/elb-v2/l7-policies';
import type { L7Rule } from '../../../contract/elb-v2/l7-rules';
import type { Listener } from '../../../contract/elb-v2/listeners';
import type { Member } from '../../../contract/elb-v2/members';
import type { Pool } from '../../../contract/elb-v2/pools';
import { formatTagString } from '../../../contract/elb-v2/tags';
import type { Whitelist } from '../../../contract/elb-v2/whitelists';
import type {
  HealthMonitorRow,
  L7PolicyRow,
  L7RuleRow,
  ListenerRow,
  MemberRow,
  PoolRow,
  WhitelistRow,
} from '../../store/tables';
import { memberOperatingStatus } from './member-health';
import type { Relations } from './relations';

export function toListener(row: ListenerRow): Listener {
  const { loadbalancer_id, tags, transparent_client_ip_enable: _l4Only, ...rest } = row;
  return {
    ...rest,
    loadbalancers: [{ id: loadbalancer_id }],
    tags: tags.map(formatTagString),
  };
}

/** Listeners that use the pool: as their default group, or through a forwarding policy. */
export function listenersOfPool(rel: Relations, pool: PoolRow): ListenerRow[] {
  const listeners = rel.listenersByLb.get(pool.loadbalancer_id) ?? [];
  return listeners.filter(
    (listener) =>
      listener.default_pool_id === pool.id ||
      (rel.policiesByListener.get(listener.id) ?? []).some((policy) => policy.redirect_pool_id === pool.id),
  );
}

export function toPool(row: PoolRow, rel: Relations): Pool {
  const { loadbalancer_id, created_at: _created, ...rest } = row;
  return {
    ...rest,
    members: (rel.membersByPool.get(row.id) ?? []).map(({ id }) => ({ id })),
    healthmonitor_id: rel.monitorByPool.get(row.id)?.id ?? null,
    listeners: listenersOfPool(rel, row).map(({ id }) => ({ id })),
    loadbalancers: [{ id: loadbalancer_id }],
  };
}

export function toMember(row: MemberRow, rel: Relations, pool: PoolRow | undefined): Member {
  const { pool_id, created_at: _created, ...rest } = row;
  const server = rel.serversByIp.get(row.address);
  return {
    ...rest,
    operating_status: memberOperatingStatus({ member: row, monitor: rel.monitorByPool.get(pool_id), server }),
    device_id: server?.id ?? '',
    device_owner: server ? `compute:${server['OS-EXT-AZ:availability_zone']}` : '',
    pool_id,
    loadbalancer_id: pool?.loadbalancer_id ?? '',
  };
}

export function toHealthMonitor(row: HealthMonitorRow): HealthMonitor {
  const { pool_id, ...rest } = row;
  return { ...rest, pools: [{ id: pool_id }] };
}

export function toL7Rule(row: L7RuleRow): L7Rule {
  const { l7policy_id: _policy, ...rest } = row;
  return { ...rest, invert: false, key: null };
}

/** The row is the wire object already; a copy keeps callers from mutating the store. */
export function toWhitelist(row: WhitelistRow): Whitelist {
  return { ...row };
}

export function toL7Policy(row: L7PolicyRow, rel: Relations, displayAllRules: boolean): L7Policy {
  const { created_at: _created, ...rest } = row;
  const rules = rel.rulesByPolicy.get(row.id) ?? [];
  return {
    ...rest,
    redirect_url: null,
    rules: rules.map((rule) => (displayAllRules ? toL7Rule(rule) : { id: rule.id })),
  };
}
