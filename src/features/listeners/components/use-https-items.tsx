/** The HTTPS lines of a listener's Basic Information: certificates by name (linked), policy and HTTP/2. */
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { tlsSecurityPolicy } from '../../../../contract/elb-v2/tls-policies';
import { certificateQueries } from '../../../api/queries/certificates';
import type { DetailItem } from '../../../components/detail-list';

function CertificateLinks({ ids, certificates }: { ids: readonly string[]; certificates: readonly Certificate[] }) {
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
          </span>
        );
      })}
    </span>
  );
}

export function useHttpsItems(listener: Listener): DetailItem[] {
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
      value: listener.sni_container_refs.length > 0 ? links(listener.sni_container_refs) : t('advanced.off'),
    },
    {
      label: t('tls.mutualAuth'),
      value: listener.client_ca_tls_container_ref ? links([listener.client_ca_tls_container_ref]) : t('advanced.off'),
    },
    { label: t('tls.policy'), value: policy ? `${policy.label} (${policy.versions.join(', ')})` : '' },
    { label: t('tls.http2'), value: listener.http2_enable ? t('advanced.on') : t('advanced.off') },
  ];
}
