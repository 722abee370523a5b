/**
 * Forwarding policy and redirect actions as data (STYLE rule 7). Each reason is a rule the service
 * answers 409 for: writes while the load balancer is not ACTIVE, and a redirect without an HTTPS
 * listener of the same load balancer to point at (FEATURES §4.8.3 prerequisites).
 */
import type { TFunction } from 'i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Action } from '../../../components/action-button';

export type RowDialogKind = 'modify' | 'delete';

export const lbBusyReason = (t: TFunction, lb: Pick<LoadBalancer, 'provisioning_status'>) =>
  lb.provisioning_status === 'ACTIVE' ? undefined : t('policies:reasons.lbBusy');

/** Modify and Delete of a forwarding policy or a redirect row. */
export function rowActions({
  t,
  lb,
  open,
}: {
  t: TFunction;
  lb: LoadBalancer;
  open(dialog: RowDialogKind, policy: L7Policy): void;
}): Record<RowDialogKind, Action<L7Policy>> {
  return {
    modify: {
      id: 'modify',
      label: t('policies:actions.modify'),
      reason: () => lbBusyReason(t, lb),
      run: (policy) => open('modify', policy),
    },
    delete: {
      id: 'delete',
      label: t('policies:actions.delete'),
      danger: true,
      reason: () => lbBusyReason(t, lb),
      run: (policy) => open('delete', policy),
    },
  };
}

/** Add Forwarding Policy. */
export const addPolicyAction = (t: TFunction, open: () => void): Action<LoadBalancer> => ({
  id: 'add',
  label: t('policies:actions.add'),
  reason: (item) => lbBusyReason(t, item),
  run: open,
});

/** Create Redirect: needs an HTTPS listener on the same load balancer to redirect to. */
export const createRedirectAction = (
  t: TFunction,
  targets: readonly Listener[],
  open: () => void,
): Action<LoadBalancer> => ({
  id: 'create',
  label: t('policies:redirects.create'),
  reason: (lb) => lbBusyReason(t, lb) ?? (targets.length === 0 ? t('policies:reasons.noHttpsListener') : undefined),
  run: open,
});
