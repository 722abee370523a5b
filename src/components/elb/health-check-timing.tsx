/**
 * Below the health check fields: the timeout advice (a rule the guide recommends, not one the API
 * enforces) and when a server is marked healthy or unhealthy with the values typed (FEATURES §6.1).
 */
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { translateRule } from '../../i18n';

export function HealthCheckTiming({ advice, window }: { advice?: string; window?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {advice ? (
        <Alert severity="warning" sx={{ gridColumn: '1 / -1' }}>
          {translateRule(t, advice)}
        </Alert>
      ) : null}
      {window ? (
        <Alert severity="info" sx={{ gridColumn: '1 / -1' }} role="status">
          {window}
        </Alert>
      ) : null}
    </>
  );
}
