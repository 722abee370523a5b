import type { QueryClient } from '@tanstack/react-query';
import { elbTreeRoots } from './keys';

/** Refreshes everything a write under a load balancer may have changed, and waits for it. */
export function invalidateElbTree(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(elbTreeRoots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
