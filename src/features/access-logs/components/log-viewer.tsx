/**
 * The in-console log viewer (FEATURES §9): the stream's lines newest first, parsed into columns,
 * filtered, a page at a time with "Load older", and an auto-refresh switch. Text filters are also
 * sent as LTS keywords (a superset of the matches) so the server skips what cannot match.
 */
import Refresh from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Logtank } from '../../../../contract/elb-v3/logtanks';
import { ErrorAlert } from '../../../components/error-alert';
import { useLogLines } from '../api/use-log-lines';
import { DEFAULT_COLUMNS, orderedColumns } from '../model/columns';
import { hasFilters, keywordsOf, matchesFilters, NO_FILTERS, toLogRows, type LogFilters } from '../model/log-rows';
import { readLogView, writeLogView, type LogViewState } from '../model/log-view-state';
import { ColumnChooser } from './column-chooser';
import { LogFiltersBar, STATUS_RE } from './log-filters';
import { LogTable } from './log-table';

const KEYWORD_DELAY_MS = 400;

/** Filters as the server sees them: a moment after typing stops, and only valid ones. */
function useServerKeywords(filters: LogFilters): string {
  const status = STATUS_RE.test(filters.status.trim()) ? filters.status : '';
  const wanted = keywordsOf({ ...filters, status });
  const [keywords, setKeywords] = useState(wanted);
  useEffect(() => {
    const timer = window.setTimeout(() => setKeywords(wanted), KEYWORD_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [wanted]);
  return keywords;
}

export function LogViewer({ logtank, listeners }: { logtank: Logtank; listeners: { id: string; label: string }[] }) {
  const { t } = useTranslation('accessLogs');
  const [params, setParams] = useSearchParams();
  const { filters, range, autoRefresh } = readLogView(params);
  // Typed filters replace the history entry rather than add one per keystroke.
  const show = (patch: Partial<LogViewState>) =>
    setParams((current) => writeLogView(current, patch), { replace: true });
  const setFilters = (next: LogFilters) => show({ filters: next });
  const [columns, setColumns] = useState<Set<number>>(() => new Set(DEFAULT_COLUMNS));
  const keywords = useServerKeywords(filters);
  const lines = useLogLines({
    groupId: logtank.log_group_id,
    streamId: logtank.log_topic_id,
    range,
    keywords,
    autoRefresh,
  });
  const rows = useMemo(() => toLogRows(lines.data?.pages.flatMap((page) => page.logs) ?? []), [lines.data]);
  const shown = useMemo(() => rows.filter((row) => matchesFilters(row, filters)), [rows, filters]);
  const listenerNames = useMemo(() => new Map(listeners.map((item) => [item.id, item.label])), [listeners]);
  const lastPage = lines.data?.pages.at(-1);
  const stoppedEarly = lastPage !== undefined && !lastPage.isQueryComplete;

  return (
    <Box component="section" aria-labelledby="access-log-lines" sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="access-log-lines">
          {t('viewer.title')}
        </Typography>
        <Box sx={{ flexGrow: 1 }} />
        <FormControlLabel
          control={<Switch checked={autoRefresh} onChange={(event) => show({ autoRefresh: event.target.checked })} />}
          label={t('viewer.autoRefresh')}
        />
        <Button startIcon={<Refresh />} onClick={() => void lines.refetch()} disabled={lines.isFetching}>
          {t('viewer.refresh')}
        </Button>
        <ColumnChooser shown={columns} onChange={setColumns} />
      </Box>
      <LogFiltersBar
        filters={filters}
        onFiltersChange={setFilters}
        range={range}
        onRangeChange={(next) => show({ range: next })}
        listeners={listeners}
      />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, minHeight: 32 }}>
        <Typography variant="body2" color="text.secondary" role="status">
          {lines.data ? t('viewer.shown', { shown: shown.length, loaded: rows.length }) : ''}
        </Typography>
        {hasFilters(filters) ? (
          <Button size="small" onClick={() => setFilters(NO_FILTERS)}>
            {t('viewer.clear')}
          </Button>
        ) : null}
      </Box>
      <Box sx={{ height: 4 }}>{lines.isFetching ? <LinearProgress aria-label={t('viewer.title')} /> : null}</Box>
      {lines.error ? <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} /> : null}
      <LogTable
        rows={shown}
        columns={orderedColumns(columns)}
        loadBalancerId={logtank.loadbalancer_id}
        listenerNames={listenerNames}
        empty={lines.isPending ? '' : rows.length === 0 && !stoppedEarly ? t('viewer.empty') : t('viewer.noMatch')}
      />
      {stoppedEarly && rows.length === 0 ? <Alert severity="info">{t('viewer.stoppedEmpty')}</Alert> : null}
      {lines.hasNextPage ? (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button
            variant="outlined"
            onClick={() => void lines.fetchNextPage()}
            loading={lines.isFetchingNextPage}
            sx={{ justifySelf: 'start' }}
          >
            {t('viewer.loadOlder')}
          </Button>
        </Box>
      ) : lines.data && rows.length > 0 && !stoppedEarly ? (
        <Typography variant="body2" color="text.secondary">
          {t('viewer.end')}
        </Typography>
      ) : null}
    </Box>
  );
}
