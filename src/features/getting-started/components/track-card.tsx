/** One guided setup on the overview: what it builds, its steps, its progress once started, Start/Continue. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath } from '../../../lib/help-topics';
import { useSetupFacts } from '../api/use-setup-facts';
import { trackSteps, type Track } from '../model/tracks';

function TrackProgress({ track }: { track: Track }) {
  const { t } = useTranslation('gettingStarted');
  const { progress, loading } = useSetupFacts(track);
  if (loading) return <Typography variant="body2">{t('tracks.loading')}</Typography>;
  const total = progress.steps.length;
  const label = progress.current ? t('tracks.progress', { done: progress.doneCount, total }) : t('tracks.complete');
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Typography variant="body2">{label}</Typography>
      <LinearProgress
        variant="determinate"
        value={(100 * progress.doneCount) / total}
        aria-label={t('tracks.progressLabel', { track: t(`tracks.${track}.name`) })}
      />
    </Box>
  );
}

export function TrackCard({ track, started }: { track: Track; started: boolean }) {
  const { t } = useTranslation('gettingStarted');
  const titleId = useId();
  const name = t(`tracks.${track}.name`);
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      variant="outlined"
      sx={{ p: 2, display: 'grid', gap: 1.5, alignContent: 'start' }}
    >
      <Typography id={titleId} variant="h2">
        {t(`tracks.${track}.title`)}
      </Typography>
      <Typography variant="body2">{t(`tracks.${track}.summary`)}</Typography>
      <Box component="ol" aria-label={t('tracks.stepsLabel', { track: name })} sx={{ m: 0, pl: 2.5 }}>
        {trackSteps[track].map((step) => (
          <Typography component="li" variant="body2" key={step}>
            {t(`steps.${step}.title`)}
          </Typography>
        ))}
      </Box>
      {started ? (
        <TrackProgress track={track} />
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('tracks.notStarted')}
        </Typography>
      )}
      <Box>
        <Button
          variant={started ? 'contained' : 'outlined'}
          component={RouterLink}
          to={helpPath(`getting-started-${track}`)}
          aria-label={t(started ? 'tracks.continueNamed' : 'tracks.startNamed', { track: name })}
        >
          {t(started ? 'tracks.continue' : 'tracks.start')}
        </Button>
      </Box>
    </Paper>
  );
}
