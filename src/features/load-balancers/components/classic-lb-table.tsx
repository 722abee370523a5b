/**
 * Classic load balancers in the list (FEATURES §1.4: a separate API family). Read here;
 * their listeners, backend ECSs and actions belong to the classic chapter of the console.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { networkQueries } from '../../../api/queries/networks';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatDateTime } from '../../../lib/format';
import { classicListQuery, fetchClassicPage } from '../api/list-classic-load-balancers';
import { classicDisplayStatus, classicStatusTone } from '../model/classic-status';
import type { ListParams } from '../model/list-params';
import { LbListView } from './lb-list-view';

/** Classic times are `YYYY-MM-DD HH:MM:SS` UTC. */
const classicTime = (value: string) => formatDateTime(`${value.replace(' ', 'T')}Z`);

export function ClassicLoadBalancerTable({
  params,
  setParams,
}: {
  params: ListParams;
  setParams(patch: Partial<ListParams>): void;
}) {
  const { t } = useTranslation(['lb', 'common']);
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
        <Box sx={{ minWidth: 250 }}>
          <Link component={RouterLink} to={`/load-balancers/classic/${lb.id}`} sx={{ fontWeight: 600 }}>
            {lb.name}
          </Link>
          <Typography
            variant="caption"
            color="text.secondary"
            component="div"
            sx={{ fontFamily: 'monospace', fontSize: 11 }}
          >
            {lb.id}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'status',
      label: t('columns.status'),
      getValue: (lb) => t(`classic.status.${classicDisplayStatus(lb)}`),
      render: (lb) => (
        <StatusChip
          tone={classicStatusTone[classicDisplayStatus(lb)]}
          label={t(`classic.status.${classicDisplayStatus(lb)}`)}
        />
      ),
    },
    {
      id: 'type',
      label: t('columns.typeNetwork'),
      getValue: (lb) => `${t('type.classic')} · ${t(`classic.network.${lb.type}`)}`,
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
      getValue: (lb) => classicTime(lb.create_time),
    },
    { id: 'description', label: t('columns.description'), getValue: (lb) => lb.description ?? '', exportOnly: true },
  ];

  const exportAll = () =>
    fetchClassicPage({ ...params, limit: 100_000, marker: undefined }).then(({ items }) => {
      downloadText(
        'classic-load-balancers.csv',
        toCsv(
          columns.map((column) => ({ header: column.label, value: column.getValue })),
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
      notice={
        <Alert severity="info" sx={{ mb: 1.5 }}>
          {t('classic.readOnly')}
        </Alert>
      }
    />
  );
}
