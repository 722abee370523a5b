/**
 * The load balancer's Backend Server Groups tab (FEATURES §0.6, §5.3): every group with what
 * uses it, Add Backend Server Group, and per row Modify and Delete.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ActionButton, type Action } from '../../../components/action-button';
import { ResourceTable } from '../../../components/resource-table';
import { listenerQueries } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';
import { useHealthMonitors } from '../api/list-health-monitors';
import { usePolicies } from '../api/list-policies';
import { groupActions, isLoadBalancerBusy, policiesByPool, type GroupDialogKind } from '../model/group-actions';
import { groupColumns } from './group-columns';

const GroupDialog = lazy(() => import('./group-dialog').then((m) => ({ default: m.GroupDialog })));
const DeleteGroupDialog = lazy(() => import('./delete-group-dialog').then((m) => ({ default: m.DeleteGroupDialog })));

type OpenDialog = { kind: 'add' } | { kind: GroupDialogKind; pool: Pool };

export function BackendServerGroupsTab({ loadBalancer: lb }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('groups');
  const [dialog, setDialog] = useState<OpenDialog>();
  const pools = useQuery(poolQueries.byLoadBalancer(lb.id));
  const listeners = useQuery(listenerQueries.byLoadBalancers([lb.id]));
  const listenerList = useMemo(() => listeners.data?.listeners ?? [], [listeners.data]);
  const policies = usePolicies(listenerList.map((listener) => listener.id));
  const monitors = useHealthMonitors((pools.data ?? []).flatMap((pool) => pool.healthmonitor_id ?? []));
  const byPool = useMemo(() => policiesByPool(policies.policies ?? []), [policies.policies]);
  const actions = groupActions({
    t,
    lb,
    policiesOf: (pool) => byPool.get(pool.id) ?? [],
    open: (kind, pool) => setDialog({ kind, pool }),
  });
  const add: Action<LoadBalancer> = {
    id: 'add',
    label: t('tab.add'),
    reason: (item) => (isLoadBalancerBusy(item) ? t('reasons.lbBusy') : undefined),
    run: () => setDialog({ kind: 'add' }),
  };
  const columns = groupColumns(t, {
    loadBalancerId: lb.id,
    listeners: listenerList,
    listenersById: new Map(listenerList.map((listener) => [listener.id, listener])),
    monitorsById: new Map((monitors.monitors ?? []).map((monitor) => [monitor.id, monitor])),
    policiesOf: (pool) => byPool.get(pool.id) ?? [],
    actions,
  });
  const close = () => setDialog(undefined);
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          {t('tab.help')}
        </Typography>
        <ActionButton act={add} item={lb} variant="contained" />
      </Box>
      <ResourceTable
        label={t('tab.tableLabel')}
        columns={columns}
        rows={pools.data}
        rowKey={(pool) => pool.id}
        loading={pools.isFetching}
        error={pools.error}
        onRetry={() => void pools.refetch()}
        empty={t('tab.empty')}
      />
      <Suspense fallback={null}>
        {dialog?.kind === 'add' ? (
          <GroupDialog lb={lb} defaultName={`server_group-${(pools.data?.length ?? 0) + 1}`} onClose={close} />
        ) : null}
        {dialog?.kind === 'modify' ? <GroupDialog lb={lb} pool={dialog.pool} onClose={close} /> : null}
        {dialog?.kind === 'delete' ? <DeleteGroupDialog pool={dialog.pool} onClose={close} /> : null}
      </Suspense>
    </Box>
  );
}
