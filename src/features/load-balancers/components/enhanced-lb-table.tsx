/** The enhanced load balancer table of the list page: server-side paging, export, actions. */
import Box from '@mui/material/Box';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaExhausted } from '../../../../contract/elb-v3/quotas';
import { useQuota } from '../../../api/queries/quotas';
import { useNotify } from '../../../components/notifications';
import { ResourceTable } from '../../../components/resource-table';
import { exportLoadBalancers } from '../api/export-load-balancers';
import { lbKeys } from '../api/lb-keys';
import { loadBalancerListQuery, usePrefetchNextPage } from '../api/list-load-balancers';
import { useLbLookups, type LbLookups } from '../api/use-lb-lookups';
import { lbColumns } from './lb-columns';
import { LbActionDialogs, type OpenDialog } from './lb-action-dialogs';
import { LbPagination } from './lb-pagination';
import { LbToolbar } from './lb-toolbar';
import { lbActions } from '../model/lb-actions';
import { isFiltered, type ListParams } from '../model/list-params';

/** Enhanced load balancers: server-side paging, lookups joined per page, actions and their dialogs. */
export function EnhancedLoadBalancerTable({
  params,
  setParams,
}: {
  params: ListParams;
  setParams(patch: Partial<ListParams>): void;
}) {
  const { t } = useTranslation(['lb', 'common']);
  const notify = useNotify();
  const queryClient = useQueryClient();
  const list = useQuery(loadBalancerListQuery(params));
  const ids = useMemo(() => list.data?.items.map((lb) => lb.id) ?? [], [list.data]);
  const lookups = useLbLookups(ids);
  const [dialog, setDialog] = useState<OpenDialog>();
  const [exporting, setExporting] = useState(false);
  const quota = useQuota('loadbalancer');

  const columnsFor = useCallback(
    (lookup: LbLookups) =>
      lbColumns(
        t,
        lookup,
        lbActions({
          t,
          hasEip: (lb) => lookup.eipByPort.has(lb.vip_port_id),
          hasUnboundEips: lookup.unboundEips.length > 0,
          open: (kind, lb) => setDialog({ kind, lb }),
        }),
      ),
    [t],
  );
  const columns = useMemo(() => columnsFor(lookups), [columnsFor, lookups]);
  const page = list.data;
  usePrefetchNextPage(params, page?.nextMarker);

  const runExport = () => {
    setExporting(true);
    exportLoadBalancers(params, lookups, columnsFor, t)
      .then((count) => notify.success(t('export.done', { count })))
      .catch((error: unknown) => notify.error(error, t('export.failed')))
      .finally(() => setExporting(false));
  };

  return (
    <>
      <Box>
        <LbToolbar
          params={params}
          onChange={setParams}
          onRefresh={() => void queryClient.invalidateQueries({ queryKey: lbKeys.all })}
          onExport={runExport}
          exporting={exporting}
          createBlocked={
            quota && quotaExhausted(quota)
              ? t('reasons.quota', { used: quota.used, limit: quota.quota_limit })
              : undefined
          }
        />
        <ResourceTable
          label={t('list.tableLabel')}
          columns={columns}
          rows={page?.items}
          rowKey={(lb) => lb.id}
          dense
          loading={list.isFetching}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={isFiltered(params) ? t('list.noMatch') : t('list.empty')}
          sort={params.sort}
          onSortChange={(sort) => setParams({ sort: sort as ListParams['sort'] })}
          footer={<LbPagination params={params} setParams={setParams} page={page} stale={list.isPlaceholderData} />}
        />
      </Box>
      <LbActionDialogs
        dialog={dialog}
        eip={dialog ? lookups.eipByPort.get(dialog.lb.vip_port_id) : undefined}
        unboundEips={lookups.unboundEips}
        onClose={() => setDialog(undefined)}
        onDeleted={(lb) => {
          setDialog(undefined);
          notify.success(t('delete.done', { name: lb.name || lb.id }));
        }}
      />
    </>
  );
}
