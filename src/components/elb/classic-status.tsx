/**
 * A classic load balancer's state as the console names it (FEATURES §0.3, §3.4), shared by the
 * load balancer list and the classic pages.
 */
import { useTranslation } from 'react-i18next';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import { StatusChip, type StatusTone } from '../status-chip';

type ClassicDisplayStatus = 'running' | 'stopped' | 'frozen' | 'creating' | 'error';

export function classicDisplayStatus(lb: Pick<ClassicLoadBalancer, 'status' | 'admin_state_up'>): ClassicDisplayStatus {
  if (lb.status === 'PENDING_CREATE') return 'creating';
  if (lb.status === 'ERROR') return 'error';
  if (lb.admin_state_up === 2) return 'frozen';
  return lb.admin_state_up === 1 ? 'running' : 'stopped';
}

const TONES: Record<ClassicDisplayStatus, StatusTone> = {
  running: 'ok',
  stopped: 'off',
  frozen: 'warn',
  creating: 'busy',
  error: 'error',
};

export function ClassicStatusChip({ lb }: { lb: Pick<ClassicLoadBalancer, 'status' | 'admin_state_up'> }) {
  const { t } = useTranslation('elb');
  const status = classicDisplayStatus(lb);
  return <StatusChip tone={TONES[status]} label={t(`classic.status.${status}`)} />;
}

/** "Public (External)" / "Private (Internal)". */
export function useClassicNetworkLabel(): (type: ClassicLoadBalancer['type']) => string {
  const { t } = useTranslation('elb');
  return (type) => t(`classic.network.${type}`);
}
