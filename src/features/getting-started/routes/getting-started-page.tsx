/**
 * `/help/getting-started` (FEATURES §2.1; guide/getting_started/overview.rst, process_flowchart.rst):
 * what the walkthrough builds, the two guided setups side by side with their progress, and the
 * security group rules the backend servers need first.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { helpPath } from '../../../lib/help-topics';
import { useStartedTracks } from '../api/use-setup-state';
import { TrackCard } from '../components/track-card';
import { tracks } from '../model/tracks';

function RequestFlow() {
  const { t } = useTranslation('gettingStarted');
  const hops = t('build.flow', { returnObjects: true }) as string[];
  return (
    <Box
      component="ol"
      aria-label={t('build.flowLabel')}
      sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
    >
      {hops.map((hop, index) => (
        <Box component="li" key={hop} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          {index > 0 ? (
            <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
              →
            </Box>
          ) : null}
          <Box
            component="span"
            sx={{ px: 1.25, py: 0.5, border: 1, borderColor: 'divider', borderRadius: 1, fontSize: 14 }}
          >
            {hop}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

export default function GettingStartedPage() {
  const { t } = useTranslation('gettingStarted');
  const started = useStartedTracks();
  return (
    <>
      <PageHeader
        title={t('title')}
        crumbs={[{ label: t('crumb'), to: helpPath('help-center') }, { label: t('title') }]}
        help={t('intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <Paper
          component="section"
          aria-label={t('build.title')}
          variant="outlined"
          sx={{ p: 2, display: 'grid', gap: 1.5 }}
        >
          <Typography variant="h2">{t('build.title')}</Typography>
          <Typography variant="body2">{t('build.body')}</Typography>
          <RequestFlow />
          <Typography variant="body2" color="text.secondary">
            {t('build.grow')}
          </Typography>
        </Paper>
        <Alert severity="info" component="section" aria-label={t('prerequisites.title')}>
          <Typography variant="subtitle2" component="h2">
            {t('prerequisites.title')}
          </Typography>
          <Typography variant="body2">{t('prerequisites.securityGroup')}</Typography>
          <Typography variant="body2">{t('prerequisites.layer4')}</Typography>
          <Link component={RouterLink} to={helpPath('security-group-rules')}>
            {t('prerequisites.link')}
          </Link>
        </Alert>
        <Box
          role="group"
          aria-label={t('tracks.label')}
          sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}
        >
          {tracks.map((track) => (
            <TrackCard key={track} track={track} started={started[track] !== undefined} />
          ))}
        </Box>
      </Box>
    </>
  );
}
