/** Columns of the load balancer list (FEATURES §3.3): one declarative array feeds the table and the CSV export. */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import type { Action } from '../../../components/action-button';
import { ActionButton } from '../../../components/action-button';
import { ActionMenu } from '../../../components/action-menu';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { formatDateTime } from '../../../lib/format';
import type { LbLookups } from '../api/use-lb-lookups';
import type { LbDialogKind } from '../model/lb-actions';
import { lbDisplayStatus, lbStatusTone } from '../model/lb-status';

const MAX_LISTENER_CHIPS = 3;

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
  return [
    {
      id: 'name',
      label: t('lb:columns.name'),
      sortKey: 'name',
      getValue: (lb) => lb.name,
      render: (lb) => (
        <Box sx={{ minWidth: 180, maxWidth: 320 }}>
          <Link
            component={RouterLink}
            to={`/load-balancers/${lb.id}`}
            sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
          >
            {lb.name || lb.id}
          </Link>
          <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>
            {lb.id}
          </Typography>
        </Box>
      ),
    },
    {
      id: 'status',
      label: t('lb:columns.status'),
      getValue: (lb) => t(`lb:status.${lbDisplayStatus(lb)}`),
      render: (lb) => (
        <StatusChip tone={lbStatusTone[lbDisplayStatus(lb)]} label={t(`lb:status.${lbDisplayStatus(lb)}`)} />
      ),
    },
    { id: 'type', label: t('lb:columns.type'), getValue: () => t('lb:type.enhanced') },
    {
      id: 'network',
      label: t('lb:columns.network'),
      getValue: (lb) => (eipOf(lb) ? t('lb:network.public') : t('lb:network.private')),
    },
    {
      id: 'address',
      label: t('lb:columns.address'),
      sortKey: 'vip_address',
      getValue: (lb) => [lb.vip_address, eipOf(lb)?.public_ip_address].filter(Boolean).join(' / '),
      render: (lb) => (
        <Box sx={{ whiteSpace: 'nowrap' }}>
          <div>
            {lb.vip_address}{' '}
            <Typography component="span" variant="caption" color="text.secondary">
              {t('lb:address.private')}
            </Typography>
          </div>
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
    {
      id: 'listeners',
      label: t('lb:columns.listeners'),
      getValue: (lb) =>
        listenersOf(lb)
          .map((listener) => `${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port}`)
          .join(' '),
      render: (lb) => {
        const listeners = listenersOf(lb);
        if (listeners.length === 0)
          return (
            <Typography variant="body2" color="text.secondary">
              {t('lb:noListeners')}
            </Typography>
          );
        return (
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', maxWidth: 220 }}>
            {listeners.slice(0, MAX_LISTENER_CHIPS).map((listener) => (
              <Chip
                key={listener.id}
                size="small"
                label={`${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port}`}
                component={RouterLink}
                to={`/load-balancers/${lb.id}`}
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
      id: 'bandwidth',
      label: t('lb:columns.bandwidth'),
      getValue: (lb) => (eipOf(lb) ? t('lb:mbits', { value: eipOf(lb)!.bandwidth_size }) : '—'),
    },
    { id: 'vpc', label: t('lb:columns.vpc'), getValue: (lb) => vpcOf(lb)?.name ?? '—' },
    {
      id: 'created',
      label: t('lb:columns.created'),
      sortKey: 'created_at',
      getValue: (lb) => formatDateTime(lb.created_at),
    },
    {
      id: 'operation',
      label: t('table.operation'),
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
