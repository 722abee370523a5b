/**
 * `/help/getting-started/entry` and `/advanced` (FEATURES §2.2, §2.3): the guided setup of one
 * track. A `?loadBalancer=` coming back from the create screen becomes the setup's load
 * balancer (stored per project) and leaves the URL, so a reload keeps the place.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { helpPath } from '../../../lib/help-topics';
import { useSetupFacts } from '../api/use-setup-facts';
import { useTrackState } from '../api/use-setup-state';
import { setupStore } from '../model/setup-store';
import { isTrack, type Track } from '../model/tracks';
import { SetupStepper } from '../components/setup-stepper';

const LOAD_BALANCER_PARAM = 'loadBalancer';

function GuidedSetup({ track }: { track: Track }) {
  const { t } = useTranslation('gettingStarted');
  const [search, setSearch] = useSearchParams();
  const returned = search.get(LOAD_BALANCER_PARAM);
  useEffect(() => {
    if (!returned) return;
    setupStore.update(track, { loadBalancerId: returned });
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(LOAD_BALANCER_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [returned, track, setSearch]);
  const state = useTrackState(track);
  const view = useSetupFacts(track);
  const [confirming, setConfirming] = useState(false);
  const trackName = t(`tracks.${track}.name`);
  const deleted = view.progress.steps.some((step) => step.id === 'loadBalancer' && step.variant === 'deleted');
  return (
    <>
      <PageHeader
        title={t(`pages.${track}.title`)}
        crumbs={[
          { label: t('crumb'), to: helpPath('help-center') },
          { label: t('title'), to: helpPath('getting-started') },
          { label: t(`pages.${track}.title`) },
        ]}
        help={t(`pages.${track}.intro`)}
        actions={
          <Button variant="outlined" onClick={() => setConfirming(true)}>
            {t('setup.startOver')}
          </Button>
        }
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        {view.error ? <ErrorAlert error={view.error} onRetry={view.retry} /> : null}
        {deleted ? <Alert severity="warning">{t('setup.deletedAlert')}</Alert> : null}
        {view.loading || returned ? (
          <PageLoading />
        ) : (
          <Paper variant="outlined" sx={{ p: 2.5 }}>
            <SetupStepper
              track={track}
              progress={view.progress}
              state={state}
              here={helpPath(`getting-started-${track}`)}
            />
          </Paper>
        )}
      </Box>
      <ConfirmDialog
        open={confirming}
        title={t('setup.startOverTitle', { track: trackName })}
        confirmLabel={t('setup.startOverConfirm')}
        onConfirm={() => {
          setupStore.startOver(track);
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      >
        {t('setup.startOverBody')}
      </ConfirmDialog>
    </>
  );
}

export default function GuidedSetupPage() {
  const { t } = useTranslation('gettingStarted');
  const { track } = useParams();
  if (isTrack(track)) return <GuidedSetup key={track} track={track} />;
  return (
    <>
      <PageHeader
        title={t('title')}
        crumbs={[{ label: t('crumb'), to: helpPath('help-center') }, { label: t('title') }]}
      />
      <Box sx={{ px: 3, display: 'grid', gap: 1, justifyItems: 'start' }}>
        <Alert severity="warning">{t('setup.notFound', { track })}</Alert>
        <Link component={RouterLink} to={helpPath('getting-started')}>
          {t('setup.backToOverview')}
        </Link>
      </Box>
    </>
  );
}
