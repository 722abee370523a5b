/** Which forwarding policies send traffic to which group; no listener means no policy, not a wait. */
import { useQuery } from '@tanstack/react-query';
import { policyQueries } from '../../../api/queries/policies';

export function usePolicies(listenerIds: readonly string[]) {
  const query = useQuery(policyQueries.byListeners(listenerIds));
  return { policies: listenerIds.length === 0 ? [] : query.data, error: query.error };
}
