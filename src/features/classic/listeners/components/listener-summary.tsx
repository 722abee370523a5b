/** Every setting of a classic listener, its TLS settings with the cipher suites, and its certificates. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  CLASSIC_CIPHER_SUITES,
  DEFAULT_CLASSIC_SSL_CIPHERS,
  DEFAULT_CLASSIC_SSL_PROTOCOLS,
} from '../../../../../contract/elb-classic/listener-ciphers';
import { classicUsesTls } from '../../../../../contract/elb-classic/listener-rules';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import { DetailList, type DetailItem } from '../../../../components/detail-list';
import { classicQueries } from '../../api/classic-queries';
import { formatClassicTime } from '../../../../lib/format-classic-time';

export function ListenerSummary({ listener }: { listener: ClassicListener }) {
  const { t } = useTranslation('classic');
  const tls = classicUsesTls(listener.protocol);
  const certificates = useQuery({ ...classicQueries.certificates(), enabled: tls });
  const certificateName = (id: string) =>
    certificates.data?.certificates.find((certificate) => certificate.id === id)?.name || id;
  const minutes = (value: number | null | undefined) =>
    value === null || value === undefined ? '—' : t('listeners.minutes', { count: value });
  const onOff = (value: boolean | null | undefined) => (value ? t('listeners.on') : t('listeners.off'));
  const items: DetailItem[] = [
    { label: t('listeners.fields.name'), value: listener.name },
    { label: t('listeners.fields.id'), value: listener.id },
    { label: t('listeners.fields.description'), value: listener.description ?? '' },
    { label: t('listeners.fields.frontend'), value: `${listener.protocol}/${listener.port}` },
    { label: t('listeners.fields.backend'), value: `${listener.backend_protocol}/${listener.backend_port}` },
    { label: t('listeners.fields.algorithm'), value: t(`listeners.algorithms.${listener.lb_algorithm}`) },
    { label: t('listeners.fields.sticky'), value: onOff(listener.session_sticky) },
  ];
  if (listener.sticky_session_type) {
    items.push(
      { label: t('listeners.fields.cookieType'), value: listener.sticky_session_type },
      { label: t('listeners.fields.cookieTimeout'), value: minutes(listener.cookie_timeout) },
    );
  }
  if (listener.protocol === 'TCP') {
    items.push(
      { label: t('listeners.fields.tcpTimeout'), value: minutes(listener.tcp_timeout) },
      { label: t('listeners.fields.tcpDraining'), value: onOff(listener.tcp_draining) },
    );
    if (listener.tcp_draining)
      items.push({ label: t('listeners.fields.drainingTimeout'), value: minutes(listener.tcp_draining_timeout) });
  }
  if (listener.protocol === 'UDP')
    items.push({ label: t('listeners.fields.udpTimeout'), value: minutes(listener.udp_timeout) });
  if (tls) {
    const ciphers = listener.ssl_ciphers ?? DEFAULT_CLASSIC_SSL_CIPHERS;
    items.push(
      {
        label: t('listeners.fields.certificate'),
        value: listener.certificate_id ? certificateName(listener.certificate_id) : '',
      },
      {
        label: t('listeners.fields.sni'),
        value: (listener.certificates ?? []).map(certificateName).join(', '),
      },
      { label: t('listeners.fields.sslProtocols'), value: listener.ssl_protocols ?? DEFAULT_CLASSIC_SSL_PROTOCOLS },
      {
        label: t('listeners.fields.sslCiphers'),
        value: (
          <Box>
            <Typography>{t(`listeners.ciphers.${ciphers}`)}</Typography>
            <Typography
              component="ul"
              variant="body2"
              color="text.secondary"
              aria-label={t('listeners.cipherSuites', { set: ciphers })}
              sx={{
                m: 0,
                pl: 2.5,
                fontFamily: 'monospace',
                columnGap: 4,
                columns: { md: ciphers === 'Extended' ? 2 : 1 },
              }}
            >
              {CLASSIC_CIPHER_SUITES[ciphers].map((suite) => (
                <li key={suite}>{suite}</li>
              ))}
            </Typography>
          </Box>
        ),
      },
    );
  }
  items.push(
    { label: t('listeners.fields.members'), value: String(listener.member_number ?? 0) },
    { label: t('listeners.fields.created'), value: formatClassicTime(listener.create_time) },
    { label: t('listeners.fields.updated'), value: formatClassicTime(listener.update_time) },
  );
  return <DetailList items={items} />;
}
