/** Columns of a listener's forwarding policies (STYLE rule 8; FEATURES §4.8.1 policy list). */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { Link as RouterLink } from 'react-router';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ActionButton, type Action } from '../../../components/action-button';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { isFaulty } from '../model/faulty';
import type { RowDialogKind } from '../model/policy-actions';
import { hostRule, pathRule } from '../model/policy-rules';

export interface PolicyLookups {
  loadBalancerId: string;
  /** Evaluation order, 1 = checked first; Faulty policies have none. */
  orderOf: ReadonlyMap<string, number>;
  poolsById: ReadonlyMap<string, Pool>;
  selectedId?: string;
  select(policy: L7Policy): void;
  actions: Record<RowDialogKind, Action<L7Policy>>;
}

const nameOf = (policy: L7Policy) => policy.name || policy.id;

/** Words stay whole unless longer than the column's widest: then they wrap there instead of widening the table. */
const wrapped = (min: number, max: number) => ({ minWidth: min, maxWidth: max, overflowWrap: 'break-word' }) as const;

export function policyColumns(t: TFunction, lookups: PolicyLookups): Column<L7Policy>[] {
  return [
    {
      id: 'order',
      label: t('policies:list.columns.order'),
      align: 'right',
      getValue: (policy) => lookups.orderOf.get(policy.id) ?? t('policies:list.notEvaluated'),
      render: (policy) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {lookups.orderOf.get(policy.id) ?? t('policies:list.notEvaluated')}
        </Box>
      ),
    },
    {
      id: 'name',
      label: t('policies:list.columns.name'),
      getValue: nameOf,
      // The status sits under the name: the pane is too narrow for a column of its own beside the rules.
      render: (policy) => (
        <Box sx={{ display: 'grid', gap: 0.5, justifyItems: 'start' }}>
          <Link
            component="button"
            type="button"
            onClick={() => lookups.select(policy)}
            aria-pressed={lookups.selectedId === policy.id}
            title={t('policies:actions.showGroup', { name: nameOf(policy) })}
            sx={{ ...wrapped(130, 240), textAlign: 'left', fontWeight: lookups.selectedId === policy.id ? 600 : 400 }}
          >
            {nameOf(policy)}
          </Link>
          <StatusChip
            tone={isFaulty(policy) ? 'error' : 'ok'}
            label={t(`policies:status.${policy.provisioning_status}`)}
          />
        </Box>
      ),
    },
    {
      id: 'status',
      label: t('policies:list.columns.status'),
      getValue: (policy) => t(`policies:status.${policy.provisioning_status}`),
      exportOnly: true,
    },
    {
      id: 'domain',
      label: t('policies:list.columns.domain'),
      getValue: (policy) => hostRule(policy)?.value ?? t('policies:list.anyDomain'),
      render: (policy) => (
        <Typography variant="body2" sx={wrapped(110, 220)}>
          {hostRule(policy)?.value ?? t('policies:list.anyDomain')}
        </Typography>
      ),
    },
    {
      id: 'url',
      label: t('policies:list.columns.url'),
      getValue: (policy) => pathRule(policy)?.value ?? t('policies:list.anyUrl'),
      render: (policy) => {
        const rule = pathRule(policy);
        if (!rule) return t('policies:list.anyUrl');
        return (
          <Box sx={wrapped(120, 260)}>
            <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
              {rule.value}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {t(`policies:compareTypes.${rule.compare_type}`)}
            </Typography>
          </Box>
        );
      },
    },
    {
      id: 'group',
      label: t('policies:list.columns.group'),
      term: 'backendServerGroup',
      wrapLabel: true,
      getValue: (policy) => (policy.redirect_pool_id ? lookups.poolsById.get(policy.redirect_pool_id)?.name : ''),
      render: (policy) =>
        policy.redirect_pool_id ? (
          <Link
            component={RouterLink}
            to={`/load-balancers/${lookups.loadBalancerId}/groups/${policy.redirect_pool_id}`}
            sx={{ ...wrapped(110, 220), display: 'inline-block' }}
          >
            {lookups.poolsById.get(policy.redirect_pool_id)?.name || policy.redirect_pool_id}
          </Link>
        ) : (
          t('policies:group.gone')
        ),
    },
    {
      id: 'operation',
      label: t('common:table.operation'),
      getValue: () => null,
      stickyRight: true,
      render: (policy) => (
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          <ActionButton
            act={lookups.actions.modify}
            item={policy}
            size="small"
            aria-label={t('policies:actions.modifyPolicy', { name: nameOf(policy) })}
          />
          <ActionButton
            act={lookups.actions.delete}
            item={policy}
            size="small"
            aria-label={t('policies:actions.deletePolicy', { name: nameOf(policy) })}
          />
        </Box>
      ),
    },
  ];
}
