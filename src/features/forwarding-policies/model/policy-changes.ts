/**
 * What Modify Forwarding Policy sends (FEATURES §4.8.1): `PUT /l7policies/{id}` with the name,
 * description and group that changed, then one call per rule that changed: POST a new rule, PUT a
 * changed one (its type is fixed), DELETE a cleared one. Deletions go last, so the policy always keeps
 * a rule (the service refuses to delete the last one).
 */
import type { L7Policy, UpdateL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import type { CreateL7RuleRequest, L7RuleType, UpdateL7RuleRequest } from '../../../../contract/elb-v2/l7-rules';
import { formRules, type PolicyFormValues } from './policy-form';
import { policyRules } from './policy-rules';

export type RuleChange =
  | { kind: 'add'; type: L7RuleType; body: CreateL7RuleRequest }
  | { kind: 'update'; type: L7RuleType; ruleId: string; body: UpdateL7RuleRequest }
  | { kind: 'remove'; type: L7RuleType; ruleId: string };

export interface PolicyChanges {
  /** undefined: name, description and group are unchanged. */
  policy?: UpdateL7PolicyRequest;
  rules: RuleChange[];
}

export function policyChanges(policy: L7Policy, values: PolicyFormValues, poolId: string): PolicyChanges {
  const fields: UpdateL7PolicyRequest['l7policy'] = {
    ...(values.name.trim() === policy.name ? {} : { name: values.name.trim() }),
    ...(values.description === policy.description ? {} : { description: values.description }),
    ...(poolId === policy.redirect_pool_id ? {} : { redirect_pool_id: poolId }),
  };
  const current = policyRules(policy);
  const wanted = formRules(values);
  const writes: RuleChange[] = [];
  const removals: RuleChange[] = [];
  for (const type of ['HOST_NAME', 'PATH'] as const) {
    const before = current.find((rule) => rule.type === type);
    const after = wanted.find((rule) => rule.type === type);
    if (before && !after) removals.push({ kind: 'remove', type, ruleId: before.id });
    else if (!before && after) writes.push({ kind: 'add', type, body: { rule: after } });
    else if (before && after && (before.value !== after.value || before.compare_type !== after.compare_type)) {
      const rule = { compare_type: after.compare_type, value: after.value };
      writes.push({ kind: 'update', type, ruleId: before.id, body: { rule } });
    }
  }
  return {
    ...(Object.keys(fields).length > 0 ? { policy: { l7policy: fields } } : {}),
    rules: [...writes, ...removals],
  };
}
