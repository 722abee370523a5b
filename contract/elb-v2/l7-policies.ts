/**
 * ELB v2.0 forwarding policies and HTTP→HTTPS redirects (api/elb/v2.0/forwarding_policy/*.rst;
 * FEATURES §4.8.1, §4.8.3). Responses: `{ l7policy: {...} }`, lists `{ l7policies, l7policies_links }`.
 * Rule schemas are in l7-rules.ts, request matching in l7-match.ts.
 */
import { z } from 'zod';
import { description255, name255, type PageLink } from '../common';
import {
  adminStateUp,
  CHANGE_SOMETHING,
  changesSomething,
  hasText,
  reportIssues,
  resourceRef,
  tenantId,
  type RuleIssue,
} from './issues';
import type { IdRef } from './load-balancers';
import type { ListenerProtocol } from './listeners';
import { l7RuleInput, l7RuleListIssues, type L7ProvisioningStatus, type L7Rule, type L7RuleSettings } from './l7-rules';

export { l7PolicyPaths } from './paths';

export const l7PolicyActions = ['REDIRECT_TO_POOL', 'REDIRECT_TO_LISTENER'] as const;
export type L7PolicyAction = (typeof l7PolicyActions)[number];

/** `rules` holds IDs only, or whole rules with `display_all_rules=true`. */
export type L7PolicyRuleEntry = IdRef & Partial<Omit<L7Rule, 'id'>>;

export interface L7Policy {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  /** Reserved, true. */
  admin_state_up: boolean;
  listener_id: string;
  action: L7PolicyAction;
  redirect_pool_id: string | null;
  redirect_listener_id: string | null;
  /** Reserved. */
  redirect_url: string | null;
  /** Reserved, 1–100, default 100. */
  position: number;
  provisioning_status: L7ProvisioningStatus;
  rules: L7PolicyRuleEntry[];
}

export interface L7PolicyResponse {
  l7policy: L7Policy;
}

export interface L7PolicyListResponse {
  l7policies: L7Policy[];
  l7policies_links?: PageLink[];
}

/** Filters of GET /v2.0/lbaas/l7policies (querying_forwarding_policies.rst); `display_all_rules` expands rules. */
export const l7PolicyFilterKeys = [
  'id',
  'tenant_id',
  'name',
  'admin_state_up',
  'description',
  'listener_id',
  'action',
  'redirect_pool_id',
  'redirect_listener_id',
  'redirect_url',
  'position',
  'provisioning_status',
  'display_all_rules',
] as const;
export type L7PolicyFilterKey = (typeof l7PolicyFilterKeys)[number];

export const DEFAULT_L7_POLICY_POSITION = 100;

export const l7PolicyFields = {
  name: name255,
  description: description255,
  action: z.enum(l7PolicyActions, 'The action can only be REDIRECT_TO_POOL or REDIRECT_TO_LISTENER.'),
  redirect_pool_id: resourceRef('Select a backend server group.'),
  redirect_listener_id: resourceRef('Select the HTTPS listener to redirect to.'),
  redirect_url: z.string().max(255, 'The redirect URL can contain at most 255 characters.'),
  position: z
    .number('The position must be a whole number from 1 to 100.')
    .int('The position must be a whole number from 1 to 100.')
    .min(1, 'The position must be a whole number from 1 to 100.')
    .max(100, 'The position must be a whole number from 1 to 100.'),
  rules: z.array(l7RuleInput),
};

export interface L7PolicySettings {
  action: L7PolicyAction;
  redirect_pool_id?: string | null;
  redirect_listener_id?: string | null;
  rules?: readonly L7RuleSettings[];
}

/**
 * Target and rule rules of a policy: REDIRECT_TO_POOL needs `redirect_pool_id` and at least one rule
 * (a domain name, a URL, or both) and no `redirect_listener_id`; REDIRECT_TO_LISTENER needs
 * `redirect_listener_id` and no `redirect_pool_id`; at most 2 rules, one per type.
 */
export function l7PolicyIssues(policy: L7PolicySettings): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const rules = policy.rules ?? [];
  if (policy.action === 'REDIRECT_TO_POOL') {
    if (!hasText(policy.redirect_pool_id)) {
      issues.push({ path: ['redirect_pool_id'], message: 'Select the backend server group to forward to.' });
    }
    if (hasText(policy.redirect_listener_id)) {
      issues.push({
        path: ['redirect_listener_id'],
        message: 'A policy that forwards to a backend server group cannot also redirect to a listener.',
      });
    }
    if (rules.length === 0) {
      issues.push({ path: ['rules'], message: 'Specify a domain name, a URL, or both.' });
    }
  } else {
    if (!hasText(policy.redirect_listener_id)) {
      issues.push({ path: ['redirect_listener_id'], message: 'Select the HTTPS listener to redirect to.' });
    }
    if (hasText(policy.redirect_pool_id)) {
      issues.push({
        path: ['redirect_pool_id'],
        message: 'A redirect to a listener cannot also forward to a backend server group.',
      });
    }
  }
  for (const issue of l7RuleListIssues(rules)) issues.push({ path: ['rules', ...issue.path], message: issue.message });
  return issues;
}

export interface L7ListenerSide {
  protocol: ListenerProtocol;
  loadbalancers: readonly IdRef[];
}

/**
 * Which listeners a policy can join: forwarding only on HTTP/HTTPS listeners; redirects only from an
 * HTTP listener to an HTTPS listener of the same load balancer (adding_a_forwarding_policy.rst, Constraints).
 */
export function l7PolicyListenerIssues(
  action: L7PolicyAction,
  listener: L7ListenerSide,
  redirectTo?: L7ListenerSide,
): RuleIssue[] {
  if (action === 'REDIRECT_TO_POOL') {
    return listener.protocol === 'HTTP' || listener.protocol === 'TERMINATED_HTTPS'
      ? []
      : [{ path: ['listener_id'], message: 'Forwarding policies can be added only to HTTP and HTTPS listeners.' }];
  }
  const issues: RuleIssue[] = [];
  if (listener.protocol !== 'HTTP') {
    issues.push({ path: ['listener_id'], message: 'Only HTTP listeners can be redirected.' });
  }
  if (redirectTo !== undefined) {
    if (redirectTo.protocol !== 'TERMINATED_HTTPS') {
      issues.push({ path: ['redirect_listener_id'], message: 'Requests can be redirected only to an HTTPS listener.' });
    }
    const sameLb = redirectTo.loadbalancers.some((lb) => listener.loadbalancers.some((own) => own.id === lb.id));
    if (!sameLb) {
      issues.push({
        path: ['redirect_listener_id'],
        message: 'The HTTPS listener must belong to the same load balancer as the HTTP listener.',
      });
    }
  }
  return issues;
}

/** POST /v2.0/lbaas/l7policies (adding_a_forwarding_policy.rst). */
export const createL7PolicyRequest = z.object({
  l7policy: z
    .object({
      tenant_id: tenantId.optional(),
      name: l7PolicyFields.name.optional(),
      description: l7PolicyFields.description.optional(),
      admin_state_up: adminStateUp.optional(),
      listener_id: resourceRef('Select a listener.'),
      action: l7PolicyFields.action,
      redirect_pool_id: l7PolicyFields.redirect_pool_id.nullable().optional(),
      redirect_listener_id: l7PolicyFields.redirect_listener_id.nullable().optional(),
      redirect_url: l7PolicyFields.redirect_url.nullable().optional(),
      position: l7PolicyFields.position.optional(),
      rules: l7PolicyFields.rules.optional(),
    })
    .superRefine((policy, ctx) => reportIssues(ctx, l7PolicyIssues(policy))),
});
export type CreateL7PolicyRequest = z.infer<typeof createL7PolicyRequest>;

/**
 * PUT /v2.0/lbaas/l7policies/{id} (updating_a_forwarding_policy.rst): name, description and the target.
 * `redirect_pool_id: null` detaches a group before it is deleted. Action-dependent rules: `checkL7PolicyUpdate`.
 */
export const updateL7PolicyRequest = z.object({
  l7policy: z
    .object({
      name: l7PolicyFields.name.optional(),
      description: l7PolicyFields.description.optional(),
      redirect_pool_id: l7PolicyFields.redirect_pool_id.nullable().optional(),
      redirect_listener_id: l7PolicyFields.redirect_listener_id.nullable().optional(),
      admin_state_up: adminStateUp.optional(),
      action: z.never('The action of a forwarding policy cannot be changed.').optional(),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdateL7PolicyRequest = z.infer<typeof updateL7PolicyRequest>;

/**
 * Target rules after merging a PUT body. A forwarding policy may lose its group (`null`, documented for
 * deleting the group), so only setting the wrong kind of target is refused here.
 */
export function checkL7PolicyUpdate(
  current: Pick<L7PolicySettings, 'action'>,
  body: UpdateL7PolicyRequest['l7policy'],
): RuleIssue[] {
  if (current.action === 'REDIRECT_TO_POOL' && hasText(body.redirect_listener_id)) {
    return [
      {
        path: ['redirect_listener_id'],
        message: 'A policy that forwards to a backend server group cannot also redirect to a listener.',
      },
    ];
  }
  if (current.action === 'REDIRECT_TO_LISTENER') {
    if (hasText(body.redirect_pool_id)) {
      return [
        {
          path: ['redirect_pool_id'],
          message: 'A redirect to a listener cannot also forward to a backend server group.',
        },
      ];
    }
    if (body.redirect_listener_id === null) {
      return [{ path: ['redirect_listener_id'], message: 'Select the HTTPS listener to redirect to.' }];
    }
  }
  return [];
}
