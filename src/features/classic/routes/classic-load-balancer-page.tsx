/**
 * A classic load balancer's page: status, running jobs and actions in the header, tabs below (the
 * tab is in the URL). Listeners and Monitoring belong to other areas and come from the app.
 */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { isApiError } from '../../../api/api-error';
import { ActionButton } from '../../../components/action-button';
import { ClassicStatusChip } from '../../../components/elb/classic-status';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { UrlTabs } from '../../../components/url-tabs';
import { classicQueries } from '../api/classic-queries';
import { ClassicBasicInfoTab } from '../detail/classic-basic-info-tab';
import { classicLbActions, classicLbBlockedReason, type ClassicLbDialog } from '../detail/classic-lb-actions';
import { ClassicLbDialogs } from '../detail/classic-lb-dialogs';
import { ClassicStateBanner } from '../detail/classic-state-banner';
import { DeletedLoadBalancer } from '../detail/deleted-load-balancer';
import { CLASSIC_LIST_PATH } from '../detail/paths';
import { isLbJob, useLbJobRunning } from '../detail/use-lb-job-running';
import type { TrackedJob } from '../jobs/job-store';
import { ClassicJobList } from '../jobs/job-list';

/** A tab another area of the console adds to the page (listeners, monitoring), composed by the app. */
export interface ClassicDetailTab {
  id: string;
  label: string;
  render(lb: ClassicLoadBalancer): ReactNode;
}

export default function ClassicLoadBalancerPage({ extraTabs = [] }: { extraTabs?: ClassicDetailTab[] }) {
  const { t } = useTranslation('classic');
  const { loadBalancerId = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(classicQueries.loadBalancer(loadBalancerId));
  const jobRunning = useLbJobRunning();
  const [dialog, setDialog] = useState<ClassicLbDialog>();
  const [deleteStarted, setDeleteStarted] = useState(false);
  // Backend ECS jobs show in the Listeners tab, beside the ECSs they change.
  const ownJobs = useCallback(
    (job: TrackedJob) => job.loadBalancerId === loadBalancerId && isLbJob(job),
    [loadBalancerId],
  );
  const gone = isApiError(query.error) && query.error.status === 404;

  // The delete job started here has ended: the load balancer is gone, back to the list.
  useEffect(() => {
    if (deleteStarted && gone) void navigate(CLASSIC_LIST_PATH);
  }, [deleteStarted, gone, navigate]);

  const crumbs = [{ label: t('detail.crumb'), to: CLASSIC_LIST_PATH }];
  if (query.isPending) return <PageLoading />;
  if (gone) return <DeletedLoadBalancer loadBalancerId={loadBalancerId} />;
  if (query.error) {
    return (
      <>
        <PageHeader title={t('detail.notFound')} crumbs={[...crumbs, { label: loadBalancerId }]} />
        <Box sx={{ px: 3 }}>
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </Box>
      </>
    );
  }
  const lb = query.data;
  const actions = classicLbActions({ t, jobRunning, open: setDialog });
  const tabs: [ClassicDetailTab, ...ClassicDetailTab[]] = [
    {
      id: 'basic',
      label: t('detail.tab.basic'),
      render: () => (
        <ClassicBasicInfoTab
          lb={lb}
          editBlocked={classicLbBlockedReason(t, lb, jobRunning(lb))}
          modifyBandwidth={actions.bandwidth}
        />
      ),
    },
    ...extraTabs,
  ];
  return (
    <>
      <PageHeader
        title={lb.name}
        crumbs={[...crumbs, { label: lb.name }]}
        status={<ClassicStatusChip lb={lb} />}
        actions={
          <>
            <ActionButton
              act={lb.admin_state_up === 0 ? actions.enable : actions.disable}
              item={lb}
              variant="outlined"
            />
            <ActionButton act={actions.delete} item={lb} variant="outlined" />
          </>
        }
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2 }}>
        <ClassicJobList select={ownJobs} />
        <ClassicStateBanner lb={lb} />
        <UrlTabs tabs={tabs} label={t('detail.tabs')} idPrefix="classic">
          {(tab) => tab.render(lb)}
        </UrlTabs>
      </Box>
      <ClassicLbDialogs
        dialog={dialog}
        onClose={() => setDialog(undefined)}
        onDeleteStarted={() => setDeleteStarted(true)}
      />
    </>
  );
}
