/**
 * ELB v2.0 forwarding rules (api/elb/v2.0/forwarding_rule/*.rst; FEATURES §4.8.1). A rule belongs to a
 * forwarding policy; paths are in `l7PolicyPaths`. Responses: `{ rule: {...} }`, lists `{ rules, rules_links }`.
 */
import { z } from 'zod';
import type { PageLink } from '../common';
import { adminStateUp, CHANGE_SOMETHING, changesSomething, reportIssues, tenantId, type RuleIssue } from './issues';

export const l7RuleTypes = ['HOST_NAME', 'PATH'] as const;
export type L7RuleType = (typeof l7RuleTypes)[number];

export const l7CompareTypes = ['EQUAL_TO', 'STARTS_WITH', 'REGEX'] as const;
export type L7CompareType = (typeof l7CompareTypes)[number];

/** Console labels of the URL matching rule. */
export const l7CompareTypeLabels: Record<L7CompareType, string> = {
  EQUAL_TO: 'Exact match',
  STARTS_WITH: 'Prefix match',
  REGEX: 'Regular expression match',
};

/** Domain names: exact match only; URLs: exact, prefix or regular expression. */
export function compareTypesFor(type: L7RuleType): readonly L7CompareType[] {
  return type === 'HOST_NAME' ? ['EQUAL_TO'] : l7CompareTypes;
}

/** ERROR = another policy of the same listener has the same rule ("Faulty"). */
export type L7ProvisioningStatus = 'ACTIVE' | 'ERROR';

export interface L7Rule {
  id: string;
  tenant_id: string;
  /** Reserved, true. */
  admin_state_up: boolean;
  type: L7RuleType;
  compare_type: L7CompareType;
  /** Reserved, false. */
  invert: boolean;
  /** Reserved, null. */
  key: string | null;
  value: string;
  provisioning_status: L7ProvisioningStatus;
}

export interface L7RuleResponse {
  rule: L7Rule;
}

export interface L7RuleListResponse {
  rules: L7Rule[];
  rules_links?: PageLink[];
}

/** Filters of GET /v2.0/lbaas/l7policies/{id}/rules (querying_forwarding_rules.rst). */
export const l7RuleFilterKeys = [
  'id',
  'tenant_id',
  'admin_state_up',
  'type',
  'compare_type',
  'invert',
  'key',
  'value',
  'provisioning_status',
] as const;
export type L7RuleFilterKey = (typeof l7RuleFilterKeys)[number];

export const MAX_RULES_PER_POLICY = 2;
export const HOST_RULE_MAX = 100;
export const PATH_RULE_MAX = 128;

const HOST_CHARS = /^[A-Za-z0-9.-]*$/;
// Exact and prefix URLs: letters, digits and _~';@^-%#&$.*+?,=!:|\/()[]{} (adding_a_forwarding_policy.rst).
const PATH_CHARS = /^[A-Za-z0-9_~';@^\-%#&$.*+?,=!:|\\/()[\]{}]*$/;

export interface L7RuleSettings {
  type: L7RuleType;
  compare_type: L7CompareType;
  value: string;
}

/** The documented rules for a rule's compare type and value; paths relative to the rule object. */
export function l7RuleIssues(rule: L7RuleSettings): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const value = (message: string) => issues.push({ path: ['value'], message });
  if (!compareTypesFor(rule.type).includes(rule.compare_type)) {
    issues.push({ path: ['compare_type'], message: 'A domain name rule supports only exact match (EQUAL_TO).' });
  }
  if (rule.type === 'HOST_NAME') {
    if (rule.value === '') value('Enter a domain name.');
    else if (/\s/.test(rule.value)) value('The domain name cannot contain spaces.');
    else if (rule.value.length > HOST_RULE_MAX) value('The domain name can contain at most 100 characters.');
    else if (!HOST_CHARS.test(rule.value)) {
      value('The domain name can contain only letters, digits, hyphens (-) and periods (.).');
    } else if (!/^[A-Za-z0-9]/.test(rule.value)) value('The domain name must start with a letter or digit.');
    return issues;
  }
  if (rule.value === '') value('Enter a URL.');
  else if (/\s/.test(rule.value)) value('The URL cannot contain spaces.');
  else if (rule.value.length > PATH_RULE_MAX) value('The URL can contain at most 128 characters.');
  else if (rule.compare_type !== 'REGEX') {
    if (!rule.value.startsWith('/')) value('An exact or prefix match URL must start with a slash (/).');
    else if (!PATH_CHARS.test(rule.value)) {
      value(
        "The URL can contain only letters, digits and the characters _ ~ ' ; @ ^ - % # & $ . * + ? , = ! : | \\ / ( ) [ ] { }.",
      );
    }
  }
  return issues;
}

/** A policy's rule list: at most two rules, one of each type; each rule valid. Paths `[index, field]`. */
export function l7RuleListIssues(rules: readonly L7RuleSettings[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (rules.length > MAX_RULES_PER_POLICY) {
    issues.push({ path: [], message: 'A forwarding policy can have at most 2 rules.' });
  }
  rules.forEach((rule, index) => {
    if (rules.findIndex((other) => other.type === rule.type) !== index) {
      issues.push({
        path: [index, 'type'],
        message: 'A forwarding policy can have only one domain name rule and one URL rule.',
      });
    }
    for (const issue of l7RuleIssues(rule)) issues.push({ path: [index, ...issue.path], message: issue.message });
  });
  return issues;
}

export const l7RuleFields = {
  type: z.enum(l7RuleTypes, 'The rule type can only be HOST_NAME or PATH.'),
  compare_type: z.enum(l7CompareTypes, 'The match mode can only be EQUAL_TO, STARTS_WITH or REGEX.'),
  /** Length and characters depend on the type: checked by `l7RuleIssues`. */
  value: z.string('The rule value must be text.'),
  /** Reserved. */
  invert: z.boolean('invert must be true or false.'),
  /** Reserved. */
  key: z.string().max(255, 'The rule key can contain at most 255 characters.'),
};

const ruleShape = {
  admin_state_up: adminStateUp.optional(),
  type: l7RuleFields.type,
  compare_type: l7RuleFields.compare_type,
  invert: l7RuleFields.invert.optional(),
  key: l7RuleFields.key.nullable().optional(),
  value: l7RuleFields.value,
};

/** A rule inside a policy body (`l7policy.rules[]`). */
export const l7RuleInput = z.object(ruleShape).superRefine((rule, ctx) => reportIssues(ctx, l7RuleIssues(rule)));

/**
 * POST /v2.0/lbaas/l7policies/{id}/rules (adding_a_forwarding_rule.rst). Uniqueness of the type within
 * the policy needs the stored rules: the service runs `l7RuleListIssues([...existing, rule])`.
 */
export const createL7RuleRequest = z.object({
  rule: z
    .object({ tenant_id: tenantId.optional(), ...ruleShape })
    .superRefine((rule, ctx) => reportIssues(ctx, l7RuleIssues(rule))),
});
export type CreateL7RuleRequest = z.infer<typeof createL7RuleRequest>;

/** PUT /v2.0/lbaas/l7policies/{id}/rules/{rule_id} (updating_a_forwarding_rule.rst): the type is fixed. */
export const updateL7RuleRequest = z.object({
  rule: z
    .object({
      compare_type: l7RuleFields.compare_type.optional(),
      admin_state_up: adminStateUp.optional(),
      invert: l7RuleFields.invert.optional(),
      key: l7RuleFields.key.nullable().optional(),
      value: l7RuleFields.value.optional(),
      type: z.never('The type of a forwarding rule cannot be changed.').optional(),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdateL7RuleRequest = z.infer<typeof updateL7RuleRequest>;

/** The rule's issues after merging a PUT body into the stored rule. */
export function checkL7RuleUpdate(current: L7RuleSettings, body: UpdateL7RuleRequest['rule']): RuleIssue[] {
  return l7RuleIssues({
    type: current.type,
    compare_type: body.compare_type ?? current.compare_type,
    value: body.value ?? current.value,
  });
}
