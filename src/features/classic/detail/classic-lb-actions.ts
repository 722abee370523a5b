/**
 * A classic load balancer's own actions as data (STYLE rule 7). Each `reason` mirrors what the
 * cloud refuses with ELB.1015 (frozen, still being created, failed, being deleted), so a disabled
 * action always says why; a failed (ERROR) load balancer can still be deleted.
 */
import type { TFunction } from 'i18next';
import { classicLbLock, type ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import type { Action } from '../../../components/action-button';

type ClassicLbDialogKind = 'enable' | 'disable' | 'bandwidth' | 'delete';

export interface ClassicLbDialog {
  kind: ClassicLbDialogKind;
  lb: ClassicLoadBalancer;
}

/**
 * Why nothing about the load balancer — itself, its listeners, health checks or backend ECSs — can
 * change now (the contract's `classicLbLock`, or a job of its own still running); undefined when it can.
 */
export function classicLbBlockedReason(
  t: TFunction,
  lb: Pick<ClassicLoadBalancer, 'admin_state_up' | 'status'>,
  jobRunning: boolean,
  forDelete = false,
): string | undefined {
  const lock = classicLbLock(lb);
  if (lock && !(lock === 'error' && forDelete)) return t(`classic:detail.reasons.${lock}`);
  return jobRunning ? t('classic:detail.reasons.jobRunning') : undefined;
}

export function classicLbActions({
  t,
  jobRunning,
  open,
}: {
  t: TFunction;
  /** A job of this load balancer (modify, enable, disable, delete) has not ended yet. */
  jobRunning(lb: ClassicLoadBalancer): boolean;
  open(dialog: ClassicLbDialog): void;
}): Record<ClassicLbDialogKind, Action<ClassicLoadBalancer>> {
  const action = (
    kind: ClassicLbDialogKind,
    extra: (lb: ClassicLoadBalancer) => string | undefined = () => undefined,
  ): Action<ClassicLoadBalancer> => ({
    id: kind,
    label: t(`classic:detail.actions.${kind}`),
    danger: kind === 'delete',
    reason: (lb) => classicLbBlockedReason(t, lb, jobRunning(lb), kind === 'delete') ?? extra(lb),
    run: (lb) => open({ kind, lb }),
  });
  return {
    enable: action('enable', (lb) => (lb.admin_state_up === 1 ? t('classic:detail.reasons.enabled') : undefined)),
    disable: action('disable', (lb) => (lb.admin_state_up === 0 ? t('classic:detail.reasons.disabled') : undefined)),
    bandwidth: action('bandwidth', (lb) => (lb.type === 'Internal' ? t('classic:detail.reasons.internal') : undefined)),
    delete: action('delete'),
  };
}
