/**
 * The order in which a listener checks its policies (FEATURES §4.8.1: exact URL > prefix URL, longest
 * first > regular expression, in list order). The ranking is written once, in `matchPolicy`
 * (contract/elb-v2/l7-match.ts), which the cloud's data plane uses too. Rather than restate it here, each
 * policy is given a stand-in that matches one probe request while keeping its kind of rule (and a
 * prefix's length); asking `matchPolicy` again and again which stand-in takes the probe yields the order.
 */
import {
  matchPolicy,
  type L7Request,
  type MatchablePolicy,
  type MatchableRule,
} from '../../../../contract/elb-v2/l7-match';

const PROBE_HOST = 'probe.invalid';

/** A value of the same kind that the probe request matches. */
function probeValue(rule: MatchableRule, probe: L7Request): string {
  if (rule.type === 'HOST_NAME') return PROBE_HOST;
  if (rule.compare_type === 'STARTS_WITH') return probe.path.slice(0, rule.value.length);
  if (rule.compare_type === 'EQUAL_TO') return probe.path;
  return '.*';
}

/**
 * The policies that take requests, in the order they are checked (first = checked first). Policies
 * `matchPolicy` skips (Faulty, disabled, or without rules) are left out: they take no request.
 */
export function evaluationOrder<P extends MatchablePolicy>(policies: readonly P[]): P[] {
  const longestPrefix = Math.max(
    1,
    ...policies.flatMap((policy) =>
      policy.rules.filter((rule) => rule.compare_type === 'STARTS_WITH').map((rule) => rule.value.length),
    ),
  );
  const probe: L7Request = { host: PROBE_HOST, path: '/'.padEnd(longestPrefix, 'x') };
  let remaining = policies.map((policy) => ({
    ...policy,
    rules: policy.rules.map((rule) => ({ ...rule, value: probeValue(rule, probe) })),
    original: policy,
  }));
  const order: P[] = [];
  for (let next = matchPolicy(remaining, probe); next !== undefined; next = matchPolicy(remaining, probe)) {
    order.push(next.original);
    const taken = next;
    remaining = remaining.filter((standIn) => standIn !== taken);
  }
  return order;
}
