/** Delete a forwarding policy ("Delete Forwarding Policy" → Yes) or a redirect ("Delete Redirect" → Yes). */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { useDeletePolicy } from '../api/delete-policy';

export function DeletePolicyDialog({ policy, onClose }: { policy: L7Policy; onClose(): void }) {
  const { t } = useTranslation('policies');
  const notify = useNotify();
  const remove = useDeletePolicy();
  const name = policy.name || policy.id;
  const kind = policy.action === 'REDIRECT_TO_LISTENER' ? 'redirect' : 'policy';
  return (
    <ConfirmDialog
      open
      title={t(`delete.${kind}Title`)}
      confirmLabel={t('delete.yes')}
      danger
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(policy.id, {
          onSuccess: () => {
            notify.success(t(`delete.${kind}Done`, { name }));
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      <Typography sx={{ overflowWrap: 'anywhere' }}>{t(`delete.${kind}Body`, { name })}</Typography>
    </ConfirmDialog>
  );
}
