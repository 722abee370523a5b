/**
 * ELB v2.0 backend server groups: list, add, show, update, delete
 * (api/elb/v2.0/backend_server_group/*.rst; FEATURES §4.3, §4.4, §5.3).
 * Sticky-session rules and defaults come from sticky-session.ts, protocol pairs from pool-protocols.ts.
 */
import { listenerPoolIssues } from '../../../contract/elb-v2/pool-protocols';
import {
  checkPoolUpdate,
  createPoolRequest,
  poolFilterKeys,
  poolPaths,
  updatePoolRequest,
} from '../../../contract/elb-v2/pools';
import { withStickyDefaults } from '../../../contract/elb-v2/sticky-session';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { WriteTx } from '../../store/store';
import type { ListenerRow, PoolRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId, timestamp } from '../context';
import { activeLoadBalancer, assertTenant, elbTrace, listReply, plainField, refuseIssues } from './children';
import { relations } from './relations';
import { toPool } from './views';

function create(ctx: RouteContext, tx: WriteTx) {
  const { pool: body } = parseBody(createPoolRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  // listener_id, loadbalancer_id or both (the schema asks for at least one).
  let listener: ListenerRow | undefined;
  if (body.listener_id) {
    listener = mustGet(tx, 'listeners', body.listener_id, 'listener');
    if (body.loadbalancer_id && body.loadbalancer_id !== listener.loadbalancer_id) {
      throw elbFaults.conflict(
        `Listener ${listener.id} belongs to load balancer ${listener.loadbalancer_id}, not to load balancer ${body.loadbalancer_id}.`,
      );
    }
  }
  const lb = activeLoadBalancer(ctx, tx, listener?.loadbalancer_id ?? body.loadbalancer_id!);
  if (listener) {
    // The group becomes the listener's default group: same rules as `default_pool_id`.
    refuseIssues(['pool'], listenerPoolIssues(listener.protocol, body.protocol, ['protocol']));
    if (listener.default_pool_id) {
      throw elbFaults.conflict(
        `Listener ${listener.id} already has default backend server group ${listener.default_pool_id}.`,
      );
    }
  }
  if (!isWithinQuota(tx, 'pool', tx.all('pools').length)) throw elbFaults.quota('pool');

  const now = timestamp(ctx.clock);
  const row: PoolRow = {
    id: newId(tx),
    tenant_id: ctx.projectId,
    loadbalancer_id: lb.id,
    name: body.name ?? '',
    description: body.description ?? '',
    protocol: body.protocol,
    lb_algorithm: body.lb_algorithm,
    session_persistence: withStickyDefaults(body.session_persistence),
    admin_state_up: body.admin_state_up ?? true,
    created_at: now,
  };
  tx.put('pools', row);
  if (listener) tx.put('listeners', { ...listener, default_pool_id: row.id, updated_at: now });
  return {
    status: 201,
    body: { pool: toPool(row, relations(tx)) },
    audit: auditOf(row),
  };
}

function update(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const { pool: body } = parseBody(updatePoolRequest, ctx.body);
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  refuseIssues(['pool'], checkPoolUpdate(pool, body));
  const next: PoolRow = {
    ...pool,
    name: body.name ?? pool.name,
    description: body.description ?? pool.description,
    lb_algorithm: body.lb_algorithm ?? pool.lb_algorithm,
    admin_state_up: body.admin_state_up ?? pool.admin_state_up,
    session_persistence:
      body.session_persistence === undefined ? pool.session_persistence : withStickyDefaults(body.session_persistence),
  };
  tx.put('pools', next);
  return {
    status: 200,
    body: { pool: toPool(next, relations(tx)) },
    audit: auditOf(next),
  };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  const rel = relations(tx);
  // deleting_a_backend_server_group.rst: servers, health check and policies go first (FEATURES §5.3).
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
  return { status: 204, audit: auditOf(pool) };
}

export const poolRoutes: Route[] = [
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
  { method: 'POST', path: poolPaths.list, family: 'elb', trace: elbTrace('createPool', 'pool'), handle: create },
  {
    method: 'GET',
    path: poolPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { pool: toPool(mustGet(tx, 'pools', ctx.params.pool_id!, 'pool'), relations(tx)) },
    }),
  },
  // C16: the trace name is spelled as documented.
  { method: 'PUT', path: poolPaths.item, family: 'elb', trace: elbTrace('updatPool', 'pool'), handle: update },
  { method: 'DELETE', path: poolPaths.item, family: 'elb', trace: elbTrace('deletePool', 'pool'), handle: remove },
];
