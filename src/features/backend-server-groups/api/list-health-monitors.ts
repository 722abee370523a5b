/** The health checks of a load balancer's groups; none to ask for means an empty list, not a wait. */
import { useQuery } from '@tanstack/react-query';
import { poolQueries } from '../../../api/queries/pools';

export function useHealthMonitors(ids: readonly string[]) {
  const query = useQuery(poolQueries.healthMonitors(ids));
  return { monitors: ids.length === 0 ? [] : query.data, error: query.error };
}
