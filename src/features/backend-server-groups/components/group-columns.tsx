/** Columns of the load balancer's backend server groups (STYLE rule 8; FEATURES §5.3). */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { listenerProtocolLabels, type Listener } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ActionButton, type Action } from '../../../components/action-button';
import type { Column } from '../../../components/resource-table';
import type { GroupDialogKind } from '../model/group-actions';
import { stickySummary } from './group-summary';

export interface GroupLookups {
  loadBalancerId: string;
  listeners: readonly Listener[];
  listenersById: ReadonlyMap<string, Listener>;
  monitorsById: ReadonlyMap<string, HealthMonitor>;
  policiesOf(pool: Pool): readonly L7Policy[];
  actions: Record<GroupDialogKind, Action<Pool>>;
}

/** "listener-http-80 (HTTP/80)" for default groups, "forwarding_policy-api → listener-http-80" for policies. */
export function usedBy(t: TFunction, pool: Pool, lookups: GroupLookups): string[] {
  const listeners = lookups.listeners
    .filter((listener) => listener.default_pool_id === pool.id)
    .map((listener) =>
      t('groups:tab.listenerUse', {
        name: listener.name || listener.id,
        protocol: listenerProtocolLabels[listener.protocol],
        port: listener.protocol_port,
      }),
    );
  const policies = lookups.policiesOf(pool).map((policy) => {
    const listener = lookups.listenersById.get(policy.listener_id);
    return t('groups:tab.policyUse', {
      name: policy.name || policy.id,
      listener: listener?.name || policy.listener_id,
    });
  });
  return [...listeners, ...policies];
}

function healthCheckText(t: TFunction, pool: Pool, lookups: GroupLookups): string {
  if (!pool.healthmonitor_id) return t('groups:tab.noHealthCheck');
  const monitor = lookups.monitorsById.get(pool.healthmonitor_id);
  return monitor ? t(`elb:healthCheck.types.${monitor.type}`) : t('groups:tab.healthCheckOn');
}

export function groupColumns(t: TFunction, lookups: GroupLookups): Column<Pool>[] {
  return [
    {
      id: 'name',
      label: t('groups:fields.name'),
      getValue: (pool) => pool.name || pool.id,
      render: (pool) => (
        <Link
          component={RouterLink}
          sx={{ whiteSpace: 'nowrap' }}
          to={`/load-balancers/${lookups.loadBalancerId}/groups/${pool.id}`}
        >
          {pool.name || pool.id}
        </Link>
      ),
    },
    { id: 'protocol', label: t('groups:tab.columns.protocol'), getValue: (pool) => pool.protocol },
    {
      id: 'algorithm',
      label: t('groups:tab.columns.algorithm'),
      getValue: (pool) => t(`elb:pool.algorithms.${pool.lb_algorithm}`),
    },
    { id: 'sticky', label: t('groups:fields.sticky'), getValue: (pool) => stickySummary(t, pool) },
    { id: 'healthCheck', label: t('groups:fields.healthCheck'), getValue: (pool) => healthCheckText(t, pool, lookups) },
    { id: 'members', label: t('groups:tab.columns.members'), align: 'right', getValue: (pool) => pool.members.length },
    {
      id: 'usedBy',
      label: t('groups:tab.usedBy'),
      getValue: (pool) => usedBy(t, pool, lookups).join('; ') || t('groups:tab.unused'),
      render: (pool) => {
        const uses = usedBy(t, pool, lookups);
        if (uses.length === 0) return t('groups:tab.unused');
        return uses.map((use) => (
          <Typography key={use} variant="body2" sx={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
            {use}
          </Typography>
        ));
      },
    },
    {
      id: 'operation',
      label: t('common:table.operation'),
      getValue: () => null,
      stickyRight: true,
      render: (pool) => (
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          <ActionButton
            act={lookups.actions.modify}
            item={pool}
            size="small"
            aria-label={t('groups:actions.modifyNamed', { name: pool.name || pool.id })}
          />
          <ActionButton
            act={lookups.actions.delete}
            item={pool}
            size="small"
            aria-label={t('groups:actions.deleteNamed', { name: pool.name || pool.id })}
          />
        </Box>
      ),
    },
  ];
}
