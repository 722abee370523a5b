/**
 * A line's backend addresses, each linked to its backend server: `pool_<id>` names the group, the
 * group's members are matched by address:port, and the link opens the group page filtered to that
 * server. An address no member has now (removed since) stays plain text with a note.
 */
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AccessLogRecord } from '../../../../contract/elb-v3/access-log-fields';
import { poolQueries } from '../../../api/queries/pools';
import { poolIdOf, upstreamAddresses } from '../model/log-rows';

export function UpstreamLinks({ loadBalancerId, record }: { loadBalancerId: string; record: AccessLogRecord }) {
  const { t } = useTranslation('accessLogs');
  const poolId = poolIdOf(record) ?? '';
  const members = useQuery({ ...poolQueries.members(poolId), enabled: poolId !== '' });
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancerId));
  const addresses = upstreamAddresses(record);
  if (addresses.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" title={t('viewer.notForwarded')}>
        -
      </Typography>
    );
  }
  const pool = pools.data?.find((item) => item.id === poolId);
  return (
    <Typography variant="body2" component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', gap: 0.5 }}>
      {addresses.map((address, index) => {
        const cut = address.lastIndexOf(':');
        const member = members.data?.find(
          (item) => item.address === address.slice(0, cut) && String(item.protocol_port) === address.slice(cut + 1),
        );
        const separator = index < addresses.length - 1 ? ',' : '';
        if (!member) {
          return (
            <span key={`${address}-${index}`} title={members.data ? t('viewer.notMember', { address }) : undefined}>
              {address}
              {separator}
            </span>
          );
        }
        const label = t('viewer.memberLink', { name: member.name || member.id, address, group: pool?.name || poolId });
        return (
          <span key={`${address}-${index}`}>
            <Link
              component={RouterLink}
              to={`/load-balancers/${loadBalancerId}/groups/${poolId}?server=${encodeURIComponent(member.address)}`}
              aria-label={label}
              title={label}
            >
              {address}
            </Link>
            {separator}
          </span>
        );
      })}
    </Typography>
  );
}
