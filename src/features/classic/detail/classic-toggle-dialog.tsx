/**
 * Enable or disable a classic load balancer (`admin_state_up` 1/0, FEATURES §3.4) after saying what
 * changes for traffic. The change is a job: its progress shows where the load balancer is shown.
 */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useUpdateClassicLb } from './use-classic-lb-jobs';

export function ClassicToggleDialog({
  lb,
  enable,
  onClose,
}: {
  lb: ClassicLoadBalancer;
  enable: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation('classic');
  const update = useUpdateClassicLb(lb);
  const action = enable ? 'enable' : 'disable';
  return (
    <ConfirmDialog
      open
      title={t(`detail.toggle.${action}Title`, { name: lb.name })}
      confirmLabel={t(`detail.actions.${action}`)}
      danger={!enable}
      busy={update.isPending}
      error={update.error}
      onClose={onClose}
      onConfirm={() => update.mutate({ admin_state_up: enable ? 1 : 0 }, { onSuccess: onClose })}
    >
      <Typography>{t(`detail.toggle.${action}Body`)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('detail.toggle.configKept')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('detail.toggle.asJob')}
      </Typography>
    </ConfirmDialog>
  );
}
