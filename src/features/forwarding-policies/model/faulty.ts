/**
 * Why a policy is Faulty (FEATURES §0.3, §4.8.1): another policy of the same listener has the same rules.
 * It stays Faulty even once that policy is gone; the user deletes it and adds it again.
 */
import { duplicateL7Policy } from '../../../../contract/elb-v2/l7-match';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { matchable } from './policy-rules';

export const isFaulty = (policy: Pick<L7Policy, 'provisioning_status'>) => policy.provisioning_status === 'ERROR';

/** The policy of the same listener whose rules this one repeats, preferring one in service; or undefined. */
export function duplicateOf(policy: L7Policy, policies: readonly L7Policy[]): L7Policy | undefined {
  const others = policies.filter((other) => other.id !== policy.id).map(matchable);
  const inService = others.filter((other) => !isFaulty(other));
  const candidate = matchable(policy);
  return (duplicateL7Policy(inService, candidate) ?? duplicateL7Policy(others, candidate))?.policy;
}
