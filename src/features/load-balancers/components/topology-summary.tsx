/**
 * What the load balancer serves, from its status tree: listeners, groups and the health of
 * every backend server. Warns when it cannot carry traffic yet (guide: load_balancer/overview.rst).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { ErrorAlert } from '../../../components/error-alert';
import { StatusChip } from '../../../components/status-chip';
import { statusTreeQuery } from '../api/get-load-balancer';
import { memberHealthCounts } from '../model/topology';

export function TopologySummary({ lb }: { lb: LoadBalancer }) {
  const { t } = useTranslation('lb');
  const tree = useQuery(statusTreeQuery(lb.id));
  if (tree.error) return <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  if (!tree.data) return <Skeleton variant="rounded" height={96} />;
  const counts = memberHealthCounts(tree.data);
  const members = counts.ONLINE + counts.OFFLINE + counts.NO_MONITOR + counts.DISABLED;
  const stats = [
    { label: t('topology.listeners'), value: tree.data.listeners.length },
    { label: t('topology.groups'), value: tree.data.pools.length },
    { label: t('topology.servers'), value: members },
  ];
  return (
    <Paper variant="outlined" sx={{ p: 2.5, display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'center' }}>
        {stats.map((stat) => (
          <Box key={stat.label}>
            <Typography variant="h2" component="p">
              {stat.value}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {stat.label}
            </Typography>
          </Box>
        ))}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} role="group" aria-label={t('topology.health')}>
          {counts.ONLINE ? <StatusChip tone="ok" label={t('topology.healthy', { count: counts.ONLINE })} /> : null}
          {counts.OFFLINE ? (
            <StatusChip tone="error" label={t('topology.unhealthy', { count: counts.OFFLINE })} />
          ) : null}
          {counts.NO_MONITOR ? (
            <StatusChip tone="unknown" label={t('topology.unchecked', { count: counts.NO_MONITOR })} />
          ) : null}
          {counts.DISABLED ? (
            <StatusChip tone="off" label={t('topology.disabled', { count: counts.DISABLED })} />
          ) : null}
        </Box>
      </Box>
      {tree.data.operating_status === 'DEGRADED' ? <Alert severity="warning">{t('topology.degraded')}</Alert> : null}
      {/* Without a listener the page's banner says so (and how to add one); not repeated here. */}
      {tree.data.listeners.length > 0 && members === 0 ? <Alert severity="info">{t('topology.noServer')}</Alert> : null}
    </Paper>
  );
}
