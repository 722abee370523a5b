/**
 * Create a classic server certificate (FEATURES §7.3 [classic]; api/elb/classic-v1.0/certificate/
 * creating_a_certificate.rst): name, description, domain, PEM certificate and PEM private key,
 * checked with the contract's rules. One form serves the listener dialog (inline, framed) and the
 * Certificates page (in a dialog). A failed submit keeps everything typed.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  classicCertificateFields,
  type ClassicCertificate,
  type CreateClassicCertificateRequest,
} from '../../../../../contract/elb-classic/certificates';
import type { ConvertedPem } from '../../../../../contract/x509';
import { CertificateFileImport } from '../../../../components/certificates/certificate-file-import';
import { ErrorAlert } from '../../../../components/error-alert';
import { FormTextField } from '../../../../components/form/form-text-field';
import { useZodForm } from '../../../../components/form/use-zod-form';
import { useNotify } from '../../../../components/notifications';
import { useCreateCertificate } from '../api/listener-mutations';

const f = classicCertificateFields;
const schema = z.object({
  name: f.name,
  description: f.description,
  domain: f.domain,
  certificate: f.certificate,
  private_key: f.private_key,
});
type Values = z.infer<typeof schema>;

const TEXT_FIELDS = [
  { name: 'name', key: 'name' },
  { name: 'description', key: 'description' },
  { name: 'domain', key: 'domain' },
] as const;

const PEM_FIELDS = [
  { name: 'certificate', key: 'certificate' },
  { name: 'private_key', key: 'privateKey' },
] as const;

/** Optional fields left empty are not sent (the API stores '' / null for them). */
function createBody({ name, description, domain, certificate, private_key }: Values): CreateClassicCertificateRequest {
  return {
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(domain ? { domain } : {}),
    certificate,
    private_key,
  };
}

export function CreateCertificateForm({
  onCreated,
  onCancel,
  framed = true,
}: {
  onCreated(certificate: ClassicCertificate): void;
  onCancel(): void;
  /** Inside another form: an outlined group with its own heading. In a dialog the dialog is the frame. */
  framed?: boolean;
}) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const create = useCreateCertificate();
  const form = useZodForm(schema, {
    defaultValues: { name: '', description: '', domain: '', certificate: '', private_key: '' },
  });
  const imported = ({ certificate, privateKey }: ConvertedPem) => {
    if (certificate !== undefined) form.setValue('certificate', certificate, { shouldValidate: true });
    if (privateKey !== undefined) form.setValue('private_key', privateKey, { shouldValidate: true });
  };
  const submit = form.handleSubmit((values) =>
    create.mutate(createBody(values), {
      onSuccess: (certificate) => {
        notify.success(t('listeners.certificate.created', { name: certificate.name || certificate.id }));
        onCreated(certificate);
      },
    }),
  );
  return (
    <Paper
      variant={framed ? 'outlined' : 'elevation'}
      elevation={0}
      sx={{ p: framed ? 2 : 0, display: 'grid', gap: 2 }}
      role="group"
      aria-label={t('listeners.certificate.title')}
    >
      {framed ? (
        <Typography variant="subtitle2" component="h3">
          {t('listeners.certificate.title')}
        </Typography>
      ) : null}
      {TEXT_FIELDS.map(({ name, key }) => (
        <FormTextField
          key={name}
          control={form.control}
          name={name}
          label={t(`listeners.certificate.${key}`)}
          helperText={t(`listeners.certificate.${key}Help`)}
        />
      ))}
      {PEM_FIELDS.map(({ name, key }) => (
        <Box key={name} sx={{ display: 'grid', gap: 1 }}>
          <FormTextField
            control={form.control}
            name={name}
            required
            multiline
            minRows={3}
            maxRows={10}
            label={t(`listeners.certificate.${key}`)}
            helperText={t(`listeners.certificate.${key}Help`)}
            slotProps={{ htmlInput: { spellCheck: false, sx: { fontFamily: 'monospace', fontSize: 12 } } }}
          />
          <CertificateFileImport label={t(`listeners.certificate.${key}Upload`)} onImported={imported} />
        </Box>
      ))}
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={onCancel} disabled={create.isPending}>
          {t('common:actions.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void submit()} loading={create.isPending}>
          {t('listeners.certificate.submit')}
        </Button>
      </Box>
    </Paper>
  );
}
