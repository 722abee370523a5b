import type { QueryClient } from '@tanstack/react-query';
import { classicTreeRoots, elbTreeRoots, rootKeys } from './keys';

/** Refreshes everything a write under a load balancer may have changed, and waits for it. */
export function invalidateElbTree(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(elbTreeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** Refreshes the certificate views and the audit traces a certificate write has added. */
export function invalidateCertificates(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [rootKeys.certificates, rootKeys.traces].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

/** Refreshes every view a classic write (or a classic job that ended) may have changed. */
export function invalidateClassic(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(classicTreeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
