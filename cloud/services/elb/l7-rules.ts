/**
 * ELB v2.0 forwarding rules: list, add, show, update, delete the rules of one forwarding policy
 * (api/elb/v2.0/forwarding_rule/*.rst; FEATURES §4.8.1). At most 2 rules, one per type; the type of a
 * rule is fixed. Every change re-runs the duplicate check that makes a policy Faulty (l7-state.ts).
 */
import { l7PolicyIssues, l7PolicyPaths } from '../../../contract/elb-v2/l7-policies';
import {
  checkL7RuleUpdate,
  createL7RuleRequest,
  l7RuleFilterKeys,
  l7RuleListIssues,
  updateL7RuleRequest,
} from '../../../contract/elb-v2/l7-rules';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { AuditNote, Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { L7PolicyRow, L7RuleRow } from '../../store/tables';
import { mustGet } from '../context';
import { assertTenant, elbTrace, listReply, refuseIssues } from './children';
import { assertL7RuleQuota, assertPolicyWritable, newL7Rule, saveL7Policy } from './l7-state';
import { toL7Rule } from './views';

/** Rules have no name: the trace names the rule by its ID. */
const audit = (rule: L7RuleRow): AuditNote => ({ resourceId: rule.id, resourceName: '' });

const policyOf = (ctx: RouteContext, tx: ReadTx) => mustGet(tx, 'l7policies', ctx.params.l7policy_id!, 'l7policy');

const rulesOf = (tx: ReadTx, policy: L7PolicyRow) => tx.all('l7rules').filter((rule) => rule.l7policy_id === policy.id);

/** A rule of another policy is not found under this one. */
function ruleOf(ctx: RouteContext, tx: ReadTx, policy: L7PolicyRow): L7RuleRow {
  const rule = mustGet(tx, 'l7rules', ctx.params.l7rule_id!, 'l7rule');
  if (rule.l7policy_id !== policy.id) throw elbFaults.notFound('l7rule', rule.id);
  return rule;
}

/** The rule as stored with the policy's status, answered as `{ rule }`. */
function reply(status: number, rule: L7RuleRow, policyStatus: L7RuleRow['provisioning_status']): WriteResult {
  const saved = { ...rule, provisioning_status: policyStatus };
  return { status, body: { rule: toL7Rule(saved) }, audit: audit(saved) };
}

function create(ctx: RouteContext, tx: WriteTx) {
  const { rule: body } = parseBody(createL7RuleRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const policy = policyOf(ctx, tx);
  assertPolicyWritable(ctx, tx, policy);
  const existing = rulesOf(tx, policy);
  // adding_a_forwarding_rule.rst: 2 rules at most, one per type. The stored rules are valid, so every
  // issue is the new rule's: its index in the list is dropped from the field name.
  const issues = l7RuleListIssues([...existing, body]).map((issue) => ({
    ...issue,
    path: issue.path.filter((part) => typeof part !== 'number'),
  }));
  refuseIssues(['rule'], issues);
  assertL7RuleQuota(tx, 1);
  const row = newL7Rule(ctx, tx, policy.id, body);
  return reply(201, row, saveL7Policy(tx, policy, [...existing, row]));
}

function update(ctx: RouteContext, tx: WriteTx) {
  const policy = policyOf(ctx, tx);
  const rule = ruleOf(ctx, tx, policy);
  const { rule: body } = parseBody(updateL7RuleRequest, ctx.body);
  assertPolicyWritable(ctx, tx, policy);
  refuseIssues(['rule'], checkL7RuleUpdate(rule, body));
  // invert and key are reserved: accepted, not stored.
  const next: L7RuleRow = {
    ...rule,
    compare_type: body.compare_type ?? rule.compare_type,
    value: body.value ?? rule.value,
    admin_state_up: body.admin_state_up ?? rule.admin_state_up,
  };
  const rules = rulesOf(tx, policy).map((item) => (item.id === next.id ? next : item));
  return reply(200, next, saveL7Policy(tx, policy, rules));
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const policy = policyOf(ctx, tx);
  const rule = ruleOf(ctx, tx, policy);
  assertPolicyWritable(ctx, tx, policy);
  const remaining = rulesOf(tx, policy).filter((item) => item.id !== rule.id);
  // A forwarding policy needs a domain name, a URL or both: its last rule goes with the policy.
  const lastRule = l7PolicyIssues({ ...policy, rules: remaining }).find((issue) => issue.path[0] === 'rules');
  if (lastRule) {
    throw elbFaults.conflict(
      `Rule ${rule.id} is the last rule of forwarding policy ${policy.id}: ${lastRule.message} Delete the policy instead.`,
    );
  }
  tx.delete('l7rules', rule.id);
  saveL7Policy(tx, policy, remaining);
  return { status: 204, audit: audit(rule) };
}

export const l7RuleRoutes: Route[] = [
  {
    method: 'GET',
    path: l7PolicyPaths.rules,
    family: 'elb',
    // Filters apply to the wire fields, reserved ones (invert, key) included.
    handle: (ctx, tx) =>
      listReply(ctx, 'rules', rulesOf(tx, policyOf(ctx, tx)).map(toL7Rule), l7RuleFilterKeys, (rule) => rule),
  },
  // C16: the trace name is spelled as documented.
  {
    method: 'POST',
    path: l7PolicyPaths.rules,
    family: 'elb',
    trace: elbTrace('createl7rule', 'l7rule'),
    handle: create,
  },
  {
    method: 'GET',
    path: l7PolicyPaths.rule,
    family: 'elb',
    handle: (ctx, tx) => ({ status: 200, body: { rule: toL7Rule(ruleOf(ctx, tx, policyOf(ctx, tx))) } }),
  },
  { method: 'PUT', path: l7PolicyPaths.rule, family: 'elb', trace: elbTrace('updateL7rule', 'l7rule'), handle: update },
  {
    method: 'DELETE',
    path: l7PolicyPaths.rule,
    family: 'elb',
    trace: elbTrace('deleteL7rule', 'l7rule'),
    handle: remove,
  },
];
