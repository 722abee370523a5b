/**
 * Short help in context: the security-group precondition with a link to the in-console
 * help page (FEATURES §5.2), UDP health-check precautions and why servers see checks more
 * often than the interval (FEATURES §12.6, §12.7).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { HelpLinks } from '../../../components/help-link';
import { ELB_SOURCE_CIDR } from '../../../lib/elb-network';

export const SECURITY_GROUP_HELP_PATH = '/help/security-group-rules';

/** Opens the help page in a new tab, so an open dialog keeps what was typed. */
export function SecurityGroupHelpLink({ label }: { label?: string }) {
  const { t } = useTranslation('groups');
  return (
    <Link component={RouterLink} to={SECURITY_GROUP_HELP_PATH} target="_blank" rel="noopener">
      {label ?? t('help.securityGroupLink')}
    </Link>
  );
}

export function SecurityGroupNote({ udp }: { udp: boolean }) {
  const { t } = useTranslation('groups');
  return (
    <Alert severity="info" role="note">
      {t(udp ? 'help.securityGroupUdp' : 'help.securityGroup', { cidr: ELB_SOURCE_CIDR })} <SecurityGroupHelpLink />
      <HelpLinks topics={['backend-network-configuration']} />
    </Alert>
  );
}

export function UdpHealthCheckNote() {
  const { t } = useTranslation('groups');
  return (
    <Alert severity="warning" role="note">
      <AlertTitle>{t('help.udpTitle')}</AlertTitle>
      <Typography variant="body2">{t('help.udpHow')}</Typography>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        <li>{t('help.udpDefaults')}</li>
        <li>{t('help.udpIcmp')}</li>
        <li>{t('help.udpRateLimit')}</li>
      </ul>
      <HelpLinks topics={['udp-precautions']} />
    </Alert>
  );
}

export function IntervalNote() {
  const { t } = useTranslation('groups');
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {t('help.interval')}
      </Typography>
      <HelpLinks topics={['health-check-interval-differs', 'frequent-health-checks']} />
    </Box>
  );
}
