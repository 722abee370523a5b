/**
 * An Audit tab: one resource's own history as a vertical timeline — when, who, what (the guide's
 * action wording), the outcome — each step expandable to its request and response.
 */
import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { TRACE_RETENTION_MS, type Trace } from '../../../../contract/cts/traces';
import { traceQueries } from '../../../api/queries/traces';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import { AUDIT_MAX_TRACES, mergeTimelines } from '../model/audit-ids';
import { ratingTone, traceAction } from '../model/trace-view';
import { TraceDetails } from './trace-details';

const DOT_COLOR = { normal: 'success.main', warning: 'warning.main', incident: 'error.main' } as const;

function TimelineStep({ trace, last }: { trace: Trace; last: boolean }) {
  const { t } = useTranslation('traces');
  const [open, setOpen] = useState(false);
  const detailsId = `audit-step-${trace.trace_id}`;
  return (
    <Box component="li" sx={{ display: 'grid', gridTemplateColumns: '20px minmax(0, 1fr)', columnGap: 1.5 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }} aria-hidden>
        <Box sx={{ width: 12, height: 12, mt: 0.75, borderRadius: '50%', bgcolor: DOT_COLOR[trace.trace_rating] }} />
        {last ? null : <Box sx={{ flexGrow: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
      </Box>
      <Box sx={{ pb: 2, minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {traceAction(trace)}
          </Typography>
          <StatusChip tone={ratingTone[trace.trace_rating]} label={t(`rating.${trace.trace_rating}`)} />
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {t('audit.line', {
            time: formatDateTime(trace.time),
            user: trace.user.name,
            name: trace.trace_name,
            resource: trace.resource_name || trace.resource_id,
            type: trace.resource_type,
          })}
        </Typography>
        {trace.message ? (
          <Typography variant="body2" color="warning.dark">
            {trace.message}
          </Typography>
        ) : null}
        <Button
          size="small"
          startIcon={open ? <KeyboardArrowDown /> : <KeyboardArrowRight />}
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
          sx={{ ml: -0.5 }}
        >
          {t(open ? 'audit.hide' : 'audit.show')}
        </Button>
        <Collapse in={open} unmountOnExit id={detailsId}>
          <TraceDetails trace={trace} />
        </Collapse>
      </Box>
    </Box>
  );
}

export interface AuditTimelineProps {
  /** The resource and those it holds: one trace query each (bounded by the caller). */
  resourceIds: readonly string[];
  /** The Traces page filtered to the resource itself. */
  viewAllTo: string;
  intro: string;
}

export function AuditTimeline({ resourceIds, viewAllTo, intro }: AuditTimelineProps) {
  const { t } = useTranslation('traces');
  // The window ends when the tab opened; the queries refetch on every visit (staleTime 0).
  const [now] = useState(() => Date.now());
  const results = useQueries({
    queries: resourceIds.map((id) =>
      traceQueries.list({
        trace_type: 'system',
        resource_id: id,
        from: now - TRACE_RETENTION_MS,
        to: now,
        limit: AUDIT_MAX_TRACES,
      }),
    ),
  });
  const failed = results.find((result) => result.error);
  const steps = mergeTimelines(results.map((result) => result.data?.traces ?? []));
  return (
    <Paper component="section" variant="outlined" sx={{ p: 2, display: 'grid', gap: 2 }} aria-labelledby="audit-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
        <Typography id="audit-title" variant="h2" sx={{ flexGrow: 1 }}>
          {t('audit.title')}
        </Typography>
        <Link component={RouterLink} to={viewAllTo}>
          {t('audit.viewAll')}
        </Link>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {intro}
      </Typography>
      {failed ? <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {results.some((result) => result.isPending) ? (
        <PageLoading />
      ) : steps.length === 0 ? (
        <Typography color="text.secondary">{t('audit.empty')}</Typography>
      ) : (
        <Box component="ol" aria-label={t('audit.listLabel')} sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {steps.map((trace, position) => (
            <TimelineStep key={trace.trace_id} trace={trace} last={position === steps.length - 1} />
          ))}
        </Box>
      )}
    </Paper>
  );
}
