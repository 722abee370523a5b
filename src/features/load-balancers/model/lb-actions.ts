/**
 * Load balancer actions as data (STYLE rule 7). Each `reason` mirrors a rule the cloud
 * enforces (409 while PENDING_*, one EIP per load balancer), so a disabled action
 * always says why.
 */
import type { TFunction } from 'i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Action } from '../../../components/action-button';
import { isPending } from './lb-status';

export type LbDialogKind = 'delete' | 'bindEip' | 'unbindEip' | 'enable' | 'disable';

export interface LbActionContext {
  t: TFunction;
  hasEip(lb: LoadBalancer): boolean;
  hasUnboundEips: boolean;
  open(kind: LbDialogKind, lb: LoadBalancer): void;
}

const pendingReason = (t: TFunction, lb: LoadBalancer) => (isPending(lb) ? t('lb:reasons.pending') : undefined);

export function lbActions({
  t,
  hasEip,
  hasUnboundEips,
  open,
}: LbActionContext): Record<LbDialogKind, Action<LoadBalancer>> {
  return {
    bindEip: {
      id: 'bindEip',
      label: t('lb:actions.bindEip'),
      reason: (lb) =>
        pendingReason(t, lb) ??
        (hasEip(lb) ? t('lb:reasons.alreadyHasEip') : hasUnboundEips ? undefined : t('lb:reasons.noFreeEip')),
      run: (lb) => open('bindEip', lb),
    },
    unbindEip: {
      id: 'unbindEip',
      label: t('lb:actions.unbindEip'),
      reason: (lb) => pendingReason(t, lb) ?? (hasEip(lb) ? undefined : t('lb:reasons.noEip')),
      run: (lb) => open('unbindEip', lb),
    },
    enable: {
      id: 'enable',
      label: t('lb:actions.enable'),
      reason: (lb) => pendingReason(t, lb) ?? (lb.admin_state_up ? t('lb:reasons.alreadyEnabled') : undefined),
      run: (lb) => open('enable', lb),
    },
    disable: {
      id: 'disable',
      label: t('lb:actions.disable'),
      reason: (lb) => pendingReason(t, lb) ?? (lb.admin_state_up ? undefined : t('lb:reasons.alreadyDisabled')),
      run: (lb) => open('disable', lb),
    },
    delete: {
      id: 'delete',
      label: t('lb:actions.delete'),
      danger: true,
      reason: (lb) => pendingReason(t, lb),
      run: (lb) => open('delete', lb),
    },
  };
}
