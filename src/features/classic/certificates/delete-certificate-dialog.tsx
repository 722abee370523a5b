/**
 * Delete a classic certificate (deleting_a_certificate.rst): a certificate that listeners use cannot
 * go; the dialog lists them. If the list was stale the service refuses (409 ELB.8907), shown as is.
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { useDeleteClassicCertificate } from './certificate-mutations';
import type { ClassicCertificateRow } from './certificate-rows';
import { CertificateUses } from './certificate-uses';

export function DeleteCertificateDialog({ row, onClose }: { row: ClassicCertificateRow; onClose(): void }) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const remove = useDeleteClassicCertificate(row.id);
  const name = row.name || row.id;
  const used = row.uses.length > 0;
  return (
    <ConfirmDialog
      open
      danger
      title={t('certificates.delete.title')}
      confirmLabel={t('certificates.delete.confirm')}
      confirmDisabled={used}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => {
            notify.success(t('certificates.delete.done', { name }));
            onClose();
          },
        })
      }
      onClose={onClose}
    >
      {used ? (
        <>
          <Alert severity="error">{t('certificates.delete.inUse', { name, count: row.uses.length })}</Alert>
          <Typography variant="body2">
            <CertificateUses uses={row.uses} empty="" />
          </Typography>
        </>
      ) : (
        <Typography>{t('certificates.delete.body', { name })}</Typography>
      )}
    </ConfirmDialog>
  );
}
