/** A listener's Basic Information: identity, default group, access control (Configure), HTTPS, timeouts. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { listenerProtocolLabels } from '../../../../contract/elb-v2/listener-protocols';
import { effectiveListenerTimeouts } from '../../../../contract/elb-v2/listener-timeouts';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { listenerQueries } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';
import { DetailList, type DetailItem } from '../../../components/detail-list';
import { formatDateTime } from '../../../lib/format';
import { ListenerHelpNotes } from '../diagnostics/listener-notes';
import { AccessControlDialog } from './access-control-dialog';
import { useHttpsItems } from './use-https-items';

export function ListenerBasicInfo({ listener, onModify }: { listener: Listener; onModify(): void }) {
  const { t } = useTranslation('listeners');
  const [configuring, setConfiguring] = useState(false);
  const whitelist = useQuery(listenerQueries.whitelist(listener.id));
  const pool = useQuery({
    ...poolQueries.detail(listener.default_pool_id ?? ''),
    enabled: listener.default_pool_id !== null,
  });
  const loadBalancerId = listener.loadbalancers[0]?.id ?? '';
  const timeouts = effectiveListenerTimeouts(listener);
  const httpsItems = useHttpsItems(listener, onModify);
  const layer7 = listener.protocol === 'HTTP' || listener.protocol === 'TERMINATED_HTTPS';
  const control = whitelist.data;
  const accessText =
    !control || !control.enable_whitelist
      ? t('accessControl.off')
      : control.whitelist
        ? t('accessControl.on', { list: control.whitelist.split(',').join(', ') })
        : t('accessControl.onEmpty');
  const items: DetailItem[] = [
    { label: t('fields.name'), value: listener.name },
    { label: t('fields.id'), value: listener.id },
    { label: t('fields.frontend'), value: `${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port}` },
    {
      label: t('fields.defaultGroup'),
      term: 'backendServerGroup',
      value: listener.default_pool_id ? (
        <Link component={RouterLink} to={`/load-balancers/${loadBalancerId}/groups/${listener.default_pool_id}`}>
          {pool.data?.name || listener.default_pool_id}
        </Link>
      ) : (
        t('noGroupShort')
      ),
    },
    {
      label: t('fields.accessControl'),
      value: (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography sx={{ overflowWrap: 'anywhere' }}>{whitelist.isPending ? '…' : accessText}</Typography>
          <Button size="small" onClick={() => setConfiguring(true)} aria-label={t('accessControl.configure')}>
            {t('actions.configure')}
          </Button>
        </Box>
      ),
    },
    ...(timeouts.keepalive_timeout !== undefined
      ? [
          {
            label: t('fields.idleTimeout'),
            term: 'persistentConnection' as const,
            value: t('seconds', { value: timeouts.keepalive_timeout }),
          },
        ]
      : []),
    ...(timeouts.client_timeout !== undefined
      ? [{ label: t('fields.requestTimeout'), value: t('seconds', { value: timeouts.client_timeout }) }]
      : []),
    ...(timeouts.member_timeout !== undefined
      ? [{ label: t('fields.responseTimeout'), value: t('seconds', { value: timeouts.member_timeout }) }]
      : []),
    ...(layer7
      ? [
          {
            label: t('fields.forwardElbIp'),
            value: listener.insert_headers?.['X-Forwarded-ELB-IP'] ? t('advanced.on') : t('advanced.off'),
          },
        ]
      : []),
    ...httpsItems,
    { label: t('fields.description'), value: listener.description },
    { label: t('fields.created'), value: formatDateTime(listener.created_at) },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <DetailList items={items} />
      <ListenerHelpNotes listener={listener} />
      {configuring ? (
        <AccessControlDialog listener={listener} whitelist={control ?? null} onClose={() => setConfiguring(false)} />
      ) : null}
    </Box>
  );
}
