/** Export of every trace the filters match (all pages), as CSV or JSON, with progress and a cap. */
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trace, TraceQuery } from '../../../../contract/cts/traces';
import { call } from '../../../api/api-call';
import { ctsApi } from '../../../api/clients/cts';
import { ErrorAlert } from '../../../components/error-alert';
import type { CsvColumn } from '../../../lib/csv';
import { collectTraces, downloadTraces, EXPORT_CAP, type ExportFormat } from '../model/export-traces';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; count: number }
  | { kind: 'done'; count: number; capped: boolean }
  | { kind: 'failed'; error: unknown };

const FORMATS: readonly ExportFormat[] = ['csv', 'json'];

export function ExportTracesButton({ query, columns }: { query: TraceQuery | undefined; columns: CsvColumn<Trace>[] }) {
  const { t } = useTranslation('traces');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const run = async (format: ExportFormat) => {
    setAnchor(null);
    if (!query) return;
    setState({ kind: 'running', count: 0 });
    try {
      const result = await collectTraces(
        query,
        (page) => call(ctsApi.traces(page)),
        (count) => setState({ kind: 'running', count }),
      );
      downloadTraces(format, result.traces, columns);
      setState({ kind: 'done', count: result.traces.length, capped: result.capped });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <>
      <Button
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        disabled={!query || state.kind === 'running'}
        aria-haspopup="menu"
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {state.kind === 'running' ? t('export.running', { count: state.count }) : t('export.button')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map((format) => (
          <MenuItem key={format} onClick={() => void run(format)}>
            {t(`export.${format}`)}
          </MenuItem>
        ))}
      </Menu>
      {state.kind === 'done' ? (
        <Alert
          severity={state.capped ? 'warning' : 'success'}
          onClose={() => setState({ kind: 'idle' })}
          sx={{ flexBasis: '100%' }}
        >
          {state.capped ? t('export.capped', { cap: EXPORT_CAP }) : t('export.done', { count: state.count })}
        </Alert>
      ) : null}
      {state.kind === 'failed' ? (
        <Box sx={{ flexBasis: '100%' }}>
          <ErrorAlert error={state.error} title={t('export.failed')} />
        </Box>
      ) : null}
    </>
  );
}
