/** Enable or disable a load balancer (admin_state_up), after saying what changes for traffic. */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { useUpdateLoadBalancer } from '../api/update-load-balancer';

export function ToggleLoadBalancerDialog({
  lb,
  enable,
  onClose,
}: {
  lb: LoadBalancer;
  enable: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation('lb');
  const notify = useNotify();
  const update = useUpdateLoadBalancer(lb.id);
  const name = lb.name || lb.id;
  return (
    <ConfirmDialog
      open
      title={enable ? t('toggle.enableTitle', { name }) : t('toggle.disableTitle', { name })}
      confirmLabel={enable ? t('actions.enable') : t('actions.disable')}
      danger={!enable}
      busy={update.isPending}
      error={update.error}
      onClose={onClose}
      onConfirm={() =>
        update.mutate(
          { admin_state_up: enable },
          {
            onSuccess: () => {
              notify.success(enable ? t('toggle.enabled', { name }) : t('toggle.disabled', { name }));
              onClose();
            },
          },
        )
      }
    >
      <Typography>{enable ? t('toggle.enableBody') : t('toggle.disableBody')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('toggle.configKept')}
      </Typography>
    </ConfirmDialog>
  );
}
