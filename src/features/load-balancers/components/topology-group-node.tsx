/** One backend server group in the topology: how traffic reaches it and its servers' health. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import { StatusChip, type StatusTone } from '../../../components/status-chip';
import type { TopologyGroup } from '../model/topology-model';

/** Beyond this, the group's own page lists the servers (it pages and filters). */
const SHOWN_MEMBERS = 24;

const memberTone: Record<MemberOperatingStatus, StatusTone> = {
  ONLINE: 'ok',
  OFFLINE: 'error',
  NO_MONITOR: 'unknown',
  DISABLED: 'off',
};

interface Props {
  lbId: string;
  group: TopologyGroup;
  via: string;
  faulty?: boolean;
}

export function TopologyGroupNode({ lbId, group, via, faulty = false }: Props) {
  const { t } = useTranslation('lb');
  const groupPath = `/load-balancers/${lbId}/groups/${group.id}`;
  const hidden = group.members.length - SHOWN_MEMBERS;
  return (
    <Box component="li" sx={{ borderLeft: 2, borderColor: group.unhealthy ? 'error.main' : 'divider', pl: 1.5 }}>
      <Typography variant="body2" color={faulty ? 'error' : 'text.secondary'}>
        {via}
        {faulty ? ` — ${t('topologyTab.faultyPolicy')}` : null}
      </Typography>
      <Typography component="p" sx={{ fontWeight: 500 }}>
        <Link component={RouterLink} to={groupPath}>
          {group.name}
        </Link>{' '}
        <Typography component="span" variant="body2" color="text.secondary">
          {group.monitorType ? t('topologyTab.monitor', { type: group.monitorType }) : t('topologyTab.noMonitor')}
        </Typography>
      </Typography>
      {group.members.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('topologyTab.noServer')}
        </Typography>
      ) : (
        <Box
          component="ul"
          aria-label={t('topologyTab.servers', { name: group.name })}
          sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}
        >
          {group.members.slice(0, SHOWN_MEMBERS).map((member) => (
            <li key={member.id}>
              <StatusChip
                tone={memberTone[member.operating_status]}
                label={`${member.address}:${member.protocol_port}`}
                tooltip={t(`topologyTab.health.${member.operating_status}`)}
              />
            </li>
          ))}
          {hidden > 0 ? (
            <li>
              <Link component={RouterLink} to={groupPath} variant="body2">
                {t('topologyTab.more', { count: hidden })}
              </Link>
            </li>
          ) : null}
        </Box>
      )}
    </Box>
  );
}
