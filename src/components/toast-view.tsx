import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Snackbar from '@mui/material/Snackbar';
import type { Toast } from './notifications';

/** One toast; errors stay until closed, other messages close by themselves. */
export function ToastView({ toast, onClose }: { toast: Toast; onClose(): void }) {
  return (
    <Snackbar
      open
      autoHideDuration={toast.severity === 'error' ? null : 5000}
      onClose={(_, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
    >
      <Alert
        severity={toast.severity}
        onClose={onClose}
        variant="filled"
        sx={{ maxWidth: 560 }}
        role={toast.severity === 'error' ? 'alert' : 'status'}
      >
        {toast.title ? <AlertTitle>{toast.title}</AlertTitle> : null}
        {toast.message}
      </Alert>
    </Snackbar>
  );
}
