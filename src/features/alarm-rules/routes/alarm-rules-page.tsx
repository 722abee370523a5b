/**
 * Alarm Rules (FEATURES §10.2, §10.3): every rule with its state (polled every minute), what it watches and
 * its condition; create, modify, enable/disable, delete and history. Filters and the page are in the URL.
 */
import Box from '@mui/material/Box';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ALARM_STATES } from '../../../../contract/ces/alarm-fields';
import { call } from '../../../api/api-call';
import { alarmsApi } from '../../../api/clients/ces-alarms';
import { alarmKeys, alarmQueries } from '../../../api/queries/alarms';
import type { Action } from '../../../components/action-button';
import { FilterSelect, ListPageHeader, SearchField } from '../../../components/list-page';
import { MarkerPagination, PAGE_SIZES } from '../../../components/marker-pagination';
import { useNotify } from '../../../components/notifications';
import { RefreshButton } from '../../../components/refresh-button';
import { ResourceTable } from '../../../components/resource-table';
import { alarmColumns, type AlarmAction } from '../components/alarm-columns';
import { AlarmHistoryDialog } from '../components/alarm-history-dialog';
import { AlarmRuleDialog } from '../components/alarm-rule-dialog';
import { DeleteAlarmDialog } from '../components/delete-alarm-dialog';
import {
  alarmRows,
  filterAlarms,
  readFilters,
  writeFilters,
  type AlarmFilters,
  type AlarmRuleRow,
} from '../model/alarm-rows';

type Open = { kind: 'create' } | { kind: Exclude<AlarmAction, 'toggle'>; id: string };

const DEFAULT_SIZE = PAGE_SIZES[1];

export default function AlarmRulesPage() {
  const { t } = useTranslation('alarms');
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const size = PAGE_SIZES.find((candidate) => candidate === Number(search.get('size'))) ?? DEFAULT_SIZE;
  const page = Math.max(0, Number(search.get('page')) || 0);
  const setView = (patch: Partial<AlarmFilters>, paging: { page?: number; size?: number } = {}) => {
    const next = writeFilters({ ...filters, ...patch });
    if (paging.page) next.set('page', String(paging.page));
    if ((paging.size ?? size) !== DEFAULT_SIZE) next.set('size', String(paging.size ?? size));
    // Filters typed letter by letter replace the history entry rather than add one per keystroke.
    setSearch(next, { replace: true });
  };
  const rules = useQuery(alarmQueries.all());
  const loadBalancers = useQuery(alarmQueries.loadBalancers());
  const listeners = useQuery(alarmQueries.listeners());
  const [open, setOpen] = useState<Open>();
  const rows = useMemo(
    () => alarmRows(rules.data ?? [], loadBalancers.data ?? [], listeners.data ?? []),
    [rules.data, loadBalancers.data, listeners.data],
  );
  const visible = filterAlarms(rows, filters);
  const shown = visible.slice(page * size, (page + 1) * size);
  const toggle = useMutation({
    mutationFn: (row: AlarmRuleRow) => call(alarmsApi.setEnabled(row.alarm_id, !row.alarm_enabled)),
    onSuccess: async (_done, row) => {
      await queryClient.invalidateQueries({ queryKey: alarmKeys.all });
      notify.success(t(row.alarm_enabled ? 'actions.disabledDone' : 'actions.enabledDone', { name: row.alarm_name }));
    },
    onError: (error) => notify.error(error),
  });
  const action = (kind: AlarmAction): Action<AlarmRuleRow> => ({
    id: kind,
    // The list names Enable or Disable per rule (alarm-columns.tsx).
    label: t(`actions.${kind === 'toggle' ? 'disable' : kind}`),
    danger: kind === 'delete',
    reason: () => (kind === 'toggle' && toggle.isPending ? t('actions.busy') : undefined),
    run: (row) => (kind === 'toggle' ? toggle.mutate(row) : setOpen({ kind, id: row.alarm_id })),
  });
  const columns = alarmColumns(t, {
    modify: action('modify'),
    toggle: action('toggle'),
    history: action('history'),
    delete: action('delete'),
  });
  const current = open && 'id' in open ? rows.find((row) => row.alarm_id === open.id) : undefined;
  const close = () => setOpen(undefined);

  return (
    <>
      <ListPageHeader
        title={t('list.title')}
        help={t('list.intro')}
        createLabel={t('actions.create')}
        onCreate={() => setOpen({ kind: 'create' })}
      />
      <Box sx={{ px: 3, pb: 3, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <SearchField
            label={t('filters.search')}
            value={filters.search}
            onChange={(search) => setView({ search })}
            minWidth={240}
          />
          {(
            [
              ['state', ALARM_STATES.map((state) => [state, t(`state.${state}`)] as const)],
              ['level', ['1', '2', '3', '4'].map((level) => [level, t(`level.${level}`)] as const)],
              ['resource', (loadBalancers.data ?? []).map((lb) => [lb.id, lb.name || lb.id] as const)],
            ] as const
          ).map(([key, options]) => (
            <FilterSelect
              key={key}
              label={t(`filters.${key}`)}
              allLabel={t('filters.all')}
              value={String(filters[key] ?? '')}
              options={options}
              onChange={(value) => setView(readFiltersPatch(key, value))}
              minWidth={key === 'resource' ? 220 : 160}
            />
          ))}
          <Box sx={{ flexGrow: 1 }} />
          <RefreshButton
            label={t('actions.refresh')}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: alarmKeys.all })}
          />
        </Box>
        <ResourceTable
          label={t('list.title')}
          columns={columns}
          rows={rules.data ? shown : undefined}
          rowKey={(row) => row.alarm_id}
          dense
          loading={rules.isFetching}
          error={rules.error ?? loadBalancers.error ?? listeners.error}
          onRetry={() => void rules.refetch()}
          empty={rows.length === 0 ? t('list.empty') : t('list.noMatch')}
          footer={
            <MarkerPagination
              pageSize={size}
              onPageSizeChange={(next) => setView({}, { size: next })}
              hasPrevious={page > 0}
              hasNext={(page + 1) * size < visible.length}
              onPrevious={() => setView({}, { page: page - 1 })}
              onNext={() => setView({}, { page: page + 1 })}
              summary={t('list.summary', { shown: shown.length, total: visible.length })}
            />
          }
        />
      </Box>
      {open?.kind === 'create' ? <AlarmRuleDialog onClose={close} /> : null}
      {open?.kind === 'modify' && current ? <AlarmRuleDialog rule={current} onClose={close} /> : null}
      {open?.kind === 'history' && current ? <AlarmHistoryDialog rule={current} onClose={close} /> : null}
      {open?.kind === 'delete' && current ? <DeleteAlarmDialog row={current} onClose={close} /> : null}
    </>
  );
}

/** One filter from a select, checked like the URL (an unknown value clears it). */
function readFiltersPatch(key: 'state' | 'level' | 'resource', value: string): Partial<AlarmFilters> {
  return { [key]: readFilters(new URLSearchParams({ [key]: value }))[key] };
}
