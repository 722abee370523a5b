/** Time range, period, aggregation, metrics and auto-refresh of a monitoring view. */
import RefreshOutlined from '@mui/icons-material/RefreshOutlined';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { Tooltip } from '../../../components/tooltip';
import { useTranslation } from 'react-i18next';
import { METRIC_FILTERS, type MetricFilter, type MetricPeriod } from '../../../../contract/ces/fields';
import type { ElbMetric } from '../../../../contract/ces/metrics';
import { REFRESH_CHOICES, type MonitoringState, type RefreshSeconds } from '../model/monitoring-state';
import type { PeriodChoice, PeriodSetting } from '../model/period';
import { rangePresets, resolveRange, type TimeWindow } from '../model/time-range';
import { CustomRangeFields } from './custom-range-fields';

export interface MonitoringToolbarProps {
  state: MonitoringState;
  nowMs: number;
  periods: PeriodChoice[];
  /** The period "Auto" resolves to, and the one actually queried. */
  effectivePeriod: MetricPeriod;
  metricOptions: readonly ElbMetric[];
  chosenMetrics: readonly string[];
  onChange(patch: Partial<MonitoringState>): void;
  onRefresh(): void;
}

const HOUR_MS = 3_600_000;

export function MonitoringToolbar(props: MonitoringToolbarProps) {
  const { state, nowMs, periods, effectivePeriod, metricOptions, chosenMetrics, onChange, onRefresh } = props;
  const { t } = useTranslation('monitoring');
  const periodLabel = (period: MetricPeriod) => t(`period.${period}`);
  const customWindow: TimeWindow =
    state.range.preset === 'custom' ? resolveRange(state.range, nowMs) : { from: nowMs - HOUR_MS, to: nowMs };
  const selectedPeriod: PeriodSetting =
    state.period !== 'auto' && effectivePeriod === state.period ? state.period : 'auto';

  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          aria-label={t('range.label')}
          value={state.range.preset}
          sx={{ '& .MuiToggleButton-root': { px: 1.5 } }}
          onChange={(_, preset: string | null) => {
            if (preset === 'custom') onChange({ range: { preset, ...customWindow }, refresh: 0 });
            else {
              const found = rangePresets.find((item) => item === preset);
              if (found) onChange({ range: { preset: found } });
            }
          }}
        >
          {rangePresets.map((preset) => (
            <ToggleButton key={preset} value={preset}>
              {t(`range.preset.${preset}`)}
            </ToggleButton>
          ))}
          <ToggleButton value="custom">{t('range.custom')}</ToggleButton>
        </ToggleButtonGroup>
        {state.range.preset === 'custom' ? (
          <CustomRangeFields
            key={`${customWindow.from}-${customWindow.to}`}
            initial={customWindow}
            nowMs={nowMs}
            onApply={(window) => onChange({ range: { preset: 'custom', ...window } })}
          />
        ) : null}
      </Stack>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        <TextField
          select
          size="small"
          label={t('period.label')}
          value={selectedPeriod}
          onChange={(event) =>
            onChange({ period: event.target.value === 'auto' ? 'auto' : (Number(event.target.value) as MetricPeriod) })
          }
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="auto">{t('period.auto', { period: periodLabel(effectivePeriod) })}</MenuItem>
          {periods.map((choice) => (
            <MenuItem key={choice.period} value={choice.period} disabled={choice.blockedBy !== undefined}>
              <ListItemText
                primary={periodLabel(choice.period)}
                secondary={choice.blockedBy ? t(`period.blocked.${choice.blockedBy}`) : undefined}
              />
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('filter.label')}
          value={state.filter}
          onChange={(event) => onChange({ filter: event.target.value as MetricFilter })}
          sx={{ minWidth: 150 }}
        >
          {METRIC_FILTERS.map((filter) => (
            <MenuItem key={filter} value={filter}>
              {t(`filter.${filter}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('metrics.label')}
          value={[...chosenMetrics]}
          onChange={(event) => {
            const value = event.target.value as unknown as string[] | string;
            onChange({ metrics: typeof value === 'string' ? value.split(',') : value });
          }}
          slotProps={{
            select: {
              multiple: true,
              renderValue: () => t('metrics.selected', { count: chosenMetrics.length }),
            },
          }}
          sx={{ minWidth: 200 }}
        >
          {metricOptions.map((metric) => (
            <MenuItem key={metric.id} value={metric.id} dense>
              <Checkbox size="small" checked={chosenMetrics.includes(metric.id)} sx={{ p: 0.5, mr: 1 }} />
              <ListItemText primary={t(`metric.${metric.id}.name`)} secondary={metric.unit} />
            </MenuItem>
          ))}
        </TextField>
        <FormControlLabel
          control={
            <Switch
              checked={state.refresh > 0}
              onChange={(event) => onChange({ refresh: event.target.checked ? 60 : 0 })}
            />
          }
          label={t('refresh.label')}
        />
        <TextField
          select
          size="small"
          label={t('refresh.interval')}
          value={state.refresh}
          disabled={state.refresh === 0}
          onChange={(event) => onChange({ refresh: Number(event.target.value) as RefreshSeconds })}
          sx={{ minWidth: 130 }}
        >
          {REFRESH_CHOICES.map((seconds) => (
            <MenuItem key={seconds} value={seconds} disabled={seconds === 0}>
              {t(`refresh.every.${seconds}`)}
            </MenuItem>
          ))}
        </TextField>
        <Tooltip title={t('refresh.now')}>
          <IconButton aria-label={t('refresh.now')} onClick={onRefresh}>
            <RefreshOutlined />
          </IconButton>
        </Tooltip>
      </Stack>
    </Stack>
  );
}
