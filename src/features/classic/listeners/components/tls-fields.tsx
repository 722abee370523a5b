/**
 * TLS settings of classic HTTPS and SSL listeners (FEATURES §4.6, §4.8.5): the default certificate
 * (created here when there is none yet), SNI certificates (HTTPS on External load balancers only),
 * the TLS version and the cipher suite, whose suites are listed.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CLASSIC_CIPHER_SUITES,
  classicSslCipherValues,
  classicSslCiphersFor,
  classicSslProtocolValues,
} from '../../../../../contract/elb-classic/listener-ciphers';
import { ErrorAlert } from '../../../../components/error-alert';
import { FormMultiSelect } from '../../../../components/form/form-multi-select';
import { FormSelect } from '../../../../components/form/form-select';
import { classicQueries } from '../../api/classic-queries';
import { CreateCertificateForm } from './create-certificate-form';
import type { ListenerForm } from './listener-fields';

export function TlsFields({ form, sni }: { form: ListenerForm; sni: boolean }) {
  const { t } = useTranslation('classic');
  const { control } = form;
  const certificates = useQuery(classicQueries.certificates());
  const [creating, setCreating] = useState(false);
  const [protocols, ciphers] = useWatch({ control, name: ['ssl_protocols', 'ssl_ciphers'] });
  const list = certificates.data?.certificates ?? [];
  const options = list.map((certificate) => ({
    value: certificate.id,
    label: certificate.domain
      ? `${certificate.name || certificate.id} (${certificate.domain})`
      : certificate.name || certificate.id,
  }));
  const none = certificates.data !== undefined && list.length === 0;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="subtitle2" component="h3">
        {t('listeners.form.tls')}
      </Typography>
      {certificates.error ? (
        <ErrorAlert error={certificates.error} onRetry={() => void certificates.refetch()} />
      ) : null}
      {none && !creating ? <Alert severity="info">{t('listeners.form.noCertificates')}</Alert> : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr auto' }, alignItems: 'start' }}>
        <FormSelect
          control={control}
          name="certificate_id"
          required
          label={t('listeners.fields.certificate')}
          helperText={t('listeners.form.certificateHelp')}
          options={options}
        />
        {creating ? null : (
          <Button variant="outlined" onClick={() => setCreating(true)} sx={{ mt: 1 }}>
            {t('listeners.certificate.create')}
          </Button>
        )}
      </Box>
      {creating ? (
        <CreateCertificateForm
          onCreated={(certificate) => {
            form.setValue('certificate_id', certificate.id, { shouldValidate: true });
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : null}
      {sni ? (
        <FormMultiSelect
          control={control}
          name="certificates"
          label={t('listeners.fields.sni')}
          options={options}
          helperText={() => t('listeners.form.sniHelp')}
        />
      ) : null}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <FormSelect
          control={control}
          name="ssl_protocols"
          label={t('listeners.fields.sslProtocols')}
          helperText={t('listeners.form.sslProtocolsHelp')}
          options={classicSslProtocolValues.map((value) => ({ value, label: value }))}
        />
        <FormSelect
          control={control}
          name="ssl_ciphers"
          label={t('listeners.fields.sslCiphers')}
          helperText={t('listeners.form.sslCiphersHelp', { allowed: classicSslCiphersFor(protocols).join(', ') })}
          options={classicSslCipherValues.map((value) => ({ value, label: t(`listeners.ciphers.${value}`) }))}
        />
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {t('listeners.form.suites', { set: ciphers, suites: CLASSIC_CIPHER_SUITES[ciphers].join(', ') })}
      </Typography>
    </Box>
  );
}
