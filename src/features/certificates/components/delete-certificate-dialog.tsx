/**
 * Delete Certificate (FEATURES §7.3): only a certificate no listener uses can go. A used one names
 * its listeners and offers rotation instead; if the list was stale, the service's 409 is shown as is.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/api-call';
import { certificatesApi } from '../../../api/clients/elb-certificates';
import { invalidateCertificates } from '../../../api/queries/invalidate';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import type { CertificateRow } from '../model/certificate-rows';
import { UseList } from './certificate-users';

export function DeleteCertificateDialog({
  row,
  onClose,
  onRotate,
}: {
  row: CertificateRow;
  onClose(): void;
  onRotate(): void;
}) {
  const { t } = useTranslation('certificates');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const name = row.name || row.id;
  const remove = useMutation({
    mutationFn: () => call(certificatesApi.remove(row.id)),
    onSuccess: async () => {
      await invalidateCertificates(queryClient);
      notify.success(t('delete.done', { name }));
      onClose();
    },
  });
  const used = row.uses.length > 0;
  return (
    <ConfirmDialog
      open
      danger
      title={t('delete.title')}
      confirmLabel={t('delete.confirm')}
      confirmDisabled={used}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate()}
      onClose={onClose}
    >
      {used ? (
        <>
          <Alert severity="error">{t('delete.inUse', { name, count: row.uses.length })}</Alert>
          <UseList uses={row.uses} />
          <Typography variant="body2">{t('delete.rotateInstead')}</Typography>
          <Button variant="outlined" onClick={onRotate} sx={{ justifySelf: 'start' }}>
            {t('actions.rotate')}
          </Button>
        </>
      ) : (
        <Typography>{t('delete.body', { name })}</Typography>
      )}
    </ConfirmDialog>
  );
}
