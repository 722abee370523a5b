/**
 * The reads a guided setup needs beyond the shared query factories: the load balancers to choose
 * from, and the HTTP listener's forwarding policies with their rules (`display_all_rules=true`,
 * for the URLs to verify). Keys sit under the resources' roots, so every ELB write refreshes them.
 */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { rootKeys } from '../../../api/queries/keys';

export const setupQueries = {
  loadBalancers: () =>
    queryOptions({
      queryKey: [...rootKeys.loadBalancers, 'getting-started'],
      queryFn: ({ signal }) =>
        call(loadBalancersApi.list({ sort_key: 'name', sort_dir: 'asc' }), signal).then(
          (response) => response.loadbalancers,
        ),
    }),
  policies: (listenerId: string) =>
    queryOptions({
      queryKey: [...rootKeys.l7policies, 'getting-started', listenerId],
      queryFn: ({ signal }) =>
        call(l7PoliciesApi.list({ listener_id: listenerId, display_all_rules: true }), signal).then(
          (response) => response.l7policies,
        ),
    }),
};
