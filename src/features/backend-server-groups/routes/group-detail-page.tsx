/**
 * A backend server group's page, `/load-balancers/:loadBalancerId/groups/:poolId`
 * (guide: Backend Server Groups → group name): its basic information, health check and
 * backend servers, with Modify and Delete in the header.
 */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ActionButton } from '../../../components/action-button';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { listenerQueries } from '../../../api/queries/listeners';
import { loadBalancerQueries } from '../../../api/queries/load-balancers';
import { poolQueries } from '../../../api/queries/pools';
import { usePolicies } from '../api/list-policies';
import { GroupPanel } from '../components/group-panel';
import { TroubleshootButton, TroubleshootSection } from '../diagnostics/components/troubleshoot-section';
import { groupActions, policiesByPool, type GroupDialogKind } from '../model/group-actions';

const GroupDialog = lazy(() => import('../components/group-dialog').then((m) => ({ default: m.GroupDialog })));
const DeleteGroupDialog = lazy(() =>
  import('../components/delete-group-dialog').then((m) => ({ default: m.DeleteGroupDialog })),
);

export default function GroupDetailPage() {
  const { t } = useTranslation('groups');
  const { loadBalancerId = '', poolId = '' } = useParams();
  const navigate = useNavigate();
  const lb = useQuery(loadBalancerQueries.detail(loadBalancerId));
  const pool = useQuery(poolQueries.detail(poolId));
  const listeners = useQuery(listenerQueries.byLoadBalancers([loadBalancerId]));
  const policies = usePolicies((listeners.data?.listeners ?? []).map((listener) => listener.id));
  const [dialog, setDialog] = useState<GroupDialogKind>();
  const lbCrumb = { label: lb.data?.name || loadBalancerId, to: `/load-balancers/${loadBalancerId}?tab=groups` };
  const listCrumb = { label: t('page.loadBalancers'), to: '/load-balancers' };

  if (lb.isPending || pool.isPending) return <PageLoading />;
  const error = lb.error ?? pool.error;
  if (error || !lb.data || !pool.data) {
    return (
      <>
        <PageHeader title={t('page.notFound')} crumbs={[listCrumb, lbCrumb, { label: poolId }]} />
        <Box sx={{ px: 3 }}>
          <ErrorAlert error={error} onRetry={() => void (lb.error ? lb.refetch() : pool.refetch())} />
        </Box>
      </>
    );
  }
  const group = pool.data;
  const name = group.name || group.id;
  const byPool = policiesByPool(policies.policies ?? []);
  const actions = groupActions({
    t,
    lb: lb.data,
    policiesOf: (item) => byPool.get(item.id) ?? [],
    open: (kind) => setDialog(kind),
  });
  return (
    <>
      <PageHeader
        title={name}
        crumbs={[listCrumb, lbCrumb, { label: name }]}
        help={t('page.help')}
        actions={
          <>
            <ActionButton act={actions.modify} item={group} variant="outlined" />
            <ActionButton act={actions.delete} item={group} variant="outlined" />
            <TroubleshootButton />
          </>
        }
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2 }}>
        <GroupPanel loadBalancer={lb.data} poolId={group.id} />
        <TroubleshootSection lb={lb.data} poolId={group.id} />
      </Box>
      <Suspense fallback={null}>
        {dialog === 'modify' ? <GroupDialog lb={lb.data} pool={group} onClose={() => setDialog(undefined)} /> : null}
        {dialog === 'delete' ? (
          <DeleteGroupDialog
            pool={group}
            onClose={() => setDialog(undefined)}
            onDeleted={() => void navigate(lbCrumb.to)}
          />
        ) : null}
      </Suspense>
    </>
  );
}
