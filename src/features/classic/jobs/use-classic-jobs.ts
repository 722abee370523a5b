/**
 * Starting, watching and reading classic jobs. A job-starting call records the job; every view
 * that shows jobs also watches the unfinished ones (the same query, so one poll per job), and the
 * first view to see a job end announces it and refreshes what the job changed.
 */
import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isClassicJobFinished, type ClassicJobResponse } from '../../../../contract/elb-classic/jobs';
import { call, type ApiCall } from '../../../api/api-call';
import { isApiError } from '../../../api/api-error';
import { invalidateClassic } from '../../../api/queries/invalidate';
import { useNotify } from '../../../components/notifications';
import { classicQueries } from '../api/classic-queries';
import { classicJobStore, type JobResult, type TrackedJob } from './job-store';

/** Jobs this browser started, newest last; `select` narrows them (e.g. to one load balancer). */
export function useTrackedJobs(select?: (job: TrackedJob) => boolean): TrackedJob[] {
  const jobs = useSyncExternalStore(classicJobStore.subscribe, classicJobStore.jobs);
  return useMemo(() => (select ? jobs.filter(select) : [...jobs]), [jobs, select]);
}

/** The API's 404 for a job that no longer exists (the mock cloud was reset, or it expired). */
const lostJob = (error: unknown): JobResult | undefined =>
  isApiError(error) && error.status === 404
    ? { status: 'FAIL', errorCode: error.code, failReason: error.message, endedAt: Date.now() }
    : undefined;

/** Polls the unfinished jobs among `jobs` until each ends, then records, announces and refreshes. */
export function useWatchJobs(jobs: readonly TrackedJob[]): void {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const running = jobs.filter((job) => !job.result);
  const results = useQueries({ queries: running.map((job) => classicQueries.job(job.jobId)) });
  useEffect(() => {
    results.forEach((query, index) => {
      const job = running[index];
      if (!job) return;
      const data = query.data;
      const result: JobResult | undefined =
        data && isClassicJobFinished(data.status)
          ? {
              status: data.status === 'SUCCESS' ? 'SUCCESS' : 'FAIL',
              errorCode: data.error_code,
              failReason: data.fail_reason,
              endedAt: Date.now(),
            }
          : lostJob(query.error);
      if (!result || !classicJobStore.finish(job.jobId, result)) return;
      void invalidateClassic(queryClient);
      const what = t(`jobs.kind.${job.kind}`, { subject: job.subject });
      if (result.status === 'SUCCESS') notify.success(t('jobs.succeeded', { what }));
      else
        notify.error(
          new Error(`${result.errorCode ? `${result.errorCode}: ` : ''}${result.failReason ?? t('jobs.noReason')}`),
          t('jobs.failed', { what }),
        );
    });
  });
}

/** What to remember about a job the call starts, given the call's variables. */
type JobDescription = Omit<TrackedJob, 'jobId' | 'startedAt' | 'result'>;

/**
 * A mutation whose call answers a job: records the job (so progress shows at once and survives a
 * reload) and refreshes the resources, whose PENDING states appear immediately. `describe` may look
 * something up with the job's answer (a created load balancer's ID); it must not fail, since the job
 * has started by then. The mutation answers the job as recorded.
 */
export function useClassicJobMutation<Vars>(
  request: (vars: Vars) => ApiCall<ClassicJobResponse>,
  describe: (vars: Vars, response: ClassicJobResponse) => JobDescription | Promise<JobDescription>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: Vars): Promise<TrackedJob> => {
      const response = await call(request(vars));
      const job: TrackedJob = { ...(await describe(vars, response)), jobId: response.job_id, startedAt: Date.now() };
      classicJobStore.add(job);
      return job;
    },
    onSuccess: () => invalidateClassic(queryClient),
  });
}
