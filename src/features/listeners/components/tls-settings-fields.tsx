/**
 * HTTPS settings of a listener: server certificate, SNI certificates, mutual authentication with a
 * CA certificate, security policy (its TLS versions and cipher suites shown) and HTTP/2.
 * Expired certificates stay selectable (ELB does not check validity) but say so.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import { MAX_SNI_CERTIFICATES } from '../../../../contract/elb-v2/listeners';
import { tlsSecurityPolicies, tlsSecurityPolicy } from '../../../../contract/elb-v2/tls-policies';
import { certificateQueries } from '../../../api/queries/certificates';
import { FormMultiSelect } from '../../../components/form/form-multi-select';
import { FormSelect } from '../../../components/form/form-select';
import { FormSwitch } from '../../../components/form/form-switch';
import { HelpLink } from '../../../components/help-link';
import { expiryOf } from '../../../lib/certificate-expiry';
import { useNow } from '../../../lib/use-now';
import type { TlsSettingsValues } from '../model/tls-settings';

export type TlsSettingsForm = UseFormReturn<TlsSettingsValues, unknown, TlsSettingsValues>;

/** "cert-www (www.example.com) · expired" */
function useCertificateLabel() {
  const { t } = useTranslation('listeners');
  const now = useNow();
  return (certificate: Certificate) =>
    [
      certificate.name || certificate.id,
      certificate.domain ? `(${certificate.domain})` : '',
      expiryOf(certificate.expire_time, now).state === 'expired' ? t('tls.expired') : '',
    ]
      .filter(Boolean)
      .join(' ');
}

function PolicyDetails({ value }: { value: TlsSettingsValues['tlsPolicy'] }) {
  const { t } = useTranslation('listeners');
  const policy = tlsSecurityPolicy(value);
  if (!policy) return null;
  return (
    <Box component="details" sx={{ '& summary': { cursor: 'pointer' } }}>
      <Typography component="summary" variant="body2">
        {t('tls.policySummary', { versions: policy.versions.join(', '), count: policy.cipherSuites.length })}
      </Typography>
      <Box component="ul" sx={{ columns: { sm: 2 }, fontFamily: 'monospace', fontSize: 12, my: 1 }}>
        {policy.cipherSuites.map((suite) => (
          <li key={suite}>{suite}</li>
        ))}
      </Box>
    </Box>
  );
}

export function TlsSettingsFields({ form, policyChanged }: { form: TlsSettingsForm; policyChanged?: boolean }) {
  const { t } = useTranslation('listeners');
  const certificates = useQuery(certificateQueries.list());
  const describe = useCertificateLabel();
  const [mutualAuth, tlsPolicy] = useWatch({ control: form.control, name: ['mutualAuth', 'tlsPolicy'] });
  const servers = (certificates.data ?? []).filter((certificate) => certificate.type === 'server');
  const authorities = (certificates.data ?? []).filter((certificate) => certificate.type === 'client');
  const options = (list: Certificate[]) => list.map((item) => ({ value: item.id, label: describe(item) }));
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h3">{t('tls.title')}</Typography>
      {certificates.data && servers.length === 0 ? (
        <Alert severity="warning">
          {t('tls.noServerCertificates')}{' '}
          <Link component={RouterLink} to="/certificates">
            {t('tls.manageCertificates')}
          </Link>
        </Alert>
      ) : null}
      <FormSelect
        control={form.control}
        name="serverCertificate"
        label={t('tls.serverCertificate')}
        required
        options={options(servers)}
        helperText={t('tls.serverCertificateHelp')}
      />
      <FormMultiSelect
        control={form.control}
        name="sni"
        label={t('tls.sni')}
        options={options(servers.filter((item) => item.domain))}
        helperText={(count) => (
          <>
            {t('tls.sniHelp', { count, max: MAX_SNI_CERTIFICATES })} <HelpLink topic="multiple-certificates" />
          </>
        )}
        chosenLabel={(id) => servers.find((item) => item.id === id)?.name ?? id}
        // One certificate per domain name: SNI picks by it.
        optionDisabled={(id, chosen) => {
          const domainOf = (certificateId: string) =>
            servers.find((item) => item.id === certificateId)?.domain?.toLowerCase();
          return [...chosen].some((other) => domainOf(other) === domainOf(id));
        }}
      />
      <FormSwitch
        control={form.control}
        name="mutualAuth"
        label={t('tls.mutualAuth')}
        helperText={t('tls.mutualAuthHelp')}
      />
      {mutualAuth ? (
        <FormSelect
          control={form.control}
          name="caCertificate"
          label={t('tls.caCertificate')}
          required
          options={options(authorities)}
        />
      ) : null}
      <FormSelect
        control={form.control}
        name="tlsPolicy"
        label={t('tls.policy')}
        options={tlsSecurityPolicies
          .filter((policy) => policy.offeredInConsole || policy.value === tlsPolicy)
          .map((policy) => ({
            value: policy.value,
            label: policy.isDefault ? t('tls.defaultPolicy', { label: policy.label }) : policy.label,
          }))}
      />
      <PolicyDetails value={tlsPolicy} />
      {policyChanged ? <Alert severity="warning">{t('tls.policyChangeWarning')}</Alert> : null}
      <FormSwitch control={form.control} name="http2" label={t('tls.http2')} helperText={t('tls.http2Help')} />
    </Box>
  );
}
