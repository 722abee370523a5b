/**
 * The FAQ "How do I troubleshoot an unhealthy backend server?" on live data (FEATURES §12.7): every
 * unhealthy server of a load balancer's groups, each with "Why unhealthy?" opening the group
 * page's panel; a load balancer without any says so.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQueries, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { poolQueries } from '../../../../api/queries/pools';
import { ErrorAlert } from '../../../../components/error-alert';
import { visuallyHidden } from '../../../../components/visually-hidden';
import { useGroupContext } from '../../api/use-group-context';
import { memberRows, type MemberRow } from '../../model/member-rows';

const WhyUnhealthyPanel = lazy(() =>
  import('../../components/why-unhealthy-panel').then((m) => ({ default: m.WhyUnhealthyPanel })),
);

/** The unhealthy rows of one group, with the group's context the panel needs. */
function GroupRows({ lb, pool }: { lb: LoadBalancer; pool: Pool }) {
  const { t } = useTranslation('poolChecks');
  const context = useGroupContext(lb, pool.id);
  const [why, setWhy] = useState<MemberRow>();
  const rows = memberRows(context.members ?? [], context.vpcServers).filter(
    (row) => row.member.operating_status === 'OFFLINE',
  );
  return (
    <>
      {rows.map((row) => (
        <TableRow key={row.member.id}>
          <TableCell sx={{ overflowWrap: 'anywhere' }}>{pool.name || pool.id}</TableCell>
          <TableCell sx={{ overflowWrap: 'anywhere' }}>{row.name || row.member.id}</TableCell>
          <TableCell>
            {row.member.address}:{row.member.protocol_port}
          </TableCell>
          <TableCell>
            <Button size="small" onClick={() => setWhy(row)} aria-label={t('groups:why.open', { name: row.name })}>
              {t('groups:why.link')}
            </Button>
          </TableCell>
        </TableRow>
      ))}
      {why ? (
        <Suspense fallback={null}>
          <WhyUnhealthyPanel lb={lb} pool={pool} row={why} context={context} onClose={() => setWhy(undefined)} />
        </Suspense>
      ) : null}
    </>
  );
}

export function UnhealthyMembers({ lb }: { lb: LoadBalancer }) {
  const { t } = useTranslation('poolChecks');
  const pools = useQuery(poolQueries.byLoadBalancer(lb.id));
  const members = useQueries({
    queries: (pools.data ?? []).map((pool) => poolQueries.members(pool.id)),
  });
  const error = pools.error ?? members.find((query) => query.error)?.error;
  if (error) return <ErrorAlert error={error} onRetry={() => void pools.refetch()} />;
  if (!pools.data || members.some((query) => !query.data)) return <LinearProgress aria-label={t('loading')} />;
  const name = lb.name || lb.id;
  const withUnhealthy = pools.data.filter((_, index) =>
    (members[index]?.data ?? []).some((member) => member.operating_status === 'OFFLINE'),
  );
  const unhealthyCount = members
    .flatMap((query) => query.data ?? [])
    .filter((member) => member.operating_status === 'OFFLINE').length;
  return (
    <Box sx={{ display: 'grid', gap: 1.5, minWidth: 0 }}>
      {withUnhealthy.length === 0 ? (
        <Alert severity="success">{t('unhealthy.none', { name })}</Alert>
      ) : (
        <>
          <Alert severity="warning">{t('unhealthy.count', { count: unhealthyCount, name })}</Alert>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={t('unhealthy.tableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('unhealthy.group')}</TableCell>
                  <TableCell>{t('unhealthy.server')}</TableCell>
                  <TableCell>{t('unhealthy.address')}</TableCell>
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      {t('unhealthy.why')}
                    </Box>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {withUnhealthy.map((pool) => (
                  <GroupRows key={pool.id} lb={lb} pool={pool} />
                ))}
              </TableBody>
            </Table>
          </Box>
        </>
      )}
    </Box>
  );
}
