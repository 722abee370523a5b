/**
 * ELB v2.0 forwarding policies: list, show, delete (api/elb/v2.0/forwarding_policy/*.rst; FEATURES §4.8.1).
 * Deleting a policy deletes its rules with it.
 */
import { l7PolicyFilterKeys, l7PolicyPaths } from '../../../contract/elb-v2/l7-policies';
import { boolParam } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { WriteTx } from '../../store/store';
import { mustGet } from '../context';
import { activeLoadBalancer, elbTrace, listReply } from './children';
import { relations } from './relations';
import { toL7Policy } from './views';

/** `display_all_rules` is in the contract's list of query keys but changes the view; it filters nothing. */
const policyFilterKeys = l7PolicyFilterKeys.filter((key) => key !== 'display_all_rules');

function remove(ctx: RouteContext, tx: WriteTx) {
  const policy = mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy');
  const listener = mustGet(tx, 'listeners', policy.listener_id, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
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
    trace: elbTrace('deleteL7policy', 'l7policy'),
    handle: remove,
  },
];
