/** A load balancer's page: status and actions in the header, tabs below (the tab is in the URL). */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { ActionButton } from '../../../components/action-button';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/notifications';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { StatusChip } from '../../../components/status-chip';
import { UrlTabs } from '../../../components/url-tabs';
import { loadBalancerQuery } from '../api/get-load-balancer';
import { useLbLookups } from '../api/use-lb-lookups';
import { BasicInfoTab } from '../components/basic-info-tab';
import { UsedSeparatelyBanner } from '../diagnostics/lb-panels';
import { LbActionDialogs, type OpenDialog } from '../components/lb-action-dialogs';
import { LbTagsTab } from '../components/lb-tags-tab';
import { TopologyTab } from '../components/topology-tab';
import { lbActions } from '../model/lb-actions';
import { isPending, lbDisplayStatus, lbStatusTone } from '../model/lb-status';

/** A tab another area of the console adds to the page (listeners, groups, …), composed by the app. */
export interface DetailTab {
  id: string;
  label: string;
  render(lb: LoadBalancer): ReactNode;
}

export default function LoadBalancerDetailPage({ extraTabs = [] }: { extraTabs?: DetailTab[] }) {
  const { t } = useTranslation('lb');
  const { loadBalancerId = '' } = useParams();
  const navigate = useNavigate();
  const notify = useNotify();
  const query = useQuery(loadBalancerQuery(loadBalancerId));
  const lookups = useLbLookups([]);
  const [dialog, setDialog] = useState<OpenDialog>();

  if (query.isPending) return <PageLoading />;
  if (query.error) {
    return (
      <>
        <PageHeader
          title={t('detail.notFound')}
          crumbs={[{ label: t('list.title'), to: '/load-balancers' }, { label: loadBalancerId }]}
        />
        <Box sx={{ px: 3 }}>
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        </Box>
      </>
    );
  }
  const lb = query.data;
  const eip = lookups.eipByPort.get(lb.vip_port_id);
  const subnet = lookups.subnetById.get(lb.vip_subnet_id);
  const actions = lbActions({
    t,
    hasEip: () => eip !== undefined,
    hasUnboundEips: lookups.unboundEips.length > 0,
    open: (kind, item) => setDialog({ kind, lb: item }),
  });
  const status = lbDisplayStatus(lb);
  const tabs: [DetailTab, ...DetailTab[]] = [
    {
      id: 'basic',
      label: t('detail.tab.basic'),
      render: () => (
        <BasicInfoTab lb={lb} eip={eip} subnet={subnet} vpc={subnet ? lookups.vpcById.get(subnet.vpc_id) : undefined} />
      ),
    },
    ...extraTabs,
    { id: 'topology', label: t('detail.tab.topology'), render: () => <TopologyTab lb={lb} /> },
    { id: 'tags', label: t('detail.tab.tags'), render: () => <LbTagsTab lb={lb} /> },
  ];
  return (
    <>
      <PageHeader
        title={lb.name || lb.id}
        crumbs={[{ label: t('list.title'), to: '/load-balancers' }, { label: lb.name || lb.id }]}
        status={<StatusChip tone={lbStatusTone[status]} label={t(`status.${status}`)} />}
        actions={
          <>
            <ActionButton act={lb.admin_state_up ? actions.disable : actions.enable} item={lb} variant="outlined" />
            <ActionButton act={eip ? actions.unbindEip : actions.bindEip} item={lb} variant="outlined" />
            <ActionButton act={actions.delete} item={lb} variant="outlined" />
          </>
        }
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2 }}>
        {isPending(lb) ? <Alert severity="info">{t('detail.pendingBanner')}</Alert> : null}
        {!lb.admin_state_up ? <Alert severity="warning">{t('detail.disabledBanner')}</Alert> : null}
        <UsedSeparatelyBanner loadBalancer={lb} />
        <UrlTabs tabs={tabs} label={t('detail.tabs')} idPrefix="lb">
          {(tab) => tab.render(lb)}
        </UrlTabs>
      </Box>
      <LbActionDialogs
        dialog={dialog}
        eip={eip}
        unboundEips={lookups.unboundEips}
        onClose={() => setDialog(undefined)}
        onDeleted={(deleted) => {
          notify.success(t('delete.done', { name: deleted.name || deleted.id }));
          void navigate('/load-balancers');
        }}
      />
    </>
  );
}
