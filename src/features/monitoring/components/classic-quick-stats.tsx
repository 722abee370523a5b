/**
 * A classic load balancer's traffic right now, from the classic quick statistics
 * (GET /v1.0/{project_id}/elbaas/monitor, querying_monitoring_metrics.rst; FEATURES §10.1): one figure
 * per counter, with the Cloud Eye metric's name and unit, so it reads like the charts below it.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { findElbMetric } from '../../../../contract/ces/metrics';
import { classicMonitorCounters, classicMonitorMetricIds } from '../../../../contract/elb-classic/monitor';
import { fromClassicTimestamp } from '../../../../contract/elb-classic/timestamps';
import { call } from '../../../api/api-call';
import { classicMonitorApi } from '../../../api/clients/elb-classic';
import { rootKeys } from '../../../api/queries/keys';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDateTime } from '../../../lib/format';
import { formatMetricValue } from '../model/format-value';

/** The statistics cover every classic load balancer at once; one query serves all their pages. */
const quickStatsQuery = {
  queryKey: [...rootKeys.metrics, 'classic-monitor'],
  queryFn: ({ signal }: { signal: AbortSignal }) => call(classicMonitorApi.list(), signal),
  refetchInterval: 60_000,
};

export function ClassicQuickStats({ loadBalancerId }: { loadBalancerId: string }) {
  const { t } = useTranslation('monitoring');
  const query = useQuery(quickStatsQuery);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const entry = query.data?.find((item) => item.loadbalancer_id === loadBalancerId);
  if (!entry) return null;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="classic-quick-stats" sx={{ p: 2 }}>
      <Typography id="classic-quick-stats" variant="h2" sx={{ mb: 1 }}>
        {t('quickStats.title')}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))' }}
      >
        {classicMonitorCounters.map((counter) => {
          const metric = findElbMetric(classicMonitorMetricIds[counter]);
          if (!metric) return null;
          return (
            <Box key={counter}>
              <Typography component="dt" variant="caption" color="text.secondary">
                {t(`metric.${metric.id}.name`, { defaultValue: metric.name })}
              </Typography>
              <Typography component="dd" sx={{ m: 0, fontWeight: 600 }}>
                {formatMetricValue(entry[counter], metric.unit)}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {t('quickStats.reported', { time: formatDateTime(fromClassicTimestamp(entry.create_time)) })}
      </Typography>
    </Paper>
  );
}
