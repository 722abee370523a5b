/** Whether a job that changes a classic load balancer itself is still running (from this browser's jobs). */
import { useCallback } from 'react';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import type { ClassicJobKind, TrackedJob } from '../jobs/job-store';
import { useTrackedJobs } from '../jobs/use-classic-jobs';

const LB_JOB_KINDS: readonly ClassicJobKind[] = ['createLb', 'updateLb', 'enableLb', 'disableLb', 'deleteLb'];

/** A job on the load balancer itself, not on its backend ECSs. */
export const isLbJob = (job: TrackedJob) => LB_JOB_KINDS.includes(job.kind);

const isRunningLbJob = (job: TrackedJob) => !job.result && isLbJob(job);

export function useLbJobRunning(): (lb: Pick<ClassicLoadBalancer, 'id'>) => boolean {
  const running = useTrackedJobs(isRunningLbJob);
  return useCallback((lb) => running.some((job) => job.loadBalancerId === lb.id), [running]);
}
