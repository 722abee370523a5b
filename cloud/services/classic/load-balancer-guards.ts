/**
 * When a classic load balancer accepts writes (its own, its listeners' and its backend ECSs'): never
 * while frozen (admin_state_up 2, set by an administrator), still being created, failed, or while a
 * job of its own (modify, delete) runs, so jobs on one load balancer never overlap.
 */
import { classicLbLock, type ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import type { ReadTx } from '../../store/store';
import { classicFaults } from './faults';
import { runningJobs } from './jobs';

export function loadClassicLb(tx: ReadTx, id: string): ClassicLoadBalancer {
  const lb = tx.get('classicLoadbalancers', id);
  if (!lb) throw classicFaults.notFound(id);
  return lb;
}

/** Refuses a write to `lb` with ELB.1015 and the reason. `allowError` lets a failed load balancer be deleted. */
export function assertClassicLbWritable(tx: ReadTx, lb: ClassicLoadBalancer, allowError = false): void {
  const refuse = (why: string) => classicFaults.notWritable(`Load balancer ${lb.name} ${why}`);
  const lock = classicLbLock(lb);
  if (lock === 'frozen') throw refuse('is frozen; only an administrator can unfreeze it.');
  if (lock === 'creating') throw refuse('is still being created.');
  if (lock === 'error' && !allowError) throw refuse('failed to be created; it can only be deleted.');
  const [job] = runningJobs(
    tx,
    (effect) => (effect.kind === 'deleteLb' || effect.kind === 'updateLb') && effect.loadbalancer_id === lb.id,
  );
  if (job?.effect.kind === 'deleteLb') throw refuse('is being deleted.');
  if (job) throw refuse(`is being modified by job ${job.job_id}; try again when it has ended.`);
}
