/** The error boundary of every route: what failed, and a way back. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const shown = isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error;
  return (
    <Box sx={{ p: 3, display: 'grid', gap: 2, maxWidth: 760 }}>
      <ErrorAlert error={shown} title={t('errors.pageFailed')} />
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
        <Button component={RouterLink} to="/load-balancers">
          {t('actions.backToLoadBalancers')}
        </Button>
      </Box>
    </Box>
  );
}
