/**
 * A monitoring view of one or more load balancers or listeners (FEATURES §10.4): the toolbar, one
 * chart per chosen metric (each comparing the resources), and what to expect from the data.
 * Everything chosen lives in the URL (monitoring-state.ts).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { metricKeys } from '../../../api/queries/metrics';
import { useNow } from '../../../lib/use-now';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';
import { readMonitoringState, writeMonitoringState, type MonitoringState } from '../model/monitoring-state';
import { defaultMetrics, metricOptions, type MonitoredResource } from '../model/monitored-resource';
import { effectivePeriod, periodChoices } from '../model/period';
import { RANGE_PRESETS, resolveRange } from '../model/time-range';
import { MetricChart } from './metric-chart';
import { MonitoringToolbar } from './monitoring-toolbar';

export interface MonitoringPanelProps {
  resources: readonly MonitoredResource[];
  alarmAction?: (prefill: AlarmPrefill) => ReactNode;
}

export function MonitoringPanel({ resources, alarmAction }: MonitoringPanelProps) {
  const { t } = useTranslation('monitoring');
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const nowMs = useNow();
  const state = readMonitoringState(params, nowMs);
  const options = metricOptions(resources);
  const offered = (state.metrics ?? []).filter((id) => options.some((metric) => metric.id === id));
  // Metrics chosen on another resource may not apply here (Layer-7 ones on a TCP listener): then the defaults.
  const chosen = offered.length > 0 ? offered : defaultMetrics(options);
  const window = resolveRange(state.range, nowMs);
  const seriesCount = Math.max(1, resources.length);
  const period = effectivePeriod(state.period, window, seriesCount);
  const query = {
    window: state.range.preset === 'custom' ? window : { last: RANGE_PRESETS[state.range.preset] },
    period,
    filter: state.filter,
  };
  const update = (patch: Partial<MonitoringState>) =>
    setParams((current) => writeMonitoringState(current, patch), { replace: true });

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <MonitoringToolbar
        state={state}
        nowMs={nowMs}
        periods={periodChoices(window)}
        effectivePeriod={period}
        metricOptions={options}
        chosenMetrics={chosen}
        onChange={update}
        onRefresh={() => void queryClient.invalidateQueries({ queryKey: metricKeys.all })}
      />
      {resources.length === 0 ? (
        <Alert severity="info">{t('empty.resources')}</Alert>
      ) : chosen.length === 0 ? (
        <Alert severity="info">{t('empty.metrics')}</Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
          {options
            .filter((metric) => chosen.includes(metric.id))
            .map((metric) => (
              <MetricChart
                key={metric.id}
                metric={metric}
                resources={resources}
                query={query}
                refreshMs={state.refresh > 0 ? state.refresh * 1000 : false}
                alarmAction={alarmAction}
              />
            ))}
        </Box>
      )}
      <Typography variant="body2" color="text.secondary">
        {t('notes')}
      </Typography>
    </Box>
  );
}
