/**
 * Disable a health check (guide: disabling_a_health_check.rst, FEATURES §6.2): deletes it,
 * after saying that every server will then count as healthy and still get traffic.
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { deleteHealthCheckCall, useDeleteHealthCheck } from '../api/delete-health-check';

export function DisableHealthCheckDialog({
  pool,
  monitor,
  onClose,
}: {
  pool: Pool;
  monitor: HealthMonitor;
  onClose(): void;
}) {
  const { t } = useTranslation('groups');
  const notify = useNotify();
  const remove = useDeleteHealthCheck();
  const name = pool.name || pool.id;
  return (
    <ConfirmDialog
      open
      title={t('healthCheck.disableTitle', { name })}
      confirmLabel={t('healthCheck.disable')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(monitor.id, {
          onSuccess: () => {
            notify.success(t('healthCheck.done.delete', { name }));
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      <Alert severity="warning">{t('healthCheck.disableWarning')}</Alert>
      <Typography variant="body2">{t('healthCheck.disableAfter')}</Typography>
      <ApiRequestPanel
        requests={[{ title: t('healthCheck.call.delete'), ...describeCall(deleteHealthCheckCall(monitor.id)) }]}
      />
    </ConfirmDialog>
  );
}
