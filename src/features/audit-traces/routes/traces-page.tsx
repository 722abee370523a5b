/**
 * Traces (guide/auditing/viewing_traces.rst; FEATURES §11.2): the CTS trace list of the last seven
 * days with its filters, expandable rows, View Trace, marker paging and export. State is in the URL.
 */
import Refresh from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TRACE_RETENTION_MS, type Trace } from '../../../../contract/cts/traces';
import { traceQueries } from '../../../api/queries/traces';
import { MarkerPagination } from '../../../components/marker-pagination';
import { PageHeader } from '../../../components/page-header';
import { ExportTracesButton } from '../components/export-traces-button';
import { csvColumns, traceColumns } from '../components/trace-columns';
import { TraceFilterBar } from '../components/trace-filter-bar';
import { TraceTable } from '../components/trace-table';
import { ViewTraceDialog } from '../components/view-trace-dialog';
import { readTraceFilters, traceQueryOf, writeTraceFilters, type TraceFilters } from '../model/trace-filters';

const RETENTION_DAYS = TRACE_RETENTION_MS / 86_400_000;

export default function TracesPage() {
  const { t } = useTranslation('traces');
  const [search, setSearch] = useSearchParams();
  const filters = readTraceFilters(search);
  const setFilters = (next: TraceFilters) => setSearch(writeTraceFilters(next));
  // A preset ("last hour") ends when it was chosen: paging then stays within one window.
  const [anchor, setAnchor] = useState(() => Date.now());
  const [viewing, setViewing] = useState<Trace>();
  const query = traceQueryOf(filters, anchor);
  const next = filters.markers.at(-1);
  const page = useQuery({
    ...traceQueries.list({ ...query, limit: filters.limit, ...(next ? { next } : {}) }),
    enabled: query !== undefined,
    placeholderData: keepPreviousData,
  });
  const index = useQuery(traceQueries.resourceIndex());
  const columns = traceColumns(t, index.data, setViewing);
  const marker = page.data?.meta_data.marker ?? null;
  const filterKey = writeTraceFilters({ ...filters, markers: [], limit: 0 }).toString();
  const start = filters.markers.length * filters.limit;
  const count = page.data?.traces.length ?? 0;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        crumbs={[{ label: t('list.title') }]}
        help={t('list.intro', { days: RETENTION_DAYS })}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <TraceFilterBar
          key={filterKey}
          filters={filters}
          onApply={(applied) => {
            setAnchor(Date.now());
            setFilters(applied);
          }}
        />
        {query ? null : <Alert severity="warning">{t('list.badRange', { days: RETENTION_DAYS })}</Alert>}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {t('list.retention', { days: RETENTION_DAYS })}
          </Typography>
          <Button
            startIcon={<Refresh />}
            onClick={() => {
              setAnchor(Date.now());
              setFilters({ ...filters, markers: [] });
            }}
          >
            {t('list.refresh')}
          </Button>
          <ExportTracesButton query={query} columns={csvColumns(columns)} />
        </Box>
        <TraceTable
          columns={columns}
          traces={page.data?.traces}
          loading={page.isFetching}
          error={page.error}
          onRetry={() => void page.refetch()}
          empty={
            <Box sx={{ display: 'grid', gap: 0.5 }}>
              <Typography>{t('list.empty')}</Typography>
              <Typography variant="body2">{t('list.emptyHint', { days: RETENTION_DAYS })}</Typography>
            </Box>
          }
          footer={
            <MarkerPagination
              pageSize={filters.limit}
              onPageSizeChange={(limit) => setFilters({ ...filters, limit, markers: [] })}
              hasPrevious={filters.markers.length > 0 && !page.isFetching}
              hasNext={marker !== null && !page.isFetching}
              onPrevious={() => setFilters({ ...filters, markers: filters.markers.slice(0, -1) })}
              onNext={() => marker && setFilters({ ...filters, markers: [...filters.markers, marker] })}
              summary={count > 0 ? t('list.summary', { from: start + 1, to: start + count }) : undefined}
            />
          }
        />
      </Box>
      <ViewTraceDialog trace={viewing} onClose={() => setViewing(undefined)} />
    </>
  );
}
