/**
 * Create Redirect (`POST /v2.0/lbaas/l7policies`, action REDIRECT_TO_LISTENER) and Modify Redirect
 * (`PUT /v2.0/lbaas/l7policies/{id}`: name, description, target). FEATURES §4.8.3.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { l7PoliciesApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { toCreateRedirectRequest, toUpdateRedirectRequest, type RedirectFormValues } from '../model/redirect-form';

/** Creates a redirect on `listenerId`, or modifies `policyId` when given. */
export function useSaveRedirect(listenerId: string, policyId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: RedirectFormValues) =>
      call(
        policyId
          ? l7PoliciesApi.update(policyId, toUpdateRedirectRequest(values))
          : l7PoliciesApi.create(toCreateRedirectRequest(values, listenerId)),
      ),
    onSettled: () => invalidateElbTree(queryClient),
  });
}
