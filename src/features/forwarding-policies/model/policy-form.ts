/**
 * The Add/Modify Forwarding Policy form (FEATURES §4.8.1): values, the schema that applies the
 * contract's policy and rule checks to the form's fields, and the request body of a new policy.
 * The optional new backend server group has its own forms (components/elb/pool-form, health-check-form).
 */
import { z } from 'zod';
import {
  l7PolicyFields,
  l7PolicyIssues,
  type CreateL7PolicyRequest,
  type L7Policy,
} from '../../../../contract/elb-v2/l7-policies';
import { l7RuleFields, type L7RuleSettings } from '../../../../contract/elb-v2/l7-rules';
import { hostRule, pathRule } from './policy-rules';

export type GroupTarget = 'existing' | 'new';

export interface PolicyFormValues {
  name: string;
  description: string;
  /** Empty: no domain name rule. */
  domain: string;
  compare_type: L7RuleSettings['compare_type'];
  /** Empty: no URL rule. */
  url: string;
  target: GroupTarget;
  pool_id: string;
}

export function defaultPolicyForm(name: string, target: GroupTarget): PolicyFormValues {
  return { name, description: '', domain: '', compare_type: 'EQUAL_TO', url: '', target, pool_id: '' };
}

export function policyToForm(policy: L7Policy): PolicyFormValues {
  const path = pathRule(policy);
  return {
    name: policy.name,
    description: policy.description,
    domain: hostRule(policy)?.value ?? '',
    compare_type: path?.compare_type ?? 'EQUAL_TO',
    url: path?.value ?? '',
    target: 'existing',
    pool_id: policy.redirect_pool_id ?? '',
  };
}

/** The rules the form stands for: a domain name rule (exact match only) and a URL rule, each when filled in. */
export function formRules(values: Pick<PolicyFormValues, 'domain' | 'compare_type' | 'url'>): L7RuleSettings[] {
  return [
    ...(values.domain === ''
      ? []
      : [{ type: 'HOST_NAME' as const, compare_type: 'EQUAL_TO' as const, value: values.domain }]),
    ...(values.url === '' ? [] : [{ type: 'PATH' as const, compare_type: values.compare_type, value: values.url }]),
  ];
}

type RuleField = 'domain' | 'url' | 'compare_type';

/** Where a contract issue shows in the form: `rules[i].value` under that rule's field, "no rule" under both. */
function fieldsOf(path: readonly PropertyKey[], rules: readonly L7RuleSettings[]): (RuleField | 'pool_id')[] {
  if (path[0] === 'redirect_pool_id') return ['pool_id'];
  if (path[0] !== 'rules') return [];
  const rule = typeof path[1] === 'number' ? rules[path[1]] : undefined;
  if (rule === undefined) return ['domain', 'url'];
  if (rule.type === 'HOST_NAME') return ['domain'];
  return path[2] === 'compare_type' ? ['compare_type'] : ['url'];
}

/** A stand-in for the group a run creates before the policy, so "select a group" does not fire. */
const NEW_GROUP = 'new-group';

export const policyFormSchema = z
  .object({
    name: l7PolicyFields.name,
    description: l7PolicyFields.description,
    domain: z.string(),
    compare_type: l7RuleFields.compare_type,
    url: z.string(),
    target: z.enum(['existing', 'new']),
    pool_id: z.string(),
  })
  .superRefine((values, ctx) => {
    const rules = formRules(values);
    const issues = l7PolicyIssues({
      action: 'REDIRECT_TO_POOL',
      redirect_pool_id: values.target === 'new' ? NEW_GROUP : values.pool_id,
      rules,
    });
    for (const issue of issues) {
      for (const field of fieldsOf(issue.path, rules))
        ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
    }
  });

export function toCreatePolicyRequest(
  values: PolicyFormValues,
  listenerId: string,
  poolId: string,
): CreateL7PolicyRequest {
  return {
    l7policy: {
      listener_id: listenerId,
      action: 'REDIRECT_TO_POOL',
      redirect_pool_id: poolId,
      name: values.name.trim(),
      ...(values.description ? { description: values.description } : {}),
      rules: formRules(values),
    },
  };
}
