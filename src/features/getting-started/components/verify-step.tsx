/**
 * The end of a setup: where to point the browser (the EIP, the hosts-file line for the domain)
 * and whether the backend servers answer their health checks right now.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import { StatusChip, type StatusTone } from '../../../components/status-chip';
import { helpPath } from '../../../lib/help-topics';
import { example } from '../model/tracks';
import { CopyValue } from './copy-value';
import type { StepProps } from './step-props';

const healthTone: Record<MemberOperatingStatus, StatusTone> = {
  ONLINE: 'ok',
  OFFLINE: 'error',
  NO_MONITOR: 'unknown',
  DISABLED: 'off',
};

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 0.5 }}>
      <Typography variant="subtitle2">{label}</Typography>
      {children}
    </Box>
  );
}

export function VerifyStep({ step, progress }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Typography variant="body2">{t('steps.verify.body')}</Typography>
      {progress.eip && progress.hostsLine ? (
        <>
          <Labelled label={t('steps.verify.eip')}>
            <CopyValue value={progress.eip} />
          </Labelled>
          <Labelled label={t('steps.verify.hostsLine')}>
            <CopyValue value={progress.hostsLine} />
          </Labelled>
          <Labelled label={t('steps.verify.ping')}>
            <CopyValue value={`ping ${example.domain}`} />
          </Labelled>
          <Labelled label={t('steps.verify.urls')}>
            {progress.urls.map((url) => (
              <CopyValue key={url} value={url} />
            ))}
            <Typography variant="body2" color="text.secondary">
              {t('steps.verify.reload')}
            </Typography>
          </Labelled>
        </>
      ) : null}
      {progress.backends.length > 0 ? (
        <Labelled label={t('steps.verify.backends')}>
          <Box
            component="ul"
            aria-label={t('steps.verify.backendsLabel')}
            sx={{ m: 0, pl: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}
          >
            {progress.backends.map((backend) => (
              <Box
                component="li"
                key={backend.id}
                sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
              >
                <StatusChip tone={healthTone[backend.status]} label={t(`steps.verify.health.${backend.status}`)} />
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {backend.name} ({backend.address}:{backend.port})
                </Typography>
              </Box>
            ))}
          </Box>
        </Labelled>
      ) : null}
      {step.variant === 'unhealthy' ? (
        <Link component={RouterLink} to={helpPath('unhealthy-backend')}>
          {t('steps.verify.unhealthyLink')}
        </Link>
      ) : null}
      {step.done ? <Alert severity="success">{t('setup.allDone')}</Alert> : null}
    </Box>
  );
}
