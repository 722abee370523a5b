/** The listener diagnostics as panels: client IP, WebSocket, certificates (FEATURES §12.2, §12.5). */
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { certificateQueries } from '../../../api/queries/certificates';
import { DiagnosticCheckList } from '../../../components/diagnostics/check-list';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';
import { InlineLink } from '../../../components/diagnostics/inline-link';
import { ErrorAlert } from '../../../components/error-alert';
import { helpPath } from '../../../lib/help-topics';
import { useNow } from '../../../lib/use-now';
import { certificateChecks } from './certificates-check';
import { clientIpChecks } from './client-ip';
import { useTransparentClientIp } from './use-transparent-client-ip';
import { webSocketChecks } from './websocket';

/** TCP and UDP checks point at the TOA appendix (issue 7: TCP listeners link to it). */
function ToaLink({ check }: { check: DiagnosticCheck }) {
  const { t } = useTranslation('lbChecks');
  const toa = check.id === 'toaModule' || (check.id === 'mechanism' && ['toa', 'toaOff'].includes(check.variant));
  return toa ? <InlineLink to={helpPath('toa-plug-in')}>{t('links.toa')}</InlineLink> : null;
}

export function ClientIpPanel({ listener }: { listener: Listener }) {
  const { t } = useTranslation('lbChecks');
  const transparentClientIp = useTransparentClientIp(listener);
  return (
    <DiagnosticCheckList
      checks={clientIpChecks(listener, transparentClientIp)}
      prefix="clientIp"
      label={t('clientIp.listLabel', { name: listener.name || listener.id })}
      renderExtra={(check) => <ToaLink check={check} />}
    />
  );
}

export function WebSocketPanel({ listeners }: { listeners: readonly Listener[] }) {
  const { t } = useTranslation('lbChecks');
  return (
    <DiagnosticCheckList checks={webSocketChecks(listeners)} prefix="webSocket" label={t('webSocket.listLabel')} />
  );
}

export function CertificatesPanel({ listener }: { listener: Listener }) {
  const { t } = useTranslation('lbChecks');
  const now = useNow();
  const { data, error, refetch } = useQuery(certificateQueries.list());
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton variant="rounded" height={160} />;
  return (
    <DiagnosticCheckList
      checks={certificateChecks(listener, data, now)}
      prefix="certificates"
      label={t('certificates.listLabel', { name: listener.name || listener.id })}
      renderExtra={(check) =>
        check.status === 'passed' || check.id === 'browserWarning' ? null : (
          <InlineLink to="/certificates">{t('links.certificates')}</InlineLink>
        )
      }
    />
  );
}
