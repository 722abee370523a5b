/** How the Listeners tab names a classic listener's state and settings (FEATURES §4, §5.4, §6.1). */
import type { ClassicHealthCheck } from '../../../../../contract/elb-classic/health-checks';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { ClassicMember } from '../../../../../contract/elb-classic/members';
import type { StatusTone } from '../../../../components/status-chip';

export const listenerStatusTone: Record<ClassicListener['status'], StatusTone> = {
  ACTIVE: 'ok',
  PENDING_CREATE: 'busy',
  ERROR: 'error',
};

export const memberStatusTone: Record<ClassicMember['status'], StatusTone> = {
  ACTIVE: 'ok',
  PENDING: 'busy',
  ERROR: 'error',
};

export const memberHealthTone: Record<ClassicMember['health_status'], StatusTone> = {
  NORMAL: 'ok',
  ABNORMAL: 'error',
  UNAVAILABLE: 'unknown',
};

/** `HTTP:80 → HTTP:8080`, as the list and the pane header show a listener. */
export const listenerRoute = (
  listener: Pick<ClassicListener, 'protocol' | 'port' | 'backend_protocol' | 'backend_port'>,
) => `${listener.protocol}:${listener.port} → ${listener.backend_protocol}:${listener.backend_port}`;

/** `HTTP /health :80`, `TCP :8080`: the protocol, the HTTP path and the port it probes. */
export function healthCheckSummary(check: ClassicHealthCheck): string {
  const target = check.healthcheck_protocol === 'HTTP' ? ` ${check.healthcheck_uri}` : '';
  return `${check.healthcheck_protocol}${target} :${check.healthcheck_connect_port}`;
}
