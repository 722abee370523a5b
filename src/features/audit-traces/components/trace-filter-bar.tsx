/**
 * The Trace List filters (viewing_traces.rst): Trace Type, Trace Source, Resource Type, Search By,
 * Operator, Trace Status and a time range within the last seven days. The user edits a draft and
 * applies it with Search (as the CTS console's Query), so typing does not send a request per key.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { elbTraceResourceTypes } from '../../../../contract/cts/key-operations';
import { TRACE_RATINGS } from '../../../../contract/cts/traces';
import {
  customRangeProblem,
  readTraceFilters,
  SEARCH_BY,
  TIME_RANGES,
  TRACE_SERVICES,
  traceNameChoices,
  type TimeRange,
  type TraceFilters,
} from '../model/trace-filters';
import { fromLocalInput, toLocalInput } from '../../../lib/local-time';
import { FilterSelect, TimeInput } from './filter-fields';

const ALL = '';

export function TraceFilterBar({ filters, onApply }: { filters: TraceFilters; onApply(filters: TraceFilters): void }) {
  const { t } = useTranslation('traces');
  const [draft, setDraft] = useState(filters);
  const [from, setFrom] = useState(filters.from === undefined ? '' : toLocalInput(filters.from));
  const [to, setTo] = useState(filters.to === undefined ? '' : toLocalInput(filters.to));
  const [problem, setProblem] = useState<string>();
  const set = (patch: Partial<TraceFilters>) => setDraft((current) => ({ ...current, ...patch }));
  const names = traceNameChoices(draft.resourceType);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const custom = { from: fromLocalInput(from), to: fromLocalInput(to) };
    if (draft.range === 'custom') {
      const found = customRangeProblem(custom.from, custom.to, Date.now());
      setProblem(found ? t(`time.problem.${found}`) : undefined);
      if (found) return;
    } else setProblem(undefined);
    onApply({ ...draft, ...(draft.range === 'custom' ? custom : {}), markers: [] });
  };
  const reset = () => {
    const cleared = readTraceFilters(new URLSearchParams());
    setDraft(cleared);
    setFrom('');
    setTo('');
    setProblem(undefined);
    onApply(cleared);
  };

  return (
    <Paper
      component="form"
      variant="outlined"
      onSubmit={submit}
      aria-label={t('filters.label')}
      sx={{ p: 2, display: 'grid', gap: 2 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        <FilterSelect
          label={t('filters.traceType')}
          value="system"
          options={[{ value: 'system', label: t('filters.management') }]}
          onChange={() => undefined}
        />
        <FilterSelect
          label={t('filters.traceSource')}
          value={draft.source}
          options={[
            { value: ALL, label: t('filters.allSources') },
            ...TRACE_SERVICES.map((service) => ({ value: service, label: service })),
          ]}
          onChange={(source) => set({ source })}
        />
        <FilterSelect
          label={t('filters.resourceType')}
          value={draft.resourceType}
          options={[
            { value: ALL, label: t('filters.allResourceTypes') },
            ...elbTraceResourceTypes.map((type) => ({ value: type, label: type })),
          ]}
          onChange={(resourceType) => set({ resourceType, ...(draft.searchBy === 'trace_name' ? { search: '' } : {}) })}
        />
        <FilterSelect
          label={t('filters.searchBy')}
          value={draft.searchBy}
          options={SEARCH_BY.map((by) => ({ value: by, label: t(`filters.by.${by}`) }))}
          onChange={(searchBy) => set({ searchBy: searchBy as TraceFilters['searchBy'], search: '' })}
        />
        {draft.searchBy === 'trace_name' ? (
          <FilterSelect
            label={t('filters.by.trace_name')}
            value={draft.search}
            options={[
              { value: ALL, label: t('filters.allTraceNames') },
              ...names.map((name) => ({ value: name, label: name })),
            ]}
            onChange={(search) => set({ search })}
          />
        ) : (
          <TextField
            size="small"
            label={t(`filters.by.${draft.searchBy}`)}
            value={draft.search}
            onChange={(event) => set({ search: event.target.value })}
            sx={{ minWidth: 220 }}
          />
        )}
        <TextField
          size="small"
          label={t('filters.operator')}
          value={draft.user}
          onChange={(event) => set({ user: event.target.value })}
          sx={{ minWidth: 160 }}
        />
        <FilterSelect
          label={t('filters.traceStatus')}
          value={draft.rating}
          options={[
            { value: ALL, label: t('filters.allStatuses') },
            ...TRACE_RATINGS.map((rating) => ({ value: rating, label: t(`rating.${rating}`) })),
          ]}
          onChange={(rating) => set({ rating: rating as TraceFilters['rating'] })}
        />
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={draft.range}
          aria-label={t('time.label')}
          onChange={(_, range: TimeRange | null) => {
            if (range) set({ range });
          }}
        >
          {TIME_RANGES.map((range) => (
            <ToggleButton key={range} value={range}>
              {t(`time.${range}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        {draft.range === 'custom' ? (
          <>
            <TimeInput label={t('time.from')} value={from} onChange={setFrom} invalid={problem !== undefined} />
            <TimeInput
              label={t('time.to')}
              value={to}
              onChange={setTo}
              invalid={problem !== undefined}
              helperText={problem ?? t('time.hint')}
            />
          </>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <Button onClick={reset}>{t('filters.reset')}</Button>
        <Button type="submit" variant="contained">
          {t('filters.search')}
        </Button>
      </Box>
    </Paper>
  );
}
