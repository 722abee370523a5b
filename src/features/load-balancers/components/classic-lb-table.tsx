/**
 * Classic load balancers in the list (FEATURES §1.4: a separate API family). Their actions
 * belong to the classic feature, which the app hands over as the Operation cell and a notice.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { networkQueries } from '../../../api/queries/networks';
import type { Column } from '../../../components/resource-table';
import {
  ClassicStatusChip,
  classicDisplayStatus,
  useClassicNetworkLabel,
} from '../../../components/elb/classic-status';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatClassicTime } from '../../../lib/format-classic-time';
import { classicListQuery, fetchClassicPage } from '../api/list-classic-load-balancers';
import type { ListParams } from '../model/list-params';
import { LbListView } from './lb-list-view';
import { DateCell } from '../../../components/date-cell';

/** What the app adds to the classic table: the classic feature's actions and job progress. */
export interface ClassicTableSlots {
  operations(lb: ClassicLoadBalancer): ReactNode;
  notice: ReactNode;
}

export function ClassicLoadBalancerTable({
  params,
  setParams,
  slots,
}: {
  params: ListParams;
  setParams(patch: Partial<ListParams>): void;
  slots?: ClassicTableSlots;
}) {
  const { t } = useTranslation(['lb', 'common']);
  const network = useClassicNetworkLabel();
  const list = useQuery(classicListQuery(params));
  const vpcs = useQuery(networkQueries.vpcs());
  const vpcName = useMemo(() => new Map((vpcs.data?.vpcs ?? []).map((vpc) => [vpc.id, vpc.name])), [vpcs.data]);

  const columns: Column<ClassicLoadBalancer>[] = [
    {
      id: 'name',
      label: t('columns.name'),
      sortKey: 'name',
      getValue: (lb) => lb.name,
      render: (lb) => (
        <Box sx={{ minWidth: 180, maxWidth: 240 }}>
          <Link component={RouterLink} to={`/load-balancers/classic/${lb.id}`} sx={{ fontWeight: 600 }}>
            {lb.name}
          </Link>
          <Typography
            variant="caption"
            color="text.secondary"
            component="div"
            sx={{ fontFamily: 'monospace', fontSize: 11, overflowWrap: 'anywhere' }}
          >
            {lb.id}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'status',
      label: t('columns.status'),
      getValue: (lb) => t(`elb:classic.status.${classicDisplayStatus(lb)}`),
      render: (lb) => <ClassicStatusChip lb={lb} />,
    },
    {
      id: 'type',
      label: t('columns.network'),
      // The Type filter already says these are classic ones.
      getValue: (lb) => network(lb.type),
    },
    { id: 'address', label: t('columns.address'), sortKey: 'vip_address', getValue: (lb) => lb.vip_address },
    {
      id: 'bandwidth',
      label: t('columns.bandwidth'),
      getValue: (lb) => (lb.bandwidth === null ? '—' : t('mbits', { value: lb.bandwidth })),
    },
    { id: 'vpc', label: t('columns.vpc'), getValue: (lb) => vpcName.get(lb.vpc_id) ?? lb.vpc_id },
    {
      id: 'created',
      label: t('columns.created'),
      sortKey: 'created_at',
      getValue: (lb) => formatClassicTime(lb.create_time),
      render: (lb) => <DateCell time={formatClassicTime(lb.create_time)} withTime />,
    },
    { id: 'description', label: t('columns.description'), getValue: (lb) => lb.description ?? '', exportOnly: true },
    ...(slots
      ? [
          {
            id: 'operation',
            label: t('common:table.operation'),
            stickyRight: true,
            getValue: () => '',
            render: slots.operations,
          },
        ]
      : []),
  ];

  const exportAll = () =>
    fetchClassicPage({ ...params, limit: 100_000, marker: undefined }).then(({ items }) => {
      downloadText(
        'classic-load-balancers.csv',
        toCsv(
          columns
            .filter((column) => column.id !== 'operation')
            .map((column) => ({ header: column.label, value: column.getValue })),
          items,
        ),
      );
      return items.length;
    });

  return (
    <LbListView
      params={params}
      setParams={setParams}
      list={list}
      columns={columns}
      label={t('classic.tableLabel')}
      empty={t('classic.empty')}
      exportAll={exportAll}
      notice={slots?.notice}
    />
  );
}
