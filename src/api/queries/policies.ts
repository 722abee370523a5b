/** Forwarding policies of a set of listeners: which policy sends traffic to which group. */
import { queryOptions } from '@tanstack/react-query';
import { call } from '../api-call';
import { l7PoliciesApi } from '../clients/elb-children';
import { rootKeys } from './keys';

export const policyKeys = {
  all: rootKeys.l7policies,
  byListeners: (listenerIds: readonly string[]) => [...policyKeys.all, 'by-listener', ...listenerIds] as const,
};

export const policyQueries = {
  /** One request for all the listeners (GET /v2.0/lbaas/l7policies?listener_id=…&listener_id=…). */
  byListeners: (listenerIds: readonly string[]) =>
    queryOptions({
      queryKey: policyKeys.byListeners(listenerIds),
      queryFn: ({ signal }) =>
        call(l7PoliciesApi.list({ listener_id: listenerIds }), signal).then((response) => response.l7policies),
      enabled: listenerIds.length > 0,
    }),
};
