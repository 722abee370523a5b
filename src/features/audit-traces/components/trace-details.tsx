/** A trace's details: the row expansion of the list and the Audit timeline show the same. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../../../../contract/cts/traces';
import { CopyButton } from '../../../components/copy-button';
import { DetailList } from '../../../components/detail-list';
import { formatDateTime } from '../../../lib/format';
import { parseBody, prettyJson } from '../model/trace-view';

/** Pretty-printed JSON in a scrolling, focusable block (keyboard users can scroll it too). */
export function JsonBlock({ label, value, maxHeight = 240 }: { label: string; value: string; maxHeight?: number }) {
  const { t } = useTranslation('traces');
  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography variant="subtitle2" component="h3">
          {label}
        </Typography>
        <CopyButton value={value} label={t('details.copy', { what: label })} />
      </Box>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={label}
        sx={{
          m: 0,
          p: 1.5,
          maxHeight,
          overflow: 'auto',
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: 12,
          fontFamily: 'monospace',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
        }}
      >
        {value}
      </Box>
    </Box>
  );
}

const bodyText = (text: string | undefined) => {
  const body = parseBody(text);
  return body === null ? '—' : prettyJson(body);
};

export function TraceDetails({ trace }: { trace: Trace }) {
  const { t } = useTranslation('traces');
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 1 }}>
      <DetailList
        items={[
          { label: t('details.traceId'), value: trace.trace_id },
          { label: t('details.traceType'), value: trace.trace_type },
          { label: t('details.sourceIp'), value: trace.source_ip },
          { label: t('details.generated'), value: formatDateTime(trace.time) },
          { label: t('details.code'), value: trace.code },
          ...(trace.message ? [{ label: t('details.message'), value: trace.message }] : []),
        ]}
      />
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}
      >
        <JsonBlock label={t('details.request')} value={bodyText(trace.request)} />
        <JsonBlock label={t('details.response')} value={bodyText(trace.response)} />
      </Box>
    </Box>
  );
}
