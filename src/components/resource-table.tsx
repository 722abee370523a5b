/**
 * Tables of resources. Columns are a declarative array (STYLE rule 8): `getValue`
 * feeds sorting and CSV export, `render` draws the cell. The previous page stays on
 * screen while the next one loads; empty and error states say what to do.
 */
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import { alpha, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from '../lib/glossary';
import { ErrorAlert } from './error-alert';
import { GlossaryTerm } from './glossary-term';

export interface Column<T> {
  id: string;
  label: string;
  getValue(row: T): string | number | boolean | null | undefined;
  render?(row: T): ReactNode;
  /** Server-side sort key, when the API can sort by this column. */
  sortKey?: string;
  width?: number | string;
  align?: 'left' | 'right' | 'center';
  /** In the CSV export only, not on screen. */
  exportOnly?: boolean;
  /** Keeps the column (actions, usually) in view when the table scrolls sideways. */
  stickyRight?: boolean;
  /** Lets a long header wrap, for a narrow column in a narrow pane (headers stay on one line otherwise). */
  wrapLabel?: boolean;
  /**
   * The glossary term the header names: shown with its definition as a tooltip. Not on sortable
   * columns: their header is the sort button, which cannot hold another focusable element.
   */
  term?: GlossaryTermId;
}

/** The row's tint over an opaque cell: a sticky cell covers what scrolls beneath it. */
const rowTint = (theme: Theme, opacity: number) => {
  const tint = alpha(theme.palette.primary.main, opacity);
  return `linear-gradient(${tint}, ${tint})`;
};

const stickyRight = {
  position: 'sticky',
  right: 0,
  bgcolor: 'background.paper',
  boxShadow: '-1px 0 0 rgba(0,0,0,0.08)',
  // A selected or highlighted row keeps its tint across the sticky cell as well.
  'tr.Mui-selected > &': { backgroundImage: (theme: Theme) => rowTint(theme, theme.palette.action.selectedOpacity) },
} as const;

export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

export interface ResourceTableProps<T> {
  label: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey(row: T): string;
  loading?: boolean;
  error?: unknown;
  onRetry?(): void;
  empty?: ReactNode;
  sort?: SortState;
  onSortChange?(sort: SortState): void;
  selected?: ReadonlySet<string>;
  onSelectedChange?(selected: Set<string>): void;
  footer?: ReactNode;
  dense?: boolean;
  /** Rows to point out (e.g. the one a tester picked): drawn as selected and marked `aria-current`. */
  highlighted?(row: T): boolean;
}

export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { t } = useTranslation();
  const { rows, rowKey, selected, onSelectedChange, sort, onSortChange } = props;
  const columns = props.columns.filter((column) => !column.exportOnly);
  const selectable = selected !== undefined && onSelectedChange !== undefined;
  const keys = rows?.map(rowKey) ?? [];
  const allSelected = selectable && keys.length > 0 && keys.every((key) => selected.has(key));
  const toggle = (key: string) => {
    if (!selectable) return;
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onSelectedChange(next);
  };
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <Box sx={{ height: 4 }}>{props.loading ? <LinearProgress aria-label={t('loading')} /> : null}</Box>
      {props.error ? (
        <Box sx={{ p: 2 }}>
          <ErrorAlert error={props.error} onRetry={props.onRetry} />
        </Box>
      ) : null}
      <TableContainer>
        <Table size={props.dense ? 'small' : 'medium'} aria-label={props.label} aria-busy={props.loading || undefined}>
          <TableHead>
            <TableRow>
              {selectable ? (
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allSelected}
                    indeterminate={!allSelected && keys.some((key) => selected.has(key))}
                    onChange={() => onSelectedChange(allSelected ? new Set() : new Set(keys))}
                    slotProps={{ input: { 'aria-label': t('table.selectAll') } }}
                  />
                </TableCell>
              ) : null}
              {columns.map((column) => (
                <TableCell
                  key={column.id}
                  align={column.align}
                  sx={{
                    width: column.width,
                    whiteSpace: column.wrapLabel ? 'normal' : 'nowrap',
                    ...(column.stickyRight ? stickyRight : {}),
                  }}
                  sortDirection={sort?.key === column.sortKey ? sort?.dir : false}
                >
                  {column.sortKey && onSortChange ? (
                    <TableSortLabel
                      active={sort?.key === column.sortKey}
                      direction={sort && sort.key === column.sortKey ? sort.dir : 'asc'}
                      onClick={() =>
                        onSortChange({
                          key: column.sortKey!,
                          dir: sort && sort.key === column.sortKey && sort.dir === 'asc' ? 'desc' : 'asc',
                        })
                      }
                    >
                      {column.label}
                    </TableSortLabel>
                  ) : column.term ? (
                    <GlossaryTerm term={column.term}>{column.label}</GlossaryTerm>
                  ) : (
                    column.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows?.map((row) => {
              const key = rowKey(row);
              const highlighted = props.highlighted?.(row) ?? false;
              return (
                <TableRow
                  key={key}
                  hover
                  selected={(selectable && selected.has(key)) || highlighted}
                  aria-current={highlighted || undefined}
                >
                  {selectable ? (
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={selected.has(key)}
                        onChange={() => toggle(key)}
                        slotProps={{ input: { 'aria-label': t('table.selectRow', { id: key }) } }}
                      />
                    </TableCell>
                  ) : null}
                  {columns.map((column) => (
                    <TableCell
                      key={column.id}
                      align={column.align}
                      sx={{ verticalAlign: 'top', ...(column.stickyRight ? stickyRight : {}) }}
                    >
                      {column.render ? column.render(row) : String(column.getValue(row) ?? '—')}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
            {rows && rows.length === 0 && !props.loading ? (
              <TableRow>
                <TableCell
                  colSpan={columns.length + (selectable ? 1 : 0)}
                  sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}
                >
                  {props.empty ?? t('table.empty')}
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
      {props.footer}
    </Paper>
  );
}
