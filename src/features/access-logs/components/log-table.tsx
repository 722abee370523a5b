/**
 * The parsed lines as a table: the chosen columns, a row per line that expands to every labelled
 * field and the raw line. A line that does not parse shows the raw line and the parse error.
 */
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogRecord } from '../../../../contract/elb-v3/access-log-fields';
import { StatusChip, type StatusTone } from '../../../components/status-chip';
import { visuallyHidden } from '../../../components/visually-hidden';
import { formatDateTime } from '../../../lib/format';
import { POSITION } from '../model/columns';
import { allFields, fieldText, listenerIdOf, type LogRow } from '../model/log-rows';
import { UpstreamLinks } from './upstream-links';

const TONE_BY_CLASS: Record<string, StatusTone> = { '2': 'ok', '3': 'off', '4': 'warn', '5': 'error' };

export interface LogTableProps {
  rows: LogRow[];
  columns: number[];
  loadBalancerId: string;
  listenerNames: ReadonlyMap<string, string>;
  empty: ReactNode;
}

function Cell({ record, position, props }: { record: AccessLogRecord; position: number; props: LogTableProps }) {
  switch (position) {
    case POSITION.time: {
      // Time to the millisecond on top, the day under it; the full local time with its zone on hover.
      const ms = Math.round(record.msec * 1000);
      const [day, time] = formatDateTime(ms).split(' ');
      return (
        <Box title={formatDateTime(ms)} sx={{ whiteSpace: 'nowrap' }}>
          {time}.{String(ms % 1000).padStart(3, '0')}
          <Typography variant="caption" color="text.secondary" component="div">
            {day}
          </Typography>
        </Box>
      );
    }
    case POSITION.userAgent:
      return (
        <Box
          title={record.http_user_agent ?? undefined}
          sx={{ maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {fieldText(record, position)}
        </Box>
      );
    case POSITION.status:
      return <StatusChip tone={TONE_BY_CLASS[String(record.status)[0]!] ?? 'unknown'} label={String(record.status)} />;
    case POSITION.upstream:
      return <UpstreamLinks loadBalancerId={props.loadBalancerId} record={record} />;
    case POSITION.listener: {
      const id = listenerIdOf(record);
      return <>{(id && props.listenerNames.get(id)) ?? fieldText(record, position)}</>;
    }
    default:
      return <>{fieldText(record, position)}</>;
  }
}

const WIDE = new Set<number>([POSITION.request]);

function Fields({ row }: { row: LogRow }) {
  const { t } = useTranslation('accessLogs');
  return (
    // Sticky and as wide as the viewport's content area: the lines table scrolls sideways, the details do not.
    <Box
      sx={{
        display: 'grid',
        gap: 1.5,
        py: 1,
        position: 'sticky',
        left: 16,
        maxWidth: 'min(960px, calc(100vw - 320px))',
      }}
    >
      {row.parsed.ok ? (
        <Table size="small" aria-label={t('viewer.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('viewer.position')}</TableCell>
              <TableCell>{t('viewer.field')}</TableCell>
              <TableCell>{t('viewer.value')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {allFields(row.parsed.record).map((field) => (
              <TableRow key={field.position}>
                <TableCell sx={{ width: 40 }}>{field.position}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', width: 200 }} title={field.name}>
                  {t(`fields.${field.position}`)}
                </TableCell>
                <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{field.text}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Typography variant="subtitle2" component="h3">
        {t('viewer.rawLine')}
      </Typography>
      <Box
        component="pre"
        sx={{ m: 0, p: 1, bgcolor: 'action.hover', fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {row.raw}
      </Box>
    </Box>
  );
}

function LineRow({ row, props }: { row: LogRow; props: LogTableProps }) {
  const { t } = useTranslation('accessLogs');
  const [open, setOpen] = useState(false);
  const { parsed } = row;
  const time = parsed.ok ? formatDateTime(Math.round(parsed.record.msec * 1000)) : row.lineNum;
  const span = props.columns.length;
  return (
    <>
      <TableRow hover>
        <TableCell padding="checkbox" sx={{ verticalAlign: 'top' }}>
          <IconButton
            size="small"
            aria-expanded={open}
            aria-label={t(open ? 'viewer.collapse' : 'viewer.expand', { time })}
            onClick={() => setOpen(!open)}
          >
            {open ? <KeyboardArrowDown /> : <KeyboardArrowRight />}
          </IconButton>
        </TableCell>
        {parsed.ok ? (
          props.columns.map((position) => (
            <TableCell
              key={position}
              sx={{ verticalAlign: 'top', ...(WIDE.has(position) ? { minWidth: 280, overflowWrap: 'anywhere' } : {}) }}
            >
              <Cell record={parsed.record} position={position} props={props} />
            </TableCell>
          ))
        ) : (
          <TableCell colSpan={span}>
            <Alert severity="error" sx={{ mb: 1 }}>
              {t('viewer.unparsed', { message: parsed.message })}
            </Alert>
            <Box component="code" sx={{ fontSize: 12, overflowWrap: 'anywhere' }}>
              {row.raw}
            </Box>
          </TableCell>
        )}
      </TableRow>
      {open ? (
        <TableRow>
          <TableCell colSpan={span + 1}>
            <Fields row={row} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}

export function LogTable(props: LogTableProps) {
  const { t } = useTranslation('accessLogs');
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      {/* The lines scroll inside the table: keyboard users reach the scroll area itself,
          even while it holds no button (a filter still loading). */}
      <TableContainer sx={{ maxHeight: 640 }} tabIndex={0} role="region" aria-label={t('viewer.tableLabel')}>
        <Table size="small" stickyHeader aria-label={t('viewer.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                {/* Visually hidden: the header of the expand buttons. */}
                <Box component="span" sx={visuallyHidden}>
                  {t('viewer.details')}
                </Box>
              </TableCell>
              {props.columns.map((position) => (
                <TableCell key={position} sx={{ whiteSpace: 'nowrap' }}>
                  {t(`fields.${position}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {props.rows.map((row) => (
              <LineRow key={row.lineNum} row={row} props={props} />
            ))}
            {props.rows.length === 0 ? (
              <TableRow>
                <TableCell
                  colSpan={props.columns.length + 1}
                  sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}
                >
                  {props.empty}
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
