/**
 * Modify a classic certificate (modifying_a_certificate.rst): only its name and description can
 * change; a classic certificate's content and key cannot be replaced (create a new one instead).
 */
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { classicCertificateFields } from '../../../../contract/elb-classic/certificates';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import type { ClassicCertificateRow } from './certificate-rows';
import { useModifyClassicCertificate } from './certificate-mutations';

const schema = z.object({ name: classicCertificateFields.name, description: classicCertificateFields.description });

export function ModifyCertificateDialog({ row, onClose }: { row: ClassicCertificateRow; onClose(): void }) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const modify = useModifyClassicCertificate(row.id);
  const form = useZodForm(schema, { defaultValues: { name: row.name, description: row.description ?? '' } });
  const submit = form.handleSubmit((body) =>
    modify.mutate(body, {
      onSuccess: (saved) => {
        notify.success(t('certificates.modify.done', { name: saved.name || saved.id }));
        onClose();
      },
    }),
  );
  return (
    <ConfirmDialog
      open
      title={t('certificates.modify.title', { name: row.name || row.id })}
      confirmLabel={t('certificates.modify.confirm')}
      busy={modify.isPending}
      error={modify.error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <Alert severity="info">{t('certificates.modify.contentFixed')}</Alert>
      {(['name', 'description'] as const).map((name) => (
        <FormTextField
          key={name}
          control={form.control}
          name={name}
          label={t(`listeners.certificate.${name}`)}
          helperText={t(`listeners.certificate.${name}Help`)}
        />
      ))}
    </ConfirmDialog>
  );
}
