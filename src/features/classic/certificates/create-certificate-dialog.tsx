/** Create Classic Certificate: the listener dialog's certificate form, in a dialog of its own. */
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateCertificateForm } from '../listeners/components/create-certificate-form';

export function CreateCertificateDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('classic');
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('certificates.create.title')}</DialogTitle>
      <DialogContent>
        <CreateCertificateForm framed={false} onCreated={onClose} onCancel={onClose} />
      </DialogContent>
    </Dialog>
  );
}
