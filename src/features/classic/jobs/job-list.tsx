/**
 * Progress of classic jobs where the operator works: a running job shows what it does and for how
 * long; a failed one keeps its error code and `fail_reason` until dismissed. Succeeded jobs leave
 * (a toast says so, and the resource itself shows the result).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { classicJobStore, type TrackedJob } from './job-store';
import { useTrackedJobs, useWatchJobs } from './use-classic-jobs';

function RunningJob({ job, now }: { job: TrackedJob; now: number }) {
  const { t } = useTranslation('classic');
  const what = t(`jobs.kind.${job.kind}`, { subject: job.subject });
  return (
    <Alert severity="info" icon={false} role="status" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('jobs.running', { what })}
      </Typography>
      <LinearProgress aria-label={what} sx={{ my: 0.75 }} />
      <Typography variant="caption" color="text.secondary">
        {t('jobs.elapsed', { elapsed: formatDuration(Math.max(0, now - job.startedAt)), id: job.jobId })}
      </Typography>
    </Alert>
  );
}

function FailedJob({ job }: { job: TrackedJob }) {
  const { t } = useTranslation('classic');
  const what = t(`jobs.kind.${job.kind}`, { subject: job.subject });
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={() => classicJobStore.dismiss(job.jobId)}>
          {t('jobs.dismiss')}
        </Button>
      }
    >
      <AlertTitle>{t('jobs.failed', { what })}</AlertTitle>
      {job.result?.errorCode ? `${job.result.errorCode}: ` : ''}
      {job.result?.failReason ?? t('jobs.noReason')}
      <Typography variant="caption" component="div" color="text.secondary">
        {t('jobs.jobId', { id: job.jobId })}
      </Typography>
    </Alert>
  );
}

/** The jobs `select` picks; watches the running ones. Renders nothing when there are none. */
export function ClassicJobList({ select }: { select: (job: TrackedJob) => boolean }) {
  const jobs = useTrackedJobs(select);
  useWatchJobs(jobs);
  const running = jobs.filter((job) => !job.result);
  const now = useNow(running.length > 0 ? 1000 : 0);
  const shown = jobs.filter((job) => job.result?.status !== 'SUCCESS');
  if (shown.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      {shown.map((job) =>
        job.result ? <FailedJob key={job.jobId} job={job} /> : <RunningJob key={job.jobId} job={job} now={now} />,
      )}
    </Box>
  );
}
