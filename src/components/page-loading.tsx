import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Box sx={{ p: 2 }} role="status" aria-live="polite">
      <LinearProgress aria-label={t('loading')} />
    </Box>
  );
}
