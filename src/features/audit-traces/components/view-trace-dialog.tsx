/** "View Trace" (viewing_traces.rst, Figure 2): the whole trace as JSON, with Copy and Close. */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';
import type { Trace } from '../../../../contract/cts/traces';
import { traceDocument } from '../model/trace-view';
import { JsonBlock } from './trace-details';

export function ViewTraceDialog({ trace, onClose }: { trace: Trace | undefined; onClose(): void }) {
  const { t } = useTranslation('traces');
  return (
    <Dialog open={trace !== undefined} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="view-trace-title">
      <DialogTitle id="view-trace-title">{t('view.title', { name: trace?.trace_name ?? '' })}</DialogTitle>
      <DialogContent dividers>
        {trace ? <JsonBlock label={t('view.json')} value={traceDocument(trace)} maxHeight={520} /> : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {t('view.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
