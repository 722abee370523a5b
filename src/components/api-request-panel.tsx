/**
 * "Show API request": the exact calls the console will make, in order, before anything
 * is sent, and copyable as curl. Values are rendered as text, never as HTML.
 */
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button';

export interface PlannedRequest {
  /** What this step does, in words. */
  title: string;
  method: string;
  url: string;
  body?: unknown;
  /** Shown when the call only happens in some cases or uses a value from an earlier answer. */
  note?: string;
}

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function toCurl(request: PlannedRequest): string {
  const lines = [`curl -X ${request.method} ${shellQuote(request.url)}`, `  -H 'X-Auth-Token: $TOKEN'`];
  if (request.body !== undefined) {
    lines.push(`  -H 'Content-Type: application/json'`, `  -d ${shellQuote(JSON.stringify(request.body))}`);
  }
  return lines.join(' \\\n');
}

export function ApiRequestPanel({
  requests,
  defaultExpanded = false,
}: {
  requests: PlannedRequest[];
  defaultExpanded?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Accordion defaultExpanded={defaultExpanded} variant="outlined" disableGutters>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Typography variant="h3" component="span">
          {t('apiPanel.title', { count: requests.length })}
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="body2" color="text.secondary">
          {t('apiPanel.help')}
        </Typography>
        <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 12 }}>
          {requests.map((request, index) => (
            <li key={`${index}-${request.url}`}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {request.title}
              </Typography>
              {request.note ? (
                <Typography variant="caption" color="text.secondary" component="p">
                  {request.note}
                </Typography>
              ) : null}
              <Box sx={{ position: 'relative', mt: 0.5 }}>
                <Box
                  component="pre"
                  sx={{
                    m: 0,
                    p: 1.5,
                    pr: 5,
                    bgcolor: 'action.hover',
                    borderRadius: 1,
                    fontSize: 12,
                    overflowX: 'auto',
                    whiteSpace: 'pre-wrap',
                    wordBreak: 'break-all',
                  }}
                >
                  {`${request.method} ${request.url}`}
                  {request.body === undefined ? '' : `\n${JSON.stringify(request.body, null, 2)}`}
                </Box>
                <Box sx={{ position: 'absolute', top: 4, right: 4 }}>
                  <CopyButton value={toCurl(request)} label={t('apiPanel.copyCurl')} />
                </Box>
              </Box>
            </li>
          ))}
        </ol>
      </AccordionDetails>
    </Accordion>
  );
}
