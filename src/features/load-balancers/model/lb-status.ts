/** What the console calls a load balancer's state (FEATURES §0.3), with the tone of its chip. */
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { StatusTone } from '../../../components/status-chip';

export type LbDisplayStatus = 'running' | 'disabled' | 'creating' | 'updating' | 'deleting' | 'error';

export function lbDisplayStatus(lb: Pick<LoadBalancer, 'provisioning_status' | 'admin_state_up'>): LbDisplayStatus {
  switch (lb.provisioning_status) {
    case 'PENDING_CREATE':
      return 'creating';
    case 'PENDING_UPDATE':
      return 'updating';
    case 'PENDING_DELETE':
      return 'deleting';
    case 'ERROR':
      return 'error';
    default:
      return lb.admin_state_up ? 'running' : 'disabled';
  }
}

export const lbStatusTone: Record<LbDisplayStatus, StatusTone> = {
  running: 'ok',
  disabled: 'off',
  creating: 'busy',
  updating: 'busy',
  deleting: 'busy',
  error: 'error',
};

/** PENDING_* resources are immutable (the API answers 409); pages poll until they settle. */
export const isPending = (lb: Pick<LoadBalancer, 'provisioning_status'>): boolean =>
  lb.provisioning_status.startsWith('PENDING_');
