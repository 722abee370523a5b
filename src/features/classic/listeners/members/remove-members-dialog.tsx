/** Remove backend ECSs from a classic listener (removing_backend_ecss.rst): one job for all of them. */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { classicMembersApi } from '../../../../api/clients/elb-classic';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useClassicJobMutation } from '../../jobs/use-classic-jobs';
import { memberSubject } from '../model/ecs-candidates';
import type { MembersDialogProps } from './members-dialog-props';

export function RemoveMembersDialog({
  loadBalancer,
  listener,
  members,
  onClose,
}: MembersDialogProps & { onClose(removed: boolean): void }) {
  const { t } = useTranslation('classic');
  const names = members.map((member) => member.server_name ?? member.server_id);
  const remove = useClassicJobMutation(
    (ids: string[]) => classicMembersApi.remove(listener.id, { removeMember: ids.map((id) => ({ id })) }),
    () => ({
      kind: 'removeMembers',
      loadBalancerId: loadBalancer.id,
      listenerId: listener.id,
      subject: memberSubject(names),
    }),
  );
  return (
    <ConfirmDialog
      open
      title={t('members.remove.title', { count: members.length, name: listener.name })}
      confirmLabel={t('members.remove.confirm')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(
          members.map((member) => member.id),
          { onSuccess: () => onClose(true) },
        )
      }
      onClose={() => onClose(false)}
    >
      <Typography>{t('members.remove.intro', { names: memberSubject(names) })}</Typography>
      <Typography variant="body2" color="text.secondary">
        {t('members.remove.effect')}
      </Typography>
    </ConfirmDialog>
  );
}
