/**
 * Which forwarding policy takes a request (guide/advanced_features_of_http_https_listeners/forwarding_policy.rst;
 * FEATURES §4.8.1). The console's "which policy takes this request" tester and the service's data plane
 * both call `matchPolicy`, so they cannot disagree.
 */
import type { L7PolicyAction } from './l7-policies';
import type { L7CompareType, L7ProvisioningStatus, L7RuleType } from './l7-rules';

export interface MatchableRule {
  type: L7RuleType;
  compare_type: L7CompareType;
  value: string;
}

export interface MatchablePolicy {
  action?: L7PolicyAction;
  admin_state_up?: boolean;
  provisioning_status?: L7ProvisioningStatus;
  rules: readonly MatchableRule[];
}

export interface L7Request {
  /** Host header; a `:port` suffix is ignored and the comparison is case-insensitive. */
  host?: string;
  /** Request path; a `?query` suffix is ignored. */
  path: string;
}

const normaliseHost = (host: string): string => host.trim().replace(/:\d+$/, '').toLowerCase();

function regexMatches(pattern: string, path: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`).test(path);
  } catch {
    return false; // A pattern JavaScript cannot compile matches nothing.
  }
}

/** Does one rule match? HOST_NAME is exact; PATH is exact, prefix, or a regular expression over the whole path. */
export function l7RuleMatches(rule: MatchableRule, request: L7Request): boolean {
  if (rule.type === 'HOST_NAME') {
    return request.host !== undefined && normaliseHost(request.host) === rule.value.toLowerCase();
  }
  const path = request.path.split('?')[0] ?? '';
  if (rule.compare_type === 'EQUAL_TO') return path === rule.value;
  if (rule.compare_type === 'STARTS_WITH') return path.startsWith(rule.value);
  return regexMatches(rule.value, path);
}

/** A usable policy: not Faulty (ERROR) and not administratively down. */
const inService = (policy: MatchablePolicy): boolean =>
  policy.provisioning_status !== 'ERROR' && policy.admin_state_up !== false;

/** Rank of a matching policy: [host rule?, path class (exact 3, prefix 2, regex 1, none 0), prefix length]. */
function rank(policy: MatchablePolicy): [number, number, number] {
  const host = policy.rules.some((rule) => rule.type === 'HOST_NAME') ? 1 : 0;
  const path = policy.rules.find((rule) => rule.type === 'PATH');
  if (path === undefined) return [host, 0, 0];
  if (path.compare_type === 'EQUAL_TO') return [host, 3, 0];
  if (path.compare_type === 'STARTS_WITH') return [host, 2, path.value.length];
  return [host, 1, 0];
}

function compareRank(a: [number, number, number], b: [number, number, number]): number {
  return b[0] - a[0] || b[1] - a[1] || b[2] - a[2];
}

/**
 * The policies that take requests, in the order a listener checks them (first = checked first).
 * - Faulty (ERROR) and disabled policies are left out, and so is a forwarding policy without rules.
 * - An HTTP→HTTPS redirect (REDIRECT_TO_LISTENER) comes first; without rules it takes every request: once
 *   redirected, the HTTP listener's other settings are ignored (guide, HTTP redirection page).
 * - Priority (guide): exact URL > prefix URL (longest prefix wins: `/elbvipplus` → `/elbvip` over `/elb`) >
 *   regular expression (first in order). Not documented, decided here: a policy with a domain-name rule
 *   outranks policies without one (the domain narrows first), and a domain-only policy ranks below any
 *   URL match for that domain. Ties keep the input order (the policies' order on the listener).
 */
export function evaluationOrder<P extends MatchablePolicy>(policies: readonly P[]): P[] {
  const usable = policies.filter(inService);
  const redirects = usable.filter((policy) => policy.action === 'REDIRECT_TO_LISTENER');
  const forwards = usable.filter((policy) => policy.action !== 'REDIRECT_TO_LISTENER' && policy.rules.length > 0);
  // Array.prototype.sort is stable, so ties keep the listener's order.
  return [...redirects, ...forwards.sort((a, b) => compareRank(rank(a), rank(b)))];
}

/** The policy that takes a request (all its rules match), or undefined (→ the listener's default group). */
export function matchPolicy<P extends MatchablePolicy>(policies: readonly P[], request: L7Request): P | undefined {
  return evaluationOrder(policies).find((policy) => policy.rules.every((rule) => l7RuleMatches(rule, request)));
}

const ruleKey = (rule: MatchableRule): string =>
  `${rule.type}|${rule.compare_type}|${rule.type === 'HOST_NAME' ? rule.value.toLowerCase() : rule.value}`;

/**
 * An existing policy of the same listener with exactly the same rules, or undefined. The service marks a
 * new policy that duplicates another as Faulty (provisioning_status ERROR), as the guide describes.
 */
export function duplicateL7Policy<P extends MatchablePolicy>(
  existing: readonly P[],
  candidate: MatchablePolicy,
): P | undefined {
  if (candidate.rules.length === 0) return undefined;
  const keys = candidate.rules.map(ruleKey).sort().join('\n');
  return existing.find((policy) => policy.rules.length > 0 && policy.rules.map(ruleKey).sort().join('\n') === keys);
}
