/**
 * A policy's rules as the list answers them with `display_all_rules=true`: whole rules. Entries without
 * a type or value (a list read without that flag) are left out rather than guessed.
 */
import type { MatchableRule } from '../../../../contract/elb-v2/l7-match';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { L7Rule } from '../../../../contract/elb-v2/l7-rules';

export type PolicyRule = MatchableRule & Pick<L7Rule, 'id'>;

export function policyRules(policy: Pick<L7Policy, 'rules'>): PolicyRule[] {
  return policy.rules.flatMap((rule) =>
    rule.type !== undefined && rule.compare_type !== undefined && rule.value !== undefined
      ? [{ id: rule.id, type: rule.type, compare_type: rule.compare_type, value: rule.value }]
      : [],
  );
}

export const hostRule = (policy: Pick<L7Policy, 'rules'>) => policyRules(policy).find((r) => r.type === 'HOST_NAME');
export const pathRule = (policy: Pick<L7Policy, 'rules'>) => policyRules(policy).find((r) => r.type === 'PATH');

/** The policy with whole rules, as `matchPolicy` and `duplicateL7Policy` take it, still pointing at itself. */
export const matchable = (policy: L7Policy) => ({ ...policy, rules: policyRules(policy), policy });
