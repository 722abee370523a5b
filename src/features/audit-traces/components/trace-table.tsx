/**
 * The trace list: a row per trace, expandable (viewing_traces.rst, Figure 1) to its ID, type,
 * source IP, time and bodies. ResourceTable has no expandable rows, so this table draws its own.
 * Cells keep to one line (the table scrolls sideways); a column's render may wrap its own text.
 */
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../../../../contract/cts/traces';
import { ErrorAlert } from '../../../components/error-alert';
import type { Column } from '../../../components/resource-table';
import { TraceDetails } from './trace-details';
import { visuallyHidden } from '../../../components/visually-hidden';

export interface TraceTableProps {
  columns: Column<Trace>[];
  traces: Trace[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry(): void;
  empty: ReactNode;
  footer: ReactNode;
}

export function TraceTable({ columns, traces, loading, error, onRetry, empty, footer }: TraceTableProps) {
  const { t } = useTranslation('traces');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const visible = columns.filter((column) => !column.exportOnly);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const visibleWidth = useVisibleWidth(container);
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label={t('list.loading')} /> : null}</Box>
      {error ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={error} onRetry={onRetry} />
        </Box>
      ) : null}
      <TableContainer ref={setContainer}>
        <Table size="small" aria-label={t('list.tableLabel')} aria-busy={loading || undefined}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" sx={{ position: 'relative' }}>
                <Box component="span" sx={visuallyHidden}>
                  {t('list.expand')}
                </Box>
              </TableCell>
              {visible.map((column) => (
                <TableCell key={column.id} sx={{ width: column.width, whiteSpace: 'nowrap' }}>
                  {column.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {traces?.map((trace) => {
              const expanded = open.has(trace.trace_id);
              return (
                <Fragment key={trace.trace_id}>
                  <TableRow hover sx={{ '& > td': { borderBottom: expanded ? 'none' : undefined } }}>
                    <TableCell padding="checkbox" sx={{ verticalAlign: 'top' }}>
                      <IconButton
                        size="small"
                        aria-expanded={expanded}
                        aria-controls={`trace-details-${trace.trace_id}`}
                        aria-label={t(expanded ? 'list.collapseRow' : 'list.expandRow', { name: trace.trace_name })}
                        onClick={() => toggle(trace.trace_id)}
                      >
                        {expanded ? <KeyboardArrowDown /> : <KeyboardArrowRight />}
                      </IconButton>
                    </TableCell>
                    {visible.map((column) => (
                      <TableCell key={column.id} sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                        {column.render ? column.render(trace) : String(column.getValue(trace) ?? '—')}
                      </TableCell>
                    ))}
                  </TableRow>
                  <TableRow>
                    <TableCell colSpan={visible.length + 1} sx={{ py: 0, ...(expanded ? {} : { border: 0 }) }}>
                      <Collapse in={expanded} unmountOnExit id={`trace-details-${trace.trace_id}`}>
                        {/* As wide as the visible table, pinned left: the details stay in view when it scrolls. */}
                        <Box sx={{ position: 'sticky', left: 16, width: visibleWidth ? visibleWidth - 32 : undefined }}>
                          <TraceDetails trace={trace} />
                        </Box>
                      </Collapse>
                    </TableCell>
                  </TableRow>
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {/* Outside the table: a wide table scrolls sideways, and the explanation stays in view. */}
      {traces && traces.length === 0 && !loading ? (
        <Box sx={{ py: 5, px: 2, textAlign: 'center', color: 'text.secondary' }}>{empty}</Box>
      ) : null}
      {footer}
    </Paper>
  );
}

/** The visible width of a scrolling element, kept current as it resizes. */
function useVisibleWidth(element: HTMLElement | null): number | undefined {
  const [width, setWidth] = useState<number>();
  useEffect(() => {
    // Without ResizeObserver (jsdom) the details simply take the table's width.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
