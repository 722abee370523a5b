/**
 * ELB v2.0 forwarding policies and HTTP→HTTPS redirects: list, add, show, update, delete
 * (api/elb/v2.0/forwarding_policy/*.rst; FEATURES §4.8.1, §4.8.3). Rules added with a policy are stored
 * with it; rules on their own are l7-rules.ts. Deleting a policy deletes its rules with it.
 */
import {
  checkL7PolicyUpdate,
  createL7PolicyRequest,
  DEFAULT_L7_POLICY_POSITION,
  l7PolicyFilterKeys,
  l7PolicyListenerIssues,
  l7PolicyPaths,
  updateL7PolicyRequest,
  type L7ListenerSide,
  type L7PolicyAction,
} from '../../../contract/elb-v2/l7-policies';
import { elbFaults } from '../../http/fault';
import { boolParam, parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { L7PolicyRow, ListenerRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId, timestamp } from '../context';
import { activeLoadBalancer, assertTenant, definedFields, elbTrace, listReply, refuseIssues } from './children';
import { assertL7RuleQuota, assertPolicyWritable, newL7Rule, saveL7Policy } from './l7-state';
import { assertPoolAssignable } from './listeners';
import { relations } from './relations';
import { toL7Policy } from './views';

/** `display_all_rules` is in the contract's list of query keys but changes the view; it filters nothing. */
const policyFilterKeys = l7PolicyFilterKeys.filter((key) => key !== 'display_all_rules');

const sideOf = (listener: ListenerRow): L7ListenerSide => ({
  protocol: listener.protocol,
  loadbalancers: [{ id: listener.loadbalancer_id }],
});

interface Target {
  redirect_pool_id?: string | null;
  redirect_listener_id?: string | null;
}

/**
 * adding_a_forwarding_policy.rst: forwarding only from HTTP/HTTPS listeners; a redirect only from an HTTP
 * listener to an HTTPS listener of the same load balancer; the group must not be the listener's default
 * group nor one that another listener uses (the `default_pool_id` rules, seen from the policy's side).
 */
function assertTarget(tx: ReadTx, listener: ListenerRow, action: L7PolicyAction, target: Target): void {
  const redirectTo = target.redirect_listener_id
    ? mustGet(tx, 'listeners', target.redirect_listener_id, 'listener')
    : undefined;
  refuseIssues(['l7policy'], l7PolicyListenerIssues(action, sideOf(listener), redirectTo && sideOf(redirectTo)));
  const poolId = target.redirect_pool_id;
  if (!poolId) return;
  if (poolId === listener.default_pool_id) {
    throw elbFaults.conflict(
      `Pool ${poolId} is the default backend server group of listener ${listener.id}; a forwarding policy must forward to another group.`,
    );
  }
  assertPoolAssignable(tx, listener, poolId, ['l7policy', 'redirect_pool_id']);
}

function create(ctx: RouteContext, tx: WriteTx) {
  const { l7policy: body } = parseBody(createL7PolicyRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const listener = mustGet(tx, 'listeners', body.listener_id, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  assertTarget(tx, listener, body.action, body);
  const rules = body.rules ?? [];
  if (!isWithinQuota(tx, 'l7policy', tx.all('l7policies').length)) throw elbFaults.quota('l7policy');
  assertL7RuleQuota(tx, rules.length);

  const row: L7PolicyRow = {
    id: newId(tx),
    tenant_id: ctx.projectId,
    listener_id: listener.id,
    name: body.name ?? '',
    description: body.description ?? '',
    action: body.action,
    redirect_pool_id: body.redirect_pool_id ?? null,
    redirect_listener_id: body.redirect_listener_id ?? null,
    position: body.position ?? DEFAULT_L7_POLICY_POSITION,
    admin_state_up: body.admin_state_up ?? true,
    provisioning_status: 'ACTIVE',
    created_at: timestamp(ctx.clock),
  };
  const status = saveL7Policy(
    tx,
    row,
    rules.map((rule) => newL7Rule(ctx, tx, row.id, rule)),
  );
  const saved = { ...row, provisioning_status: status };
  return { status: 201, body: { l7policy: toL7Policy(saved, relations(tx), false) }, audit: auditOf(saved) };
}

/** updating_a_forwarding_policy.rst: name, description and the target; `redirect_pool_id: null` detaches the group. */
function update(ctx: RouteContext, tx: WriteTx) {
  const policy = mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy');
  const { l7policy: body } = parseBody(updateL7PolicyRequest, ctx.body);
  const listener = mustGet(tx, 'listeners', policy.listener_id, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  refuseIssues(['l7policy'], checkL7PolicyUpdate(policy, body));
  // Only a new target is checked: the one the policy has was checked when it was set.
  assertTarget(tx, listener, policy.action, {
    redirect_pool_id: body.redirect_pool_id === policy.redirect_pool_id ? undefined : body.redirect_pool_id,
    redirect_listener_id:
      body.redirect_listener_id === policy.redirect_listener_id ? undefined : body.redirect_listener_id,
  });
  const { action: _fixed, ...changes } = definedFields(body);
  const next: L7PolicyRow = { ...policy, ...changes };
  tx.put('l7policies', next);
  return { status: 200, body: { l7policy: toL7Policy(next, relations(tx), false) }, audit: auditOf(next) };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const policy = mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy');
  assertPolicyWritable(ctx, tx, policy);
  tx.all('l7rules')
    .filter((rule) => rule.l7policy_id === policy.id)
    .forEach((rule) => tx.delete('l7rules', rule.id));
  tx.delete('l7policies', policy.id);
  return { status: 204, audit: auditOf(policy) };
}

export const l7PolicyRoutes: Route[] = [
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
    method: 'POST',
    path: l7PolicyPaths.list,
    family: 'elb',
    trace: elbTrace('createL7policy', 'l7policy'),
    handle: create,
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
    method: 'PUT',
    path: l7PolicyPaths.item,
    family: 'elb',
    trace: elbTrace('updateL7policy', 'l7policy'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: l7PolicyPaths.item,
    family: 'elb',
    trace: elbTrace('deleteL7policy', 'l7policy'),
    handle: remove,
  },
];
