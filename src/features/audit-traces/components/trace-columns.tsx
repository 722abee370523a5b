/** The trace list's columns (FEATURES §11.2): on screen, and in the CSV export through `getValue`. */
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import type { Trace } from '../../../../contract/cts/traces';
import type { TraceResourceIndex } from '../../../api/queries/traces';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import type { CsvColumn } from '../../../lib/csv';
import { ratingTone, resourceLink, traceAction } from '../model/trace-view';

/** Long resource names wrap, in a column wide enough to read them. */
const wrap = {
  display: 'inline-block',
  minWidth: 160,
  maxWidth: 260,
  whiteSpace: 'normal',
  overflowWrap: 'anywhere',
} as const;
/** IDs stay on one line, small: the table scrolls sideways and View Trace stays in view. */
const idStyle = { fontFamily: 'monospace', fontSize: 12 } as const;

export function traceColumns(
  t: TFunction<'traces'>,
  index: TraceResourceIndex | undefined,
  onView: (trace: Trace) => void,
): Column<Trace>[] {
  return [
    {
      id: 'time',
      label: t('columns.recorded'),
      getValue: (trace) => formatDateTime(trace.time),
    },
    {
      id: 'name',
      label: t('columns.traceName'),
      getValue: (trace) => trace.trace_name,
      render: (trace) => <span title={traceAction(trace)}>{trace.trace_name}</span>,
    },
    { id: 'resourceType', label: t('columns.resourceType'), getValue: (trace) => trace.resource_type },
    { id: 'source', label: t('columns.traceSource'), getValue: (trace) => trace.service_type },
    {
      id: 'resourceId',
      label: t('columns.resourceId'),
      getValue: (trace) => trace.resource_id,
      render: (trace) => <span style={idStyle}>{trace.resource_id || '—'}</span>,
    },
    {
      id: 'resourceName',
      label: t('columns.resourceName'),
      getValue: (trace) => trace.resource_name,
      render: (trace) => {
        const to = resourceLink(trace, index);
        const name = trace.resource_name || '—';
        // A refused write may name no resource: nothing to link then.
        return to && trace.resource_name ? (
          <Link component={RouterLink} to={to} sx={wrap}>
            {name}
          </Link>
        ) : (
          <span style={wrap}>{name}</span>
        );
      },
    },
    {
      id: 'rating',
      label: t('columns.traceStatus'),
      getValue: (trace) => trace.trace_rating,
      render: (trace) => <StatusChip tone={ratingTone[trace.trace_rating]} label={t(`rating.${trace.trace_rating}`)} />,
    },
    { id: 'user', label: t('columns.operator'), getValue: (trace) => trace.user.name },
    { id: 'sourceIp', label: t('columns.sourceIp'), getValue: (trace) => trace.source_ip },
    { id: 'traceId', label: t('columns.traceId'), getValue: (trace) => trace.trace_id, exportOnly: true },
    { id: 'code', label: t('columns.code'), getValue: (trace) => trace.code, exportOnly: true },
    {
      id: 'operation',
      label: t('columns.operation'),
      getValue: () => undefined,
      render: (trace) => (
        <Button size="small" onClick={() => onView(trace)} aria-label={t('view.open', { name: trace.trace_name })}>
          {t('view.button')}
        </Button>
      ),
      stickyRight: true,
    },
  ];
}

/** The columns that hold data, as CSV columns. */
export function csvColumns(columns: Column<Trace>[]): CsvColumn<Trace>[] {
  return columns
    .filter((column) => column.id !== 'operation')
    .map((column) => ({ header: column.label, value: (trace) => column.getValue(trace) }));
}
