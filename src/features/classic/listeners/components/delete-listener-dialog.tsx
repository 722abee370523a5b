/**
 * Delete a classic listener (deleting_a_listener.rst): its backend ECS associations and its health
 * check go with it (the ECSs themselves stay). The cloud refuses while ECSs are being added or removed.
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useNotify } from '../../../../components/notifications';
import { useDeleteListener } from '../api/listener-mutations';

export function DeleteListenerDialog({ listener, onClose }: { listener: ClassicListener; onClose(): void }) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const remove = useDeleteListener();
  const members = listener.member_number ?? 0;
  return (
    <ConfirmDialog
      open
      title={t('listeners.delete.title', { name: listener.name })}
      confirmLabel={t('listeners.delete.action')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(listener.id, {
          onSuccess: () => {
            notify.success(t('listeners.delete.done', { name: listener.name }));
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      <Typography>{t('listeners.delete.irreversible', { name: listener.name })}</Typography>
      <Alert severity="warning">
        {t('listeners.delete.goesWith', { count: members })}
        {listener.healthcheck_id ? ` ${t('listeners.delete.healthCheckGoes')}` : ''}
      </Alert>
      <Typography variant="body2" color="text.secondary">
        {t('listeners.delete.busy')}
      </Typography>
    </ConfirmDialog>
  );
}
