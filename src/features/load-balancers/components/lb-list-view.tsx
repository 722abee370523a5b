/**
 * What both load balancer tables share: the toolbar, an optional notice, the table with its
 * paging footer, and the export with its busy state and result toast.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../components/notifications';
import { ResourceTable, type Column } from '../../../components/resource-table';
import { lbKeys } from '../api/lb-keys';
import type { LocalPage } from '../model/local-paging';
import { isFiltered, type ListParams } from '../model/list-params';
import { LbPagination } from './lb-pagination';
import { LbToolbar } from './lb-toolbar';

interface Props<T extends { id: string }> {
  params: ListParams;
  setParams(patch: Partial<ListParams>): void;
  list: UseQueryResult<LocalPage<T> & { total?: number }>;
  columns: Column<T>[];
  label: string;
  /** What the table says when the project has none (a filter with no match has its own text). */
  empty: string;
  /** Downloads every matching row as CSV; resolves to how many. */
  exportAll(): Promise<number>;
  createBlocked?: string;
  notice?: ReactNode;
}

export function LbListView<T extends { id: string }>({
  params,
  setParams,
  list,
  columns,
  label,
  empty,
  exportAll,
  createBlocked,
  notice,
}: Props<T>) {
  const { t } = useTranslation('lb');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const runExport = () => {
    setExporting(true);
    exportAll()
      .then((count) => notify.success(t('export.done', { count })))
      .catch((error: unknown) => notify.error(error, t('export.failed')))
      .finally(() => setExporting(false));
  };
  const page = list.data;
  return (
    <>
      <LbToolbar
        params={params}
        onChange={setParams}
        onRefresh={() => void queryClient.invalidateQueries({ queryKey: lbKeys.all })}
        onExport={runExport}
        exporting={exporting}
        createBlocked={createBlocked}
      />
      {notice}
      <ResourceTable
        label={label}
        columns={columns}
        rows={page?.items}
        rowKey={(lb) => lb.id}
        dense
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={isFiltered(params) ? t('list.noMatch') : empty}
        sort={params.sort}
        onSortChange={(sort) => setParams({ sort: sort as ListParams['sort'] })}
        footer={<LbPagination params={params} setParams={setParams} page={page} stale={list.isPlaceholderData} />}
      />
    </>
  );
}
