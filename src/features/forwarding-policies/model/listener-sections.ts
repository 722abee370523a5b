/**
 * Which listeners get the Forwarding Policies and Redirects tabs (FEATURES §0.6, §4.8.1, §4.8.3): the
 * contract's rule for where each kind of policy may be added, so a tab appears exactly where adding works.
 */
import { l7PolicyListenerIssues } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';

export const hasForwardingPolicies = (listener: Listener) =>
  l7PolicyListenerIssues('REDIRECT_TO_POOL', listener).length === 0;

export const canRedirect = (listener: Listener) =>
  l7PolicyListenerIssues('REDIRECT_TO_LISTENER', listener).length === 0;
