/**
 * Create/Modify Redirect (FEATURES §4.8.3): Name, Redirected To (an HTTPS listener of the same load
 * balancer), Description. A redirect is a REDIRECT_TO_LISTENER policy without rules.
 */
import { z } from 'zod';
import {
  l7PolicyFields,
  l7PolicyIssues,
  l7PolicyListenerIssues,
  type CreateL7PolicyRequest,
  type L7Policy,
  type UpdateL7PolicyRequest,
} from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';

export interface RedirectFormValues {
  name: string;
  redirect_listener_id: string;
  description: string;
}

export const redirectFormSchema = z
  .object({
    name: l7PolicyFields.name,
    redirect_listener_id: z.string(),
    description: l7PolicyFields.description,
  })
  .superRefine((values, ctx) => {
    for (const issue of l7PolicyIssues({ action: 'REDIRECT_TO_LISTENER', ...values })) {
      ctx.addIssue({ code: 'custom', path: ['redirect_listener_id'], message: issue.message });
    }
  });

export const redirectToForm = (policy?: L7Policy, name = ''): RedirectFormValues => ({
  name: policy?.name ?? name,
  redirect_listener_id: policy?.redirect_listener_id ?? '',
  description: policy?.description ?? '',
});

/** The listeners an HTTP listener may redirect to: the same load balancer's HTTPS listeners (contract rule). */
export function redirectTargets(listener: Listener, listeners: readonly Listener[]): Listener[] {
  return listeners.filter(
    (candidate) =>
      candidate.id !== listener.id && l7PolicyListenerIssues('REDIRECT_TO_LISTENER', listener, candidate).length === 0,
  );
}

export const toCreateRedirectRequest = (values: RedirectFormValues, listenerId: string): CreateL7PolicyRequest => ({
  l7policy: {
    listener_id: listenerId,
    action: 'REDIRECT_TO_LISTENER',
    redirect_listener_id: values.redirect_listener_id,
    name: values.name.trim(),
    ...(values.description ? { description: values.description } : {}),
  },
});

/** Every field is sent: the API needs at least one, and a redirect has only these three. */
export const toUpdateRedirectRequest = (values: RedirectFormValues): UpdateL7PolicyRequest => ({
  l7policy: {
    name: values.name.trim(),
    description: values.description,
    redirect_listener_id: values.redirect_listener_id,
  },
});
