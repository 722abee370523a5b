/**
 * `?returnTo=` on a create screen: a page of the console to go back to once the resource exists
 * (the guided setups send the user to the real screens and expect them back), with the new
 * resource's ID added. Only paths of this console are followed, never another site.
 */
export const RETURN_TO_PARAM = 'returnTo';

const BASE = 'http://console.invalid';

/** `path` with `returnTo` set to the page the user should come back to. */
export function withReturnTo(path: string, returnTo: string): string {
  const url = new URL(path, BASE);
  url.searchParams.set(RETURN_TO_PARAM, returnTo);
  return `${url.pathname}${url.search}`;
}

/** Where to go after a create: `returnTo` with `added` in its search params, or undefined when unsafe or absent. */
export function returnDestination(returnTo: string | null, added: Record<string, string>): string | undefined {
  if (!returnTo?.startsWith('/')) return undefined;
  const url = new URL(returnTo, BASE);
  // `//host/…` and `/\host/…` are other sites to a browser.
  if (url.origin !== BASE) return undefined;
  // A normalised path can still start with `//` (`/.//host`): refuse it rather than rely on the router.
  if (url.pathname.startsWith('//')) return undefined;
  Object.entries(added).forEach(([key, value]) => url.searchParams.set(key, value));
  return `${url.pathname}${url.search}${url.hash}`;
}
