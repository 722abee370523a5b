/**
 * "Which policy takes this request?": the answer `matchPolicy` gives (the same function the service
 * routes with), plus the Faulty policies that would have matched, since they explain a surprise.
 */
import { l7RuleMatches, matchPolicy, type L7Request } from '../../../../contract/elb-v2/l7-match';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { matchable as toMatchable } from './policy-rules';

export type TesterAnswer =
  { kind: 'redirect'; policy: L7Policy } | { kind: 'policy'; policy: L7Policy } | { kind: 'default' };

export interface TesterResult {
  answer: TesterAnswer;
  /** Faulty policies whose rules all match: they would take the request but are out of service. */
  faultyMatches: L7Policy[];
}

/** A path typed without its leading slash is read as if it had one; an empty path is `/`. */
export function testerRequest(host: string, path: string): L7Request {
  const trimmed = path.trim();
  return {
    host: host.trim() === '' ? undefined : host.trim(),
    path: trimmed.startsWith('/') ? trimmed : `/${trimmed}`,
  };
}

export function testRequest(policies: readonly L7Policy[], request: L7Request): TesterResult {
  const matchable = policies.map(toMatchable);
  const match = matchPolicy(matchable, request);
  const faultyMatches = matchable
    .filter(
      (candidate) =>
        candidate.provisioning_status === 'ERROR' &&
        candidate.rules.length > 0 &&
        candidate.rules.every((rule) => l7RuleMatches(rule, request)),
    )
    .map((candidate) => candidate.policy);
  if (match === undefined) return { answer: { kind: 'default' }, faultyMatches };
  return {
    answer: { kind: match.action === 'REDIRECT_TO_LISTENER' ? 'redirect' : 'policy', policy: match.policy },
    faultyMatches,
  };
}
