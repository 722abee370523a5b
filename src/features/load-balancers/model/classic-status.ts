/** A classic load balancer's state as the console names it (FEATURES §0.3, §3.4). */
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import type { StatusTone } from '../../../components/status-chip';

export type ClassicDisplayStatus = 'running' | 'stopped' | 'frozen' | 'creating' | 'error';

export function classicDisplayStatus(lb: Pick<ClassicLoadBalancer, 'status' | 'admin_state_up'>): ClassicDisplayStatus {
  if (lb.status === 'PENDING_CREATE') return 'creating';
  if (lb.status === 'ERROR') return 'error';
  if (lb.admin_state_up === 2) return 'frozen';
  return lb.admin_state_up === 1 ? 'running' : 'stopped';
}

export const classicStatusTone: Record<ClassicDisplayStatus, StatusTone> = {
  running: 'ok',
  stopped: 'off',
  frozen: 'warn',
  creating: 'busy',
  error: 'error',
};
