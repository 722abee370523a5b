/**
 * Differences between classic and enhanced load balancers (FEATURES §1.4; the guide has no text,
 * Gap 1: derived from the v1.0 and v2.0 API references). The wording of each cell lives in the
 * `classic` namespace under `differences.rows.<id>`; the numbers come from the contract so the help
 * says what the forms enforce. The help page shows every row, the create page's type choice the
 * `keyFact` ones.
 */
import { isClassicOfferedIn } from '../../../../contract/elb-classic/regions';
import { CLASSIC_BANDWIDTH_MAX, CLASSIC_BANDWIDTH_MIN } from '../../../../contract/elb-classic/shared';

export type LoadBalancerType = 'enhanced' | 'classic';
export const loadBalancerTypes = ['enhanced', 'classic'] as const satisfies readonly LoadBalancerType[];

export const differenceIds = [
  'apiStyle',
  'networkType',
  'objectModel',
  'listenerProtocols',
  'backendProtocols',
  'algorithms',
  'stickySession',
  'weights',
  'healthCheck',
  'layer7',
  'layer4',
  'certificates',
  'tags',
  'enableDisable',
  'deletion',
  'metrics',
  'names',
  'regions',
] as const;
export type DifferenceId = (typeof differenceIds)[number];

/** The differences that most often decide the choice; the create page shows these side by side. */
const KEY_FACTS: ReadonlySet<DifferenceId> = new Set([
  'networkType',
  'apiStyle',
  'objectModel',
  'enableDisable',
  'regions',
]);

export interface TypeDifference {
  id: DifferenceId;
  keyFact: boolean;
}

export const typeDifferences: readonly TypeDifference[] = differenceIds.map((id) => ({
  id,
  keyFact: KEY_FACTS.has(id),
}));

/** Values the row texts quote: the contract's own limits. */
export const differenceValues = {
  bandwidthMin: CLASSIC_BANDWIDTH_MIN,
  bandwidthMax: CLASSIC_BANDWIDTH_MAX,
};

/** The `?type=` of the create page: classic only where it is offered; anything else is enhanced. */
export function readCreateType(value: string | null, region: string): LoadBalancerType {
  return value === 'classic' && isClassicOfferedIn(region) ? 'classic' : 'enhanced';
}

/** Where to read about the differences. */
export const DIFFERENCES_HELP_PATH = '/help/classic-vs-enhanced';
