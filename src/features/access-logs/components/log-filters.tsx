/**
 * The viewer's filters (FEATURES §9): time range (presets or custom), status class and exact code,
 * client IP, backend server, URL path and listener. Bad input is shown at the field and not applied.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOG_QUERY_MAX_RANGE_MS } from '../../../../contract/lts';
import { STATUS_CLASSES, type LogFilters } from '../model/log-rows';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { RANGE_PRESETS, type RangePreset, type TimeRange } from '../model/time-range';

export const STATUS_RE = /^[1-5]\d\d$/;

interface Props {
  filters: LogFilters;
  onFiltersChange(filters: LogFilters): void;
  range: TimeRange;
  onRangeChange(range: TimeRange): void;
  listeners: { id: string; label: string }[];
}

function CustomRange({
  range,
  onRangeChange,
}: Pick<Props, 'onRangeChange'> & { range: TimeRange & { kind: 'custom' } }) {
  const { t } = useTranslation('accessLogs');
  const [from, setFrom] = useState(() => toLocalInput(range.from));
  const [to, setTo] = useState(() => toLocalInput(range.to));
  const start = fromLocalInput(from);
  const end = fromLocalInput(to);
  const valid = start !== undefined && end !== undefined && start < end && end - start <= LOG_QUERY_MAX_RANGE_MS;
  const field = (label: string, value: string, set: (value: string) => void) => (
    <TextField
      size="small"
      type="datetime-local"
      label={label}
      value={value}
      error={!valid}
      helperText={valid ? undefined : t('viewer.rangeInvalid')}
      onChange={(event) => set(event.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <>
      {field(t('viewer.from'), from, setFrom)}
      {field(t('viewer.to'), to, setTo)}
      <Button
        size="small"
        disabled={!valid}
        onClick={() => valid && onRangeChange({ kind: 'custom', from: start, to: end })}
        sx={{ alignSelf: 'center' }}
      >
        {t('viewer.applyRange')}
      </Button>
    </>
  );
}

export function LogFiltersBar({ filters, onFiltersChange, range, onRangeChange, listeners }: Props) {
  const { t } = useTranslation('accessLogs');
  const set = (key: keyof LogFilters) => (value: string) => onFiltersChange({ ...filters, [key]: value });
  const statusInvalid = filters.status.trim() !== '' && !STATUS_RE.test(filters.status.trim());
  /** A select whose empty choice means "any". */
  const choice = (
    key: 'statusClass' | 'listenerId',
    label: string,
    any: string,
    options: readonly { id: string; label: string }[],
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={filters[key]}
      onChange={(event) => set(key)(event.target.value)}
      sx={{ minWidth: 150 }}
    >
      <MenuItem value="">{any}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const text = (key: 'client' | 'upstream' | 'url', label: string) => (
    <TextField size="small" label={label} value={filters[key]} onChange={(event) => set(key)(event.target.value)} />
  );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
      <TextField
        select
        size="small"
        label={t('viewer.range')}
        value={range.kind === 'custom' ? 'custom' : range.preset}
        onChange={(event) => {
          const value = event.target.value;
          const now = Date.now();
          onRangeChange(
            value === 'custom'
              ? { kind: 'custom', from: now - 3_600_000, to: now }
              : { kind: 'preset', preset: value as RangePreset },
          );
        }}
        sx={{ minWidth: 170 }}
      >
        {RANGE_PRESETS.map((preset) => (
          <MenuItem key={preset.id} value={preset.id}>
            {t(`viewer.ranges.${preset.id}`)}
          </MenuItem>
        ))}
        <MenuItem value="custom">{t('viewer.ranges.custom')}</MenuItem>
      </TextField>
      {range.kind === 'custom' ? (
        <CustomRange key={`${range.from}-${range.to}`} range={range} onRangeChange={onRangeChange} />
      ) : null}
      {choice(
        'statusClass',
        t('viewer.statusClass'),
        t('viewer.anyStatusClass'),
        STATUS_CLASSES.map((item) => ({ id: item, label: item })),
      )}
      <TextField
        size="small"
        label={t('viewer.status')}
        value={filters.status}
        onChange={(event) => set('status')(event.target.value)}
        error={statusInvalid}
        helperText={statusInvalid ? t('viewer.statusInvalid') : undefined}
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 3 } }}
        sx={{ width: 130 }}
      />
      {text('client', t('viewer.client'))}
      {text('upstream', t('viewer.upstream'))}
      {text('url', t('viewer.url'))}
      {choice('listenerId', t('viewer.listener'), t('viewer.anyListener'), listeners)}
    </Box>
  );
}
