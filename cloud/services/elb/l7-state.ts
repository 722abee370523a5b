/**
 * What forwarding policies (l7-policies.ts) and their rules (l7-rules.ts) share: new rule rows, the
 * l7rule quota, the ACTIVE load balancer behind a policy, and the "Faulty" state.
 */
import { duplicateL7Policy } from '../../../contract/elb-v2/l7-match';
import type { L7ProvisioningStatus, L7RuleSettings } from '../../../contract/elb-v2/l7-rules';
import { elbFaults } from '../../http/fault';
import type { RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { L7PolicyRow, L7RuleRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId } from '../context';
import { activeLoadBalancer } from './children';
import { relations } from './relations';

/** Writes to a policy or its rules wait, like every write under a load balancer, until it is ACTIVE. */
export function assertPolicyWritable(ctx: RouteContext, tx: ReadTx, policy: L7PolicyRow): void {
  const listener = mustGet(tx, 'listeners', policy.listener_id, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
}

/** FEATURES §0.2: l7rule is one of the resources refused at quota (409 ELB.8905); no limit set = unlimited. */
export function assertL7RuleQuota(tx: ReadTx, adding: number): void {
  if (adding > 0 && !isWithinQuota(tx, 'l7rule', tx.all('l7rules').length + adding - 1)) {
    throw elbFaults.quota('l7rule');
  }
}

export function newL7Rule(
  ctx: RouteContext,
  tx: WriteTx,
  policyId: string,
  rule: L7RuleSettings & { admin_state_up?: boolean },
): L7RuleRow {
  return {
    id: newId(tx),
    tenant_id: ctx.projectId,
    l7policy_id: policyId,
    type: rule.type,
    compare_type: rule.compare_type,
    value: rule.value,
    admin_state_up: rule.admin_state_up ?? true,
    provisioning_status: 'ACTIVE',
  };
}

/**
 * Stores a policy with its whole rule set after a change (forwarding_policy.rst; FEATURES §4.8.1):
 * a policy whose rules repeat another policy's on the same listener is Faulty (ERROR, its rules too),
 * and a Faulty policy stays Faulty even once the original is gone: the user deletes and re-adds it.
 * Returns the status the policy and its rules now have.
 */
export function saveL7Policy(tx: WriteTx, policy: L7PolicyRow, rules: readonly L7RuleRow[]): L7ProvisioningStatus {
  const rel = relations(tx);
  const others = (rel.policiesByListener.get(policy.listener_id) ?? [])
    .filter((other) => other.id !== policy.id)
    .map((other) => ({ rules: rel.rulesByPolicy.get(other.id) ?? [] }));
  const faulty = policy.provisioning_status === 'ERROR' || duplicateL7Policy(others, { rules }) !== undefined;
  const status: L7ProvisioningStatus = faulty ? 'ERROR' : 'ACTIVE';
  tx.put('l7policies', { ...policy, provisioning_status: status });
  for (const rule of rules) tx.put('l7rules', { ...rule, provisioning_status: status });
  return status;
}
