/**
 * Where classic load balancers are offered, apart from the schemas so that the load balancer list
 * can ask without loading the validation library.
 */

/** Classic load balancers are not offered in eu-nl (FEATURES §0.2 "Region availability"). */
const REGIONS_WITHOUT_CLASSIC: ReadonlySet<string> = new Set(['eu-nl']);
export const isClassicOfferedIn = (region: string): boolean => !REGIONS_WITHOUT_CLASSIC.has(region);
