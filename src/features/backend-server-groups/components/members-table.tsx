/**
 * The backend servers of a group: filter by name or IP, 100 per page in memory (500+
 * servers stay fast), selection, and the toolbar Add, Modify Weight, Remove (FEATURES §5.3).
 */
import Box from '@mui/material/Box';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ActionButton } from '../../../components/action-button';
import { HelpLinks } from '../../../components/help-link';
import { ResourceTable, type SortState } from '../../../components/resource-table';
import type { GroupContext } from '../api/use-group-context';
import { isLoadBalancerBusy, memberActions } from '../model/group-actions';
import { filterMemberRows, memberRows, MEMBERS_PAGE_SIZE, pageOf, sortMemberRows } from '../model/member-rows';
import { memberColumns } from './member-columns';
import { MemberDialogs, type OpenMemberDialog } from './member-dialogs';

export function MembersTable({ lb, pool, context }: { lb: LoadBalancer; pool: Pool; context: GroupContext }) {
  const { t } = useTranslation('groups');
  // `?server=<IP>` (an access-log line's backend link) opens the group filtered to that server.
  const [search] = useSearchParams();
  const [filter, setFilter] = useState(() => search.get('server') ?? '');
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<OpenMemberDialog>();
  const [sort, setSort] = useState<SortState>({ key: 'name', dir: 'asc' });
  const query = context.queries.members;
  const rows = useMemo(
    () => memberRows(context.members ?? [], context.vpcServers),
    [context.members, context.vpcServers],
  );
  const filtered = useMemo(() => sortMemberRows(filterMemberRows(rows, filter), sort), [rows, filter, sort]);
  // Servers removed meanwhile drop out of the selection.
  const selected = useMemo(
    () => new Set(rows.filter((row) => picked.has(row.member.id)).map((row) => row.member.id)),
    [rows, picked],
  );
  const shown = pageOf(filtered, page);
  const selectedRows = rows.filter((row) => selected.has(row.member.id));
  const open = (kind: OpenMemberDialog['kind'], target = selectedRows) => setDialog({ kind, rows: target });
  const actions = memberActions({ t, lb, open });
  const columns = memberColumns(t, {
    onWhy: (row) => open('why', [row]),
    onWeight: (row) => open('weight', [row]),
    onRemove: (row) => open('remove', [row]),
    blockedReason: isLoadBalancerBusy(lb) ? t('reasons.lbBusy') : undefined,
    maxRetries: context.monitor?.max_retries,
  });
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="h2">{t('members.title', { count: rows.length })}</Typography>
      <HelpLinks topics={['backend-internet-access', 'adjust-backend-count']} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <ActionButton act={actions.add} item={selected} variant="contained" />
        <ActionButton act={actions.weight} item={selected} variant="outlined" />
        <ActionButton act={actions.remove} item={selected} variant="outlined" />
        {selected.size > 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('members.selected', { count: selected.size })}
          </Typography>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <TextField
          size="small"
          label={t('members.filter')}
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value);
            setPage(0);
          }}
        />
      </Box>
      <ResourceTable
        label={t('members.tableLabel')}
        columns={columns}
        rows={context.members ? shown.items : undefined}
        rowKey={(row) => row.member.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        sort={sort}
        onSortChange={setSort}
        selected={selected}
        onSelectedChange={(next) => {
          // The header checkbox acts on the page shown; keep what is selected on other pages.
          const merged = new Set([...selected].filter((id) => !shown.items.some((row) => row.member.id === id)));
          next.forEach((id) => merged.add(id));
          setPicked(merged);
        }}
        empty={rows.length === 0 ? t('members.empty') : t('members.noMatch')}
        dense
        footer={
          filtered.length > MEMBERS_PAGE_SIZE ? (
            <TablePagination
              component="div"
              count={filtered.length}
              page={shown.page}
              rowsPerPage={MEMBERS_PAGE_SIZE}
              rowsPerPageOptions={[MEMBERS_PAGE_SIZE]}
              onPageChange={(_, next) => setPage(next)}
              labelDisplayedRows={({ from, to, count }) => t('members.pageRange', { from, to, count })}
            />
          ) : null
        }
      />
      <MemberDialogs
        dialog={dialog}
        pool={pool}
        lb={lb}
        context={context}
        onClose={() => setDialog(undefined)}
        onDone={() => setPicked(new Set())}
      />
    </Box>
  );
}
