/**
 * One metric as a chart card: its name and unit, the latest value, an optional "create alarm"
 * action, and the drawing (lazily loaded, so the chart library is not in the first download).
 */
import OpenInFullOutlined from '@mui/icons-material/OpenInFullOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import Button from '@mui/material/Button';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import { Tooltip } from '../../../components/tooltip';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElbMetric } from '../../../../contract/ces/metrics';
import { metricQueries, type ChartQuery } from '../../../api/queries/metrics';
import { ErrorAlert } from '../../../components/error-alert';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';
import { latestValue, seriesKey, toChartRows } from '../model/chart-rows';
import { downsample } from '../model/downsample';
import { formatMetricValue } from '../model/format-value';
import { dimensionsOf, type MonitoredResource } from '../model/monitored-resource';
import { visuallyHidden } from '../../../components/visually-hidden';

const ChartCanvas = lazy(() => import('./chart-canvas'));

/** About two rows per pixel column of a chart card. */
const MAX_DISPLAY_ROWS = 800;
const CHART_HEIGHT = 220;
const FULL_SIZE_HEIGHT = 520;
const SERIES_COLORS = [
  '#1565c0',
  '#ef6c00',
  '#2e7d32',
  '#6a1b9a',
  '#c62828',
  '#00838f',
  '#5d4037',
  '#ad1457',
  '#455a64',
  '#9e9d24',
];

export interface MetricChartProps {
  metric: ElbMetric;
  resources: readonly MonitoredResource[];
  query: Omit<ChartQuery, 'metricName' | 'series'>;
  refreshMs: number | false;
  alarmAction?: (prefill: AlarmPrefill) => ReactNode;
}

export function MetricChart({ metric, resources, query, refreshMs, alarmAction }: MetricChartProps) {
  const { t } = useTranslation('monitoring');
  const chartQuery: ChartQuery = { ...query, metricName: metric.id, series: resources.map(dimensionsOf) };
  const { data, error, isPending, refetch } = useQuery(metricQueries.chart(chartQuery, refreshMs));
  const keys = useMemo(() => resources.map((_, index) => seriesKey(index)), [resources]);
  const rows = useMemo(() => downsample(data ? toChartRows(data.series) : [], keys, MAX_DISPLAY_ROWS), [data, keys]);
  const name = t(`metric.${metric.id}.name`);
  const latest = latestValue(data?.series[0]);
  const single = resources.length === 1 ? resources[0] : undefined;
  const headingId = `chart-${metric.id}`;
  const [fullSize, setFullSize] = useState(false);
  const canvas = (height: number) => (
    <Suspense fallback={<Skeleton variant="rounded" height={height} />}>
      <ChartCanvas
        rows={rows}
        series={resources.map((resource, index) => ({
          key: seriesKey(index),
          label: resource.name,
          color: SERIES_COLORS[index % SERIES_COLORS.length]!,
        }))}
        unit={metric.unit}
        from={data?.from ?? 0}
        to={data?.to ?? 0}
        height={height}
        label={t('chart.label', { name })}
      />
    </Suspense>
  );

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Tooltip title={t(`metric.${metric.id}.meaning`)} placement="top-start" describeChild>
            <Typography id={headingId} variant="subtitle2" component="h3" noWrap>
              {name}
            </Typography>
          </Tooltip>
          <Typography variant="caption" color="text.secondary">
            {t('chart.unit', { unit: metric.unit })}
            {single && latest !== undefined
              ? ` · ${t('chart.latest', { value: formatMetricValue(latest, metric.unit) })}`
              : ''}
          </Typography>
        </Box>
        {single && alarmAction
          ? alarmAction({
              metricName: metric.id,
              dimensions: dimensionsOf(single),
              unit: metric.unit,
              resourceName: single.name,
              ...(latest === undefined ? {} : { value: latest }),
            })
          : null}
        <Tooltip title={t('chart.fullSize', { name })}>
          <IconButton size="small" aria-label={t('chart.fullSize', { name })} onClick={() => setFullSize(true)}>
            <OpenInFullOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Skeleton variant="rounded" height={CHART_HEIGHT} aria-label={t('chart.loading', { name })} />
      ) : rows.length === 0 ? (
        <Alert severity="info" variant="outlined" sx={{ minHeight: CHART_HEIGHT - 32 }}>
          {t('chart.noData')}
        </Alert>
      ) : (
        <>
          {canvas(CHART_HEIGHT)}
          {/* The drawing's values as text, for screen readers: per series its latest, lowest and highest. */}
          <Box component="ul" sx={visuallyHidden}>
            {resources.map((resource, index) => {
              const values = (data?.series[index] ?? []).map((point) => point.value);
              const format = (value: number | undefined) =>
                value === undefined ? '—' : formatMetricValue(value, metric.unit);
              return (
                <li key={seriesKey(index)}>
                  {t('chart.summary', {
                    name: resource.name,
                    latest: format(values.at(-1)),
                    min: format(values.length ? Math.min(...values) : undefined),
                    max: format(values.length ? Math.max(...values) : undefined),
                  })}
                </li>
              );
            })}
          </Box>
        </>
      )}
      <Dialog open={fullSize} onClose={() => setFullSize(false)} fullWidth maxWidth="xl">
        <DialogTitle>{name}</DialogTitle>
        <DialogContent>
          {rows.length ? canvas(FULL_SIZE_HEIGHT) : <Alert severity="info">{t('chart.noData')}</Alert>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setFullSize(false)}>{t('chart.close')}</Button>
        </DialogActions>
      </Dialog>
    </Paper>
  );
}
