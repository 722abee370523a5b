/** An inline error: the API's code, its message and the request ID. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { describeError } from './notifications';

export function ErrorAlert({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { code, message, requestId } = describeError(error);
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title ?? code ?? t('errors.generic')}</AlertTitle>
      {title && code ? `${code}: ` : ''}
      {message}
      {requestId ? ` (${t('errors.requestId', { id: requestId })})` : ''}
    </Alert>
  );
}
