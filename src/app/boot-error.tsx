import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import { i18n } from '../i18n';

/** Shown when the console cannot start, e.g. config.json is missing or invalid. */
export function BootError({ error }: { error: unknown }) {
  const t = i18n.isInitialized
    ? i18n.t.bind(i18n)
    : (key: string, options?: { defaultValue?: string }) => options?.defaultValue ?? key;
  return (
    <Box sx={{ p: 4, maxWidth: 720 }}>
      <Alert severity="error">
        <AlertTitle>{t('common:boot.title', { defaultValue: 'The console could not start' })}</AlertTitle>
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    </Box>
  );
}
