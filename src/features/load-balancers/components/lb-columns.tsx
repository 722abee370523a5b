/**
 * Columns of the load balancer list (FEATURES §3.3): one declarative array feeds the
 * table and the CSV export. Export-only columns keep the table narrow while the file
 * still has every value in a column of its own.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { ActionButton, type Action } from '../../../components/action-button';
import { ActionMenu } from '../../../components/action-menu';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import type { LbLookups } from '../api/use-lb-lookups';
import type { LbDialogKind } from '../model/lb-actions';
import { lbDisplayStatus, lbStatusTone } from '../model/lb-status';
import { DateCell } from '../../../components/date-cell';

const MAX_LISTENER_CHIPS = 3;

const Secondary = ({ children }: { children: React.ReactNode }) => (
  <Typography component="div" variant="caption" color="text.secondary">
    {children}
  </Typography>
);

export function lbColumns(
  t: TFunction,
  lookups: LbLookups,
  actions: Record<LbDialogKind, Action<LoadBalancer>>,
): Column<LoadBalancer>[] {
  const eipOf = (lb: LoadBalancer) => lookups.eipByPort.get(lb.vip_port_id);
  const vpcOf = (lb: LoadBalancer) => {
    const subnet = lookups.subnetById.get(lb.vip_subnet_id);
    return subnet ? lookups.vpcById.get(subnet.vpc_id) : undefined;
  };
  const listenersOf = (lb: LoadBalancer) => lookups.listenersByLb.get(lb.id) ?? [];
  const network = (lb: LoadBalancer) => (eipOf(lb) ? t('lb:network.public') : t('lb:network.private'));
  const bandwidth = (lb: LoadBalancer) => {
    const eip = eipOf(lb);
    return eip ? t('lb:mbits', { value: eip.bandwidth_size }) : '';
  };
  const listenerLabel = (protocol: keyof typeof listenerProtocolLabels, port: number) =>
    `${listenerProtocolLabels[protocol]}/${port}`;
  return [
    {
      id: 'name',
      label: t('lb:columns.name'),
      sortKey: 'name',
      getValue: (lb) => lb.name,
      render: (lb) => (
        <Box sx={{ minWidth: 250, maxWidth: 340 }}>
          <Link
            component={RouterLink}
            to={`/load-balancers/${lb.id}`}
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {lb.name || lb.id}
          </Link>
          <Typography
            variant="caption"
            color="text.secondary"
            component="div"
            sx={{ fontFamily: 'monospace', fontSize: 11, whiteSpace: 'nowrap' }}
          >
            {lb.id}
          </Typography>
        </Box>
      ),
    },
    { id: 'id', label: t('lb:columns.id'), getValue: (lb) => lb.id, exportOnly: true },
    {
      id: 'status',
      label: t('lb:columns.status'),
      getValue: (lb) => t(`lb:status.${lbDisplayStatus(lb)}`),
      render: (lb) => (
        <StatusChip tone={lbStatusTone[lbDisplayStatus(lb)]} label={t(`lb:status.${lbDisplayStatus(lb)}`)} />
      ),
    },
    {
      id: 'type',
      label: t('lb:columns.typeNetwork'),
      getValue: () => t('lb:type.enhanced'),
      render: (lb) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          {t('lb:type.enhanced')}
          <Secondary>{[network(lb), bandwidth(lb)].filter(Boolean).join(' · ')}</Secondary>
        </Box>
      ),
    },
    { id: 'network', label: t('lb:columns.network'), getValue: network, exportOnly: true },
    {
      id: 'address',
      label: t('lb:columns.address'),
      sortKey: 'vip_address',
      getValue: (lb) => lb.vip_address,
      render: (lb) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          {lb.vip_address}{' '}
          <Typography component="span" variant="caption" color="text.secondary">
            {t('lb:address.private')}
          </Typography>
          {eipOf(lb) ? (
            <div>
              {eipOf(lb)!.public_ip_address}{' '}
              <Typography component="span" variant="caption" color="text.secondary">
                {t('lb:address.eip')}
              </Typography>
            </div>
          ) : null}
        </Box>
      ),
    },
    { id: 'eip', label: t('lb:columns.eip'), getValue: (lb) => eipOf(lb)?.public_ip_address, exportOnly: true },
    { id: 'bandwidth', label: t('lb:columns.bandwidth'), getValue: bandwidth, exportOnly: true },
    {
      id: 'listeners',
      label: t('lb:columns.listeners'),
      term: 'listener',
      getValue: (lb) =>
        listenersOf(lb)
          .map((listener) => listenerLabel(listener.protocol, listener.protocol_port))
          .join(' '),
      render: (lb) => {
        const listeners = listenersOf(lb);
        if (listeners.length === 0) return <Secondary>{t('lb:noListeners')}</Secondary>;
        return (
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', maxWidth: 200 }}>
            {listeners.slice(0, MAX_LISTENER_CHIPS).map((listener) => (
              <Chip
                key={listener.id}
                size="small"
                label={listenerLabel(listener.protocol, listener.protocol_port)}
                component={RouterLink}
                // Straight to the listener: its forwarding policies are one tab away (FEATURES §4.8.1).
                to={`/load-balancers/${lb.id}?tab=listeners&listener=${listener.id}`}
                clickable
                title={listener.name}
              />
            ))}
            {listeners.length > MAX_LISTENER_CHIPS ? (
              <Chip size="small" variant="outlined" label={`+${listeners.length - MAX_LISTENER_CHIPS}`} />
            ) : null}
          </Box>
        );
      },
    },
    {
      id: 'vpc',
      label: t('lb:columns.vpc'),
      getValue: (lb) => vpcOf(lb)?.name,
      render: (lb) => <Box sx={{ whiteSpace: 'nowrap' }}>{vpcOf(lb)?.name ?? '—'}</Box>,
    },
    {
      id: 'created',
      label: t('lb:columns.created'),
      sortKey: 'created_at',
      getValue: (lb) => formatDateTime(lb.created_at),
      render: (lb) => <DateCell time={formatDateTime(lb.created_at)} withTime />,
    },
    { id: 'description', label: t('lb:columns.description'), getValue: (lb) => lb.description, exportOnly: true },
    { id: 'tags', label: t('lb:columns.tags'), getValue: (lb) => lb.tags.join('; '), exportOnly: true },
    {
      id: 'operation',
      label: t('table.operation'),
      stickyRight: true,
      getValue: () => '',
      render: (lb) => (
        <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
          <ActionButton
            act={actions.delete}
            item={lb}
            size="small"
            aria-label={t('lb:actions.deleteNamed', { name: lb.name || lb.id })}
          />
          <ActionMenu
            label={t('actions.more')}
            ariaLabel={t('lb:actions.moreFor', { name: lb.name || lb.id })}
            item={lb}
            actions={[
              eipOf(lb) ? actions.unbindEip : actions.bindEip,
              lb.admin_state_up ? actions.disable : actions.enable,
            ]}
          />
        </Box>
      ),
    },
  ];
}
