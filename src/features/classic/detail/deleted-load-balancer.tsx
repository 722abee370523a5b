/**
 * A classic load balancer that no longer exists (404): deleted by a job of this browser, or
 * elsewhere. Says so plainly and leads back to the list.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import type { TrackedJob } from '../jobs/job-store';
import { useTrackedJobs } from '../jobs/use-classic-jobs';
import { CLASSIC_LIST_PATH } from './paths';

export function DeletedLoadBalancer({ loadBalancerId }: { loadBalancerId: string }) {
  const { t } = useTranslation('classic');
  const deletion = useTrackedJobs(
    useCallback(
      (job: TrackedJob) => job.kind === 'deleteLb' && job.loadBalancerId === loadBalancerId,
      [loadBalancerId],
    ),
  ).at(-1);
  const name = deletion?.subject ?? loadBalancerId;
  return (
    <>
      <PageHeader
        title={deletion ? t('detail.deleted.title', { name }) : t('detail.notFound')}
        crumbs={[{ label: t('detail.crumb'), to: CLASSIC_LIST_PATH }, { label: name }]}
      />
      <Box sx={{ px: 3, display: 'grid', gap: 2, justifyItems: 'start' }}>
        <Alert severity="info">
          {deletion ? t('detail.deleted.body', { name }) : t('detail.deleted.unknown', { id: loadBalancerId })}
        </Alert>
        <Button variant="contained" component={RouterLink} to={CLASSIC_LIST_PATH}>
          {t('detail.deleted.toList')}
        </Button>
      </Box>
    </>
  );
}
