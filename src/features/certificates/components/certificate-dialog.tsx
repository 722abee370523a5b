/**
 * Create or Modify Certificate (guide/certificate/creating_modifying_or_deleting_a_certificate.rst;
 * FEATURES §7.1–7.3). Paste or upload; the browser reads the certificate as the service will and
 * shows what it found before anything is sent. A failed submit keeps everything typed.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { certificateTypes, type Certificate } from '../../../../contract/elb-v2/certificates';
import type { ConvertedPem } from '../../../../contract/x509';
import { call } from '../../../api/api-call';
import { certificatesApi } from '../../../api/clients/elb-certificates';
import { invalidateCertificates } from '../../../api/queries/invalidate';
import { CertificateFileImport } from '../../../components/certificates/certificate-file-import';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useX509 } from '../../../lib/x509';
import {
  certificateFormOf,
  certificateFormSchema,
  createCertificateBody,
  emptyCertificateForm,
  updateCertificateBody,
  type CertificateFormValues,
} from '../model/certificate-form';
import { inspect } from '../model/inspect';
import { CertificatePreview } from './certificate-preview';

const PEM_TEXT = {
  certificate: {
    label: 'fields.certificate',
    placeholder: 'dialog.certificatePlaceholder',
    format: 'dialog.certificateFormat',
    upload: 'import.certificate',
  },
  private_key: {
    label: 'fields.privateKey',
    placeholder: 'dialog.keyPlaceholder',
    format: 'dialog.keyFormat',
    upload: 'import.key',
  },
} as const;

/** A PEM text area with its format rules, and the upload that converts other formats into it. */
function PemField({
  form,
  part,
  onImported,
}: {
  form: UseFormReturn<CertificateFormValues, unknown, CertificateFormValues>;
  part: keyof typeof PEM_TEXT;
  onImported(converted: ConvertedPem): void;
}) {
  const { t } = useTranslation('certificates');
  const text = PEM_TEXT[part];
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <FormTextField
        control={form.control}
        name={part}
        label={t(text.label)}
        placeholder={t(text.placeholder)}
        helperText={t(text.format)}
        required
        multiline
        minRows={5}
        maxRows={12}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
      />
      <CertificateFileImport label={t(text.upload)} onImported={onImported} />
    </Box>
  );
}

export function CertificateDialog({
  certificate,
  onClose,
  onSaved,
}: {
  /** Absent: create. */
  certificate?: Certificate;
  onClose(): void;
  onSaved?(saved: Certificate): void;
}) {
  const { t } = useTranslation('certificates');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const x509 = useX509();
  const [notes, setNotes] = useState<string[]>([]);
  const form = useZodForm(certificateFormSchema, {
    defaultValues: certificate ? certificateFormOf(certificate) : emptyCertificateForm,
  });
  const [type, pem, key, domain] = useWatch({
    control: form.control,
    name: ['type', 'certificate', 'private_key', 'domain'],
  });
  const server = type === 'server';
  const inspection = useMemo(
    () => (x509 ? inspect(x509, pem, server ? key : undefined) : undefined),
    [x509, pem, key, server],
  );
  const leaf = inspection?.chain[0];
  const names = leaf && x509 ? x509.certificateNames(leaf) : [];
  const domainOutside = server && leaf && domain && x509 && !x509.certificateCoversDomain(leaf, domain);
  const blocked =
    !inspection || inspection.issues.length > 0 || inspection.keyMatches === false || Boolean(domainOutside);

  const save = useMutation({
    mutationFn: (values: CertificateFormValues) =>
      certificate
        ? call(certificatesApi.update(certificate.id, updateCertificateBody(certificate, values)))
        : call(certificatesApi.create(createCertificateBody(values))),
    onSuccess: async (saved) => {
      await invalidateCertificates(queryClient);
      notify.success(t(certificate ? 'dialog.modified' : 'dialog.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    },
  });

  const imported = ({ certificate: importedPem, privateKey, notes: conversionNotes }: ConvertedPem) => {
    if (importedPem !== undefined) form.setValue('certificate', importedPem, { shouldValidate: true });
    if (privateKey !== undefined) form.setValue('private_key', privateKey, { shouldValidate: true });
    setNotes(conversionNotes);
  };

  return (
    <ConfirmDialog
      open
      maxWidth="md"
      title={certificate ? t('dialog.modifyTitle', { name: certificate.name }) : t('dialog.createTitle')}
      confirmLabel={t('common:actions.ok')}
      busy={save.isPending}
      error={save.error}
      confirmDisabled={blocked}
      onConfirm={() => void form.handleSubmit((values) => save.mutate(values))()}
      onClose={onClose}
    >
      <FormTextField control={form.control} name="name" label={t('fields.name')} required />
      <FormRadioGroup
        control={form.control}
        name="type"
        label={t('fields.type')}
        options={certificateTypes.map((value) => ({
          value,
          label: t(`type.${value}`),
          // The type of a certificate cannot change (updating_a_certificate.rst).
          disabled: certificate !== undefined,
        }))}
      />
      <Typography variant="body2" color="text.secondary">
        {t(server ? 'dialog.serverHelp' : 'dialog.caHelp')}
      </Typography>
      <PemField form={form} part="certificate" onImported={imported} />
      {server ? <PemField form={form} part="private_key" onImported={imported} /> : null}
      {notes.length > 0 ? <Alert severity="info">{notes.join(' ')}</Alert> : null}
      {inspection ? <CertificatePreview inspection={inspection} withKey={server} /> : null}
      {server ? (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <FormTextField
            control={form.control}
            name="domain"
            label={t('fields.domain')}
            helperText={t('dialog.domainHelp')}
          />
          {domainOutside ? (
            <Alert severity="error">{t('dialog.domainOutside', { domain, names: names.join(', ') })}</Alert>
          ) : null}
          {names.length > 0 && !domain ? (
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
              <Typography variant="body2" color="text.secondary">
                {t('dialog.namesInCertificate')}
              </Typography>
              {names.map((name) => (
                <Button
                  key={name}
                  size="small"
                  onClick={() => form.setValue('domain', name, { shouldValidate: true })}
                  aria-label={t('dialog.useDomain', { name })}
                >
                  {name}
                </Button>
              ))}
            </Box>
          ) : null}
        </Box>
      ) : null}
      <FormTextField control={form.control} name="description" label={t('fields.description')} multiline />
    </ConfirmDialog>
  );
}
