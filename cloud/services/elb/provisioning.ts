/** Provisioning windows: a write leaves its resource PENDING_* until the clock passes `until`. */
import type { ProvisioningStatus } from '../../../contract/elb-v2/load-balancers';
import type { Clock } from '../../clock';
import { elbFaults } from '../../http/fault';
import type { Pending } from '../../store/tables';

export function provisioningStatus(pending: Pending | undefined, clock: Clock): ProvisioningStatus {
  return pending && clock.now() < pending.until ? pending.status : 'ACTIVE';
}

export function pendingWindow(status: Pending['status'], clock: Clock, delayMs: number): Pending | undefined {
  return delayMs > 0 ? { status, until: clock.now() + delayMs } : undefined;
}

/** API: updates are rejected while the load balancer is not ACTIVE (409, immutable). */
export function assertActive(resource: string, id: string, pending: Pending | undefined, clock: Clock): void {
  const status = provisioningStatus(pending, clock);
  if (status !== 'ACTIVE') throw elbFaults.immutable(resource, id, status);
}
