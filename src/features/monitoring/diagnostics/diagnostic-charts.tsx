/** The charts under a traffic diagnostic: the metrics its checks read, over the same 24 hours. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { elbMetrics } from '../../../../contract/ces/metrics';
import { MetricChart } from '../components/metric-chart';
import type { MonitoredResource } from '../model/monitored-resource';
import { diagnosticWindow, type MetricRequest } from './use-lb-metrics';

export function DiagnosticCharts({
  resource,
  requests,
}: {
  resource: MonitoredResource;
  requests: readonly MetricRequest[];
}) {
  const { t } = useTranslation('lbChecks');
  const charted = requests.flatMap((request) => {
    const metric = elbMetrics.find((candidate) => candidate.id === request.id);
    return metric ? [{ metric, filter: request.filter }] : [];
  });
  return (
    <Box component="section" aria-label={t('charts.label')} sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle1" component="h3">
        {t('charts.title')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        {charted.map(({ metric, filter }) => (
          <MetricChart
            key={metric.id}
            metric={metric}
            resources={[resource]}
            query={diagnosticWindow(filter)}
            refreshMs={false}
          />
        ))}
      </Box>
    </Box>
  );
}
