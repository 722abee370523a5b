/**
 * The "Listener (Frontend Protocol/Port)" column (guide/certificate/querying_a_listener_by_certificate.rst):
 * links to each listener, with its role when it is not the server certificate; past five, "View all".
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CertificateUse } from '../../../../contract/elb-v2/certificate-usage';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { Listener } from '../../../../contract/elb-v2/listeners';

/** The guide's rule: more than five listeners are shown behind "View All". */
export const MAX_LISTENER_LINKS = 5;

export const listenerPath = (listener: Listener) =>
  `/load-balancers/${listener.loadbalancers[0]?.id ?? ''}?tab=listeners&listener=${listener.id}`;

export function UseLink({ use }: { use: CertificateUse<Listener> }) {
  const { t } = useTranslation('certificates');
  const { listener, role } = use;
  return (
    <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
      <Link component={RouterLink} to={listenerPath(listener)}>
        {listener.name || listener.id}
      </Link>{' '}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        ({listenerProtocolLabels[listener.protocol]}/{listener.protocol_port}
        {role === 'server' ? '' : ` · ${t(`role.${role}`)}`})
      </Typography>
    </Box>
  );
}

export function UseList({ uses }: { uses: readonly CertificateUse<Listener>[] }) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
      {uses.map((use) => (
        <li key={`${use.listener.id}-${use.role}`}>
          <UseLink use={use} />
        </li>
      ))}
    </Box>
  );
}

export function CertificateUsers({ name, uses }: { name: string; uses: readonly CertificateUse<Listener>[] }) {
  const { t } = useTranslation('certificates');
  const [open, setOpen] = useState(false);
  const titleId = useId();
  if (uses.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('list.unused')}
      </Typography>
    );
  }
  if (uses.length <= MAX_LISTENER_LINKS) {
    return (
      <Box sx={{ display: 'grid', gap: 0.25 }}>
        {uses.map((use) => (
          <UseLink key={`${use.listener.id}-${use.role}`} use={use} />
        ))}
      </Box>
    );
  }
  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        aria-label={t('list.viewAllFor', { name, count: uses.length })}
      >
        {t('list.viewAll', { count: uses.length })}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} maxWidth="sm" fullWidth>
        <DialogTitle id={titleId}>{t('list.usersTitle', { name })}</DialogTitle>
        <DialogContent>
          <UseList uses={uses} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{t('common:actions.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
