/**
 * What a listener's Basic Information says about the FAQ questions that arise on it: how backends
 * get the client's IP, whether WebSocket works, and (HTTPS) a check of its certificates — each with
 * its FAQ article, the listener already chosen there.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { InlineLink } from '../../../components/diagnostics/inline-link';
import { diagnosticPath } from '../../../components/diagnostics/target-picker';
import { helpPath, type FaqTopic } from '../../../lib/help-topics';
import { clientIpMechanism } from './client-ip';
import { useTransparentClientIp } from './use-transparent-client-ip';
import { CertificatesPanel } from './listener-panels';
import { webSocketSupport } from './websocket';

function Note({ children, links }: { children: ReactNode; links: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'baseline' }}>
      <Typography variant="body2">{children}</Typography>
      {links}
    </Box>
  );
}

function CertificatesDialog({ listener, onClose }: { listener: Listener; onClose(): void }) {
  const { t } = useTranslation('lbChecks');
  const titleId = useId();
  const loadBalancer = listener.loadbalancers[0]?.id ?? '';
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth scroll="paper">
      <DialogTitle id={titleId}>{t('certificates.dialogTitle', { name: listener.name || listener.id })}</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gap: 1 }}>
        <CertificatesPanel listener={listener} />
        <InlineLink to={diagnosticPath(helpPath('multiple-certificates'), { loadBalancer, listener: listener.id })}>
          {t('links.faqCertificates')}
        </InlineLink>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export function ListenerHelpNotes({ listener }: { listener: Listener }) {
  const { t } = useTranslation('lbChecks');
  const [checking, setChecking] = useState(false);
  const target = { loadBalancer: listener.loadbalancers[0]?.id ?? '', listener: listener.id };
  const faq = (topic: FaqTopic, label: string) => (
    <InlineLink to={diagnosticPath(helpPath(topic), target)}>{label}</InlineLink>
  );
  const mechanism = clientIpMechanism(listener.protocol);
  const clientIpNote = useTransparentClientIp(listener) ? 'obtainOn' : mechanism;
  return (
    <Alert severity="info" sx={{ '& .MuiAlert-message': { display: 'grid', gap: 0.5, width: '100%' } }}>
      <Note
        links={
          <>
            {mechanism === 'toa' ? <InlineLink to={helpPath('toa-plug-in')}>{t('links.toa')}</InlineLink> : null}
            {faq('client-real-ip', t('links.clientIp'))}
          </>
        }
      >
        {t(`notes.clientIp.${clientIpNote}`)}
      </Note>
      <Note links={faq('websocket', t('links.webSocket'))}>
        {t(`notes.webSocket.${webSocketSupport(listener.protocol)}`)}
      </Note>
      {listener.protocol === 'TERMINATED_HTTPS' ? (
        <Note
          links={
            <Button size="small" onClick={() => setChecking(true)}>
              {t('notes.checkCertificates')}
            </Button>
          }
        >
          {listener.sni_container_refs.length > 0
            ? t('notes.sniCertificates', { count: listener.sni_container_refs.length })
            : t('notes.oneCertificate')}
        </Note>
      ) : null}
      {checking ? <CertificatesDialog listener={listener} onClose={() => setChecking(false)} /> : null}
    </Alert>
  );
}
