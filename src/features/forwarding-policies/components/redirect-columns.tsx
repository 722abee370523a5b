/** Columns of an HTTP listener's redirects (STYLE rule 8; FEATURES §4.8.3). */
import Box from '@mui/material/Box';
import type { TFunction } from 'i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { listenerProtocolLabels, type Listener } from '../../../../contract/elb-v2/listeners';
import { ActionButton, type Action } from '../../../components/action-button';
import type { Column } from '../../../components/resource-table';
import { StatusChip } from '../../../components/status-chip';
import { isFaulty } from '../model/faulty';
import type { RowDialogKind } from '../model/policy-actions';

const nameOf = (policy: L7Policy) => policy.name || policy.id;

export function redirectColumns(
  t: TFunction,
  listenersById: ReadonlyMap<string, Listener>,
  actions: Record<RowDialogKind, Action<L7Policy>>,
): Column<L7Policy>[] {
  const target = (policy: L7Policy) => {
    const listener = policy.redirect_listener_id ? listenersById.get(policy.redirect_listener_id) : undefined;
    return listener
      ? `${listener.name || listener.id} (${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port})`
      : t('policies:redirects.targetGone');
  };
  return [
    { id: 'name', label: t('policies:redirects.columns.name'), getValue: nameOf },
    { id: 'target', label: t('policies:redirects.columns.target'), getValue: target },
    {
      id: 'status',
      label: t('policies:redirects.columns.status'),
      getValue: (policy) => t(`policies:status.${policy.provisioning_status}`),
      render: (policy) => (
        <StatusChip
          tone={isFaulty(policy) ? 'error' : 'ok'}
          label={t(`policies:status.${policy.provisioning_status}`)}
        />
      ),
    },
    { id: 'description', label: t('policies:redirects.columns.description'), getValue: (policy) => policy.description },
    {
      id: 'operation',
      label: t('common:table.operation'),
      getValue: () => null,
      stickyRight: true,
      render: (policy) => (
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          <ActionButton
            act={actions.modify}
            item={policy}
            size="small"
            aria-label={t('policies:actions.modifyRedirect', { name: nameOf(policy) })}
          />
          <ActionButton
            act={actions.delete}
            item={policy}
            size="small"
            aria-label={t('policies:actions.deleteRedirect', { name: nameOf(policy) })}
          />
        </Box>
      ),
    },
  ];
}
