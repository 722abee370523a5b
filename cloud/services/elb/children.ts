/**
 * Read and delete routes of the resources under a load balancer: listeners, backend
 * server groups, backend servers, health checks, forwarding policies and rules.
 * Deletes enforce the documented order (FEATURES §3.5, §4.7, §5.3, C9).
 */
import { healthMonitorFilterKeys, healthMonitorPaths } from '../../../contract/elb-v2/health-monitors';
import { l7PolicyFilterKeys, l7PolicyPaths } from '../../../contract/elb-v2/l7-policies';
import { listenerFilterKeys, listenerPaths } from '../../../contract/elb-v2/listeners';
import { allMemberFilterKeys, memberFilterKeys, memberPaths } from '../../../contract/elb-v2/members';
import { poolFilterKeys, poolPaths } from '../../../contract/elb-v2/pools';
import { elbFaults } from '../../http/fault';
import { applyFilters, applySort, paginate } from '../../http/paging';
import { boolParam } from '../../http/request';
import type { Reply, Route, RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ListenerRow, MemberRow } from '../../store/tables';
import { mustGet } from '../context';
import { assertActive } from './provisioning';
import { relations } from './relations';
import { toHealthMonitor, toL7Policy, toListener, toMember, toPool } from './views';

const SORTABLE = ['id', 'name', 'created_at', 'protocol_port', 'address', 'weight'] as const;

type FieldReader<T> = (row: T, key: string) => unknown;
const plainField = <T>(row: T, key: string): unknown => (row as Record<string, unknown>)[key];

/**
 * Filters, sorting and paging of one v2.0 collection over rows, then the page is
 * turned into wire objects: `{ collection: [...], collection_links }`.
 */
function listReply<Row extends { id: string }, Wire>(
  ctx: RouteContext,
  collection: string,
  rows: Row[],
  filterKeys: readonly string[],
  toWire: (row: Row) => Wire,
  read: FieldReader<Row> = plainField,
): Reply {
  const filtered = applyFilters(rows, ctx.query, filterKeys, read);
  const page = paginate(applySort(filtered, ctx.query, SORTABLE, read), ctx.url, collection);
  return {
    status: 200,
    body: { [collection]: page.items.map(toWire), ...(page.links ? { [`${collection}_links`]: page.links } : {}) },
  };
}

/** Writes under a load balancer wait until it is ACTIVE again. */
function assertLoadBalancerActive(ctx: RouteContext, tx: ReadTx, loadBalancerId: string) {
  const lb = mustGet(tx, 'loadbalancers', loadBalancerId, 'loadbalancer');
  assertActive('Loadbalancer', lb.id, lb.pending, ctx.clock);
}

function deleteListener(ctx: RouteContext, tx: WriteTx) {
  const listener = mustGet(tx, 'listeners', ctx.params.listener_id!, 'listener');
  assertLoadBalancerActive(ctx, tx, listener.loadbalancer_id);
  const rel = relations(tx);
  if (listener.default_pool_id) {
    throw elbFaults.conflict(
      `Listener ${listener.id} still has backend server group ${listener.default_pool_id}; delete it first.`,
    );
  }
  if ((rel.policiesByListener.get(listener.id) ?? []).length > 0) {
    throw elbFaults.conflict(`Listener ${listener.id} still has forwarding policies; delete them first.`);
  }
  const redirect = tx.all('l7policies').find((policy) => policy.redirect_listener_id === listener.id);
  if (redirect)
    throw elbFaults.conflict(
      `Listener ${listener.id} is the target of redirect ${redirect.id}; delete the redirect first.`,
    );
  tx.all('whitelists')
    .filter((whitelist) => whitelist.listener_id === listener.id)
    .forEach((whitelist) => tx.delete('whitelists', whitelist.id));
  tx.delete('listeners', listener.id);
  return { status: 204, audit: { resourceId: listener.id, resourceName: listener.name } };
}

function deletePool(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  assertLoadBalancerActive(ctx, tx, pool.loadbalancer_id);
  const rel = relations(tx);
  if ((rel.membersByPool.get(pool.id) ?? []).length > 0) {
    throw elbFaults.conflict(`Pool ${pool.id} still has backend servers; remove them first.`);
  }
  if (rel.monitorByPool.has(pool.id))
    throw elbFaults.conflict(`Pool ${pool.id} still has a health check; delete it first.`);
  const policy = tx.all('l7policies').find((item) => item.redirect_pool_id === pool.id);
  if (policy)
    throw elbFaults.conflict(
      `Pool ${pool.id} is used by forwarding policy ${policy.id}; change or delete the policy first.`,
    );
  for (const listener of rel.listenersByLb.get(pool.loadbalancer_id) ?? []) {
    if (listener.default_pool_id === pool.id) tx.put('listeners', { ...listener, default_pool_id: null });
  }
  tx.delete('pools', pool.id);
  return { status: 204, audit: { resourceId: pool.id, resourceName: pool.name } };
}

function deleteMember(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const member = mustGet(tx, 'members', ctx.params.member_id!, 'member');
  if (member.pool_id !== pool.id) throw elbFaults.notFound('member', member.id);
  assertLoadBalancerActive(ctx, tx, pool.loadbalancer_id);
  tx.delete('members', member.id);
  return { status: 204, audit: { resourceId: member.id, resourceName: member.name } };
}

function deleteHealthMonitor(ctx: RouteContext, tx: WriteTx) {
  const monitor = mustGet(tx, 'healthmonitors', ctx.params.healthmonitor_id!, 'healthmonitor');
  const pool = mustGet(tx, 'pools', monitor.pool_id, 'pool');
  assertLoadBalancerActive(ctx, tx, pool.loadbalancer_id);
  tx.delete('healthmonitors', monitor.id);
  return { status: 204, audit: { resourceId: monitor.id, resourceName: monitor.name } };
}

function deletePolicy(ctx: RouteContext, tx: WriteTx) {
  const policy = mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy');
  const listener = mustGet(tx, 'listeners', policy.listener_id, 'listener');
  assertLoadBalancerActive(ctx, tx, listener.loadbalancer_id);
  tx.all('l7rules')
    .filter((rule) => rule.l7policy_id === policy.id)
    .forEach((rule) => tx.delete('l7rules', rule.id));
  tx.delete('l7policies', policy.id);
  return { status: 204, audit: { resourceId: policy.id, resourceName: policy.name } };
}

/** `display_all_rules` is in the contract's list of query keys but changes the view; it filters nothing. */
const policyFilterKeys = l7PolicyFilterKeys.filter((key) => key !== 'display_all_rules');

const trace = (name: string, resourceType: string) => ({ service: 'ELB' as const, name, resourceType });

function listenerField(row: ListenerRow, key: string): unknown {
  // tls_container_id finds listeners that use a certificate as server or CA certificate.
  if (key === 'tls_container_id') return [row.default_tls_container_ref, row.client_ca_tls_container_ref];
  return plainField(row, key);
}

export const childRoutes: Route[] = [
  {
    method: 'GET',
    path: listenerPaths.list,
    family: 'elb',
    handle: (ctx, tx) =>
      listReply(ctx, 'listeners', tx.all('listeners'), listenerFilterKeys, toListener, listenerField),
  },
  {
    method: 'GET',
    path: listenerPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { listener: toListener(mustGet(tx, 'listeners', ctx.params.listener_id!, 'listener')) },
    }),
  },
  {
    method: 'DELETE',
    path: listenerPaths.item,
    family: 'elb',
    trace: trace('deleteListener', 'listener'),
    handle: deleteListener,
  },
  {
    method: 'GET',
    path: poolPaths.list,
    family: 'elb',
    handle(ctx, tx) {
      const rel = relations(tx);
      return listReply(
        ctx,
        'pools',
        tx.all('pools'),
        poolFilterKeys,
        (row) => toPool(row, rel),
        (row, key) => {
          if (key === 'healthmonitor_id') return rel.monitorByPool.get(row.id)?.id;
          if (key === 'member_address') return (rel.membersByPool.get(row.id) ?? []).map((member) => member.address);
          if (key === 'member_device_id') {
            return (rel.membersByPool.get(row.id) ?? []).flatMap(
              (member) => rel.serversByIp.get(member.address)?.id ?? [],
            );
          }
          return plainField(row, key);
        },
      );
    },
  },
  {
    method: 'GET',
    path: poolPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { pool: toPool(mustGet(tx, 'pools', ctx.params.pool_id!, 'pool'), relations(tx)) },
    }),
  },
  { method: 'DELETE', path: poolPaths.item, family: 'elb', trace: trace('deletePool', 'pool'), handle: deletePool },
  {
    method: 'GET',
    path: memberPaths.list,
    family: 'elb',
    handle(ctx, tx) {
      const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
      const rel = relations(tx);
      return listReply(ctx, 'members', rel.membersByPool.get(pool.id) ?? [], memberFilterKeys, (row) =>
        toMember(row, rel, pool),
      );
    },
  },
  {
    method: 'GET',
    path: memberPaths.all,
    family: 'elb',
    handle(ctx, tx) {
      const rel = relations(tx);
      const pools = new Map(tx.all('pools').map((pool) => [pool.id, pool]));
      const toWire = (row: MemberRow) => toMember(row, rel, pools.get(row.pool_id));
      return listReply(ctx, 'members', tx.all('members'), allMemberFilterKeys, toWire, (row, key) =>
        key === 'loadbalancer_id' || key === 'operating_status' ? plainField(toWire(row), key) : plainField(row, key),
      );
    },
  },
  {
    method: 'GET',
    path: memberPaths.item,
    family: 'elb',
    handle(ctx, tx) {
      const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
      const member = mustGet(tx, 'members', ctx.params.member_id!, 'member');
      if (member.pool_id !== pool.id) throw elbFaults.notFound('member', member.id);
      return { status: 200, body: { member: toMember(member, relations(tx), pool) } };
    },
  },
  {
    method: 'DELETE',
    path: memberPaths.item,
    family: 'elb',
    trace: trace('batchUpdateMember', 'member'),
    handle: deleteMember,
  },
  {
    method: 'GET',
    path: healthMonitorPaths.list,
    family: 'elb',
    handle: (ctx, tx) =>
      listReply(ctx, 'healthmonitors', tx.all('healthmonitors'), healthMonitorFilterKeys, toHealthMonitor),
  },
  {
    method: 'GET',
    path: healthMonitorPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: {
        healthmonitor: toHealthMonitor(mustGet(tx, 'healthmonitors', ctx.params.healthmonitor_id!, 'healthmonitor')),
      },
    }),
  },
  {
    method: 'DELETE',
    path: healthMonitorPaths.item,
    family: 'elb',
    trace: trace('deleteHealthMonitor', 'healthmonitor'),
    handle: deleteHealthMonitor,
  },
  {
    method: 'GET',
    path: l7PolicyPaths.list,
    family: 'elb',
    handle(ctx, tx) {
      const rel = relations(tx);
      const all = boolParam(ctx.query, 'display_all_rules') ?? false;
      return listReply(ctx, 'l7policies', tx.all('l7policies'), policyFilterKeys, (row) => toL7Policy(row, rel, all));
    },
  },
  {
    method: 'GET',
    path: l7PolicyPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: {
        l7policy: toL7Policy(mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy'), relations(tx), true),
      },
    }),
  },
  {
    method: 'DELETE',
    path: l7PolicyPaths.item,
    family: 'elb',
    trace: trace('deleteL7policy', 'l7policy'),
    handle: deletePolicy,
  },
];
