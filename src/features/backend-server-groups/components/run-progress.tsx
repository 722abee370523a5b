/** Progress of a run of calls, and the calls that failed, each with the API's code and message. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../../components/error-alert';
import type { CallRunProgress } from '../api/use-call-run';

export function RunProgress({
  progress,
  label,
  failureTitle,
}: {
  progress: CallRunProgress;
  /** "12 of 40 done", for the progress bar and the live region. */
  label: string;
  /** The title of each failure, by its index in the run. */
  failureTitle(index: number): string;
}) {
  if (!progress.running && !progress.finished) return null;
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <Box role="status" aria-live="polite">
        <LinearProgress
          variant="determinate"
          value={(progress.done / Math.max(1, progress.total)) * 100}
          aria-label={label}
        />
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {label}
        </Typography>
      </Box>
      {progress.failures.map((failure) => (
        <ErrorAlert key={failure.index} error={failure.error} title={failureTitle(failure.index)} />
      ))}
    </Box>
  );
}
