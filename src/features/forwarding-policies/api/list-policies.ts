/**
 * A listener's policies: `GET /v2.0/lbaas/l7policies?listener_id=…&display_all_rules=true` (every action,
 * whole rules: the Forwarding Policies tab and its tester) and its redirects
 * (`?listener_id=…&action=REDIRECT_TO_LISTENER`, the Redirects tab). FEATURES §4.8.1, §4.8.3.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { rootKeys } from '../../../api/queries/keys';

export const listenerPolicyKeys = {
  all: rootKeys.l7policies,
  withRules: (listenerId: string) => [...listenerPolicyKeys.all, 'with-rules', listenerId] as const,
  redirects: (listenerId: string) => [...listenerPolicyKeys.all, 'redirects', listenerId] as const,
};

export const listenerPolicyQueries = {
  withRules: (listenerId: string) =>
    queryOptions({
      queryKey: listenerPolicyKeys.withRules(listenerId),
      queryFn: ({ signal }) =>
        call(l7PoliciesApi.list({ listener_id: listenerId, display_all_rules: true }), signal).then(
          (response) => response.l7policies,
        ),
    }),
  redirects: (listenerId: string) =>
    queryOptions({
      queryKey: listenerPolicyKeys.redirects(listenerId),
      queryFn: ({ signal }) =>
        call(l7PoliciesApi.list({ listener_id: listenerId, action: 'REDIRECT_TO_LISTENER' }), signal).then(
          (response) => response.l7policies,
        ),
    }),
};

export const useListenerPolicies = (listenerId: string) => useQuery(listenerPolicyQueries.withRules(listenerId));

export const useRedirects = (listenerId: string) => useQuery(listenerPolicyQueries.redirects(listenerId));
