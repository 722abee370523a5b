/** The HTTPS lines of a listener's Basic Information and of the wizard's review: certificates (linked), policy, HTTP/2. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { tlsSecurityPolicy } from '../../../../contract/elb-v2/tls-policies';
import { certificateQueries } from '../../../api/queries/certificates';
import type { DetailItem } from '../../../components/detail-list';
import { expiryOf } from '../../../lib/certificate-expiry';
import { useNow } from '../../../lib/use-now';

/** Each certificate by name, linked to the Certificates page; an expired one says so (clients refuse it). */
function CertificateLinks({ ids, certificates }: { ids: readonly string[]; certificates: readonly Certificate[] }) {
  const { t } = useTranslation('listeners');
  const now = useNow();
  return (
    <span>
      {ids.map((id, index) => {
        const certificate = certificates.find((item) => item.id === id);
        const name = certificate?.name || id;
        return (
          <span key={id}>
            {index > 0 ? ', ' : ''}
            <Link component={RouterLink} to={`/certificates?search=${encodeURIComponent(name)}`}>
              {name}
            </Link>
            {certificate?.domain ? ` (${certificate.domain})` : ''}
            {certificate && expiryOf(certificate.expire_time, now).state === 'expired' ? (
              <Typography component="span" color="error" sx={{ fontWeight: 500 }}>
                {' '}
                {t('tls.expired')}
              </Typography>
            ) : null}
          </span>
        );
      })}
    </span>
  );
}

/** What the HTTPS lines read: a listener, or the wizard's settings before the listener exists. */
export type HttpsSettings = Pick<
  Listener,
  | 'protocol'
  | 'default_tls_container_ref'
  | 'sni_container_refs'
  | 'client_ca_tls_container_ref'
  | 'tls_ciphers_policy'
  | 'http2_enable'
>;

/** `onConfigure`: Basic Information's "Configure" beside SNI (FEATURES §0.6), which opens Modify Listener. */
export function useHttpsItems(listener: HttpsSettings, onConfigure?: () => void): DetailItem[] {
  const { t } = useTranslation('listeners');
  const https = listener.protocol === 'TERMINATED_HTTPS';
  const certificates = useQuery({ ...certificateQueries.list(), enabled: https }).data ?? [];
  if (!https) return [];
  const links = (ids: readonly string[]) => <CertificateLinks ids={ids} certificates={certificates} />;
  const policy = tlsSecurityPolicy(listener.tls_ciphers_policy);
  return [
    {
      label: t('tls.serverCertificate'),
      value: links(listener.default_tls_container_ref ? [listener.default_tls_container_ref] : []),
    },
    {
      label: t('tls.sni'),
      term: 'sni',
      value: (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography component="span">
            {listener.sni_container_refs.length > 0 ? links(listener.sni_container_refs) : t('advanced.off')}
          </Typography>
          {onConfigure ? (
            <Button size="small" onClick={onConfigure} aria-label={t('tls.configureSni')}>
              {t('actions.configure')}
            </Button>
          ) : null}
        </Box>
      ),
    },
    {
      label: t('tls.mutualAuth'),
      value: listener.client_ca_tls_container_ref ? links([listener.client_ca_tls_container_ref]) : t('advanced.off'),
    },
    { label: t('tls.policy'), value: policy ? `${policy.label} (${policy.versions.join(', ')})` : '' },
    { label: t('tls.http2'), value: listener.http2_enable ? t('advanced.on') : t('advanced.off') },
  ];
}
