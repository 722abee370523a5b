/** The enhanced load balancer table of the list page: server-side paging, export, actions. */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quotaExhausted } from '../../../../contract/elb-v3/quotas';
import { useQuota } from '../../../api/queries/quotas';
import { useNotify } from '../../../components/notifications';
import { exportLoadBalancers } from '../api/export-load-balancers';
import { loadBalancerListQuery, usePrefetchNextPage } from '../api/list-load-balancers';
import { useLbLookups, type LbLookups } from '../api/use-lb-lookups';
import { lbColumns } from './lb-columns';
import { LbActionDialogs, type OpenDialog } from './lb-action-dialogs';
import { LbListView } from './lb-list-view';
import { lbActions } from '../model/lb-actions';
import type { ListParams } from '../model/list-params';

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
  const list = useQuery(loadBalancerListQuery(params));
  const ids = useMemo(() => list.data?.items.map((lb) => lb.id) ?? [], [list.data]);
  const lookups = useLbLookups(ids);
  const [dialog, setDialog] = useState<OpenDialog>();
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

  return (
    <>
      <LbListView
        params={params}
        setParams={setParams}
        list={list}
        columns={columns}
        label={t('list.tableLabel')}
        empty={t('list.empty')}
        exportAll={() => exportLoadBalancers(params, lookups, columnsFor, t)}
        createBlocked={
          quota && quotaExhausted(quota)
            ? t('reasons.quota', { used: quota.used, limit: quota.quota_limit })
            : undefined
        }
      />
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
