/**
 * A listener's Forwarding Policies tab (FEATURES §0.6, §4.8.1): the policies in the order the listener
 * checks them, why a Faulty one is Faulty, a request tester, Add/Modify/Delete, and the backend servers
 * of the selected policy's group (the guide's advanced getting-started flow adds servers there).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluationOrder } from '../../../../contract/elb-v2/l7-match';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { ActionButton } from '../../../components/action-button';
import { ResourceTable } from '../../../components/resource-table';
import { useListenerPolicies } from '../api/list-policies';
import { useLbResources } from '../api/use-lb-resources';
import { addPolicyAction, rowActions, type RowDialogKind } from '../model/policy-actions';
import { matchable } from '../model/policy-rules';
import { testerRequest, testRequest } from '../model/request-tester';
import type { ForwardingPoliciesTabProps } from './panel-props';
import { FaultyNotes } from './faulty-notes';
import { PolicyGroupSection } from './policy-group-section';
import { policyColumns } from './policy-columns';
import { PolicyTester } from './policy-tester';

const PolicyDialog = lazy(() => import('./policy-dialog').then((m) => ({ default: m.PolicyDialog })));
const DeletePolicyDialog = lazy(() =>
  import('./delete-policy-dialog').then((m) => ({ default: m.DeletePolicyDialog })),
);

type OpenDialog = { kind: 'add' } | { kind: RowDialogKind; policy: L7Policy };

export function ForwardingPoliciesTab({ loadBalancer: lb, listener, GroupPanel }: ForwardingPoliciesTabProps) {
  const { t } = useTranslation('policies');
  const [dialog, setDialog] = useState<OpenDialog>();
  const [selectedId, setSelectedId] = useState<string>();
  const [request, setRequest] = useState({ host: '', path: '' });
  const query = useListenerPolicies(listener.id);
  const resources = useLbResources(lb);
  const all = useMemo(() => query.data ?? [], [query.data]);
  const policies = useMemo(() => all.filter((policy) => policy.action === 'REDIRECT_TO_POOL'), [all]);
  const order = useMemo(() => evaluationOrder(policies.map(matchable)).map((item) => item.policy), [policies]);
  const orderOf = new Map(order.map((policy, index) => [policy.id, index + 1]));
  const rows = [...order, ...policies.filter((policy) => !orderOf.has(policy.id))];
  const typed = request.host.trim() !== '' || request.path.trim() !== '';
  const tested = typed ? testRequest(all, testerRequest(request.host, request.path)) : undefined;
  const testedId = tested?.answer.kind === 'policy' ? tested.answer.policy.id : undefined;
  const redirect = all.find((policy) => policy.action === 'REDIRECT_TO_LISTENER');
  const defaultGroup = listener.default_pool_id ? resources.poolsById.get(listener.default_pool_id) : undefined;
  const listenerName = (id: string | null) => (id && resources.listenersById.get(id)?.name) || id || '';
  const actions = rowActions({ t, lb, open: (kind, policy) => setDialog({ kind, policy }) });
  const selected = policies.find((policy) => policy.id === selectedId);
  const close = () => setDialog(undefined);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          {t('list.help', { group: defaultGroup?.name || listener.default_pool_id || t('list.noDefaultGroup') })}
        </Typography>
        <ActionButton act={addPolicyAction(t, () => setDialog({ kind: 'add' }))} item={lb} variant="contained" />
      </Box>
      {redirect ? (
        <Alert severity="info" sx={{ overflowWrap: 'anywhere' }}>
          {t('list.redirected', {
            name: listenerName(redirect.redirect_listener_id),
            redirect: redirect.name || redirect.id,
          })}
        </Alert>
      ) : null}
      <FaultyNotes policies={policies} remove={actions.delete} />
      <PolicyTester
        host={request.host}
        path={request.path}
        onChange={setRequest}
        result={tested}
        names={{
          orderOf,
          groupName: (id) => {
            const poolId = id ?? listener.default_pool_id;
            return poolId ? resources.poolsById.get(poolId)?.name || poolId : undefined;
          },
          listenerName,
        }}
      />
      <ResourceTable
        label={t('list.tableLabel')}
        columns={policyColumns(t, {
          loadBalancerId: lb.id,
          orderOf,
          poolsById: resources.poolsById,
          selectedId,
          select: (policy) => setSelectedId(policy.id),
          actions,
        })}
        rows={query.data ? rows : undefined}
        rowKey={(policy) => policy.id}
        loading={query.isFetching}
        error={query.error ?? resources.error}
        onRetry={() => void query.refetch()}
        empty={t('list.empty')}
        highlighted={(policy) => policy.id === testedId}
      />
      {policies.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('list.order')}
        </Typography>
      ) : null}
      {selected ? <PolicyGroupSection lb={lb} policy={selected} resources={resources} GroupPanel={GroupPanel} /> : null}
      <Suspense fallback={null}>
        {dialog?.kind === 'add' || dialog?.kind === 'modify' ? (
          <PolicyDialog
            lb={lb}
            listener={listener}
            policy={dialog.kind === 'modify' ? dialog.policy : undefined}
            policies={policies}
            resources={resources}
            onClose={close}
            onSaved={setSelectedId}
          />
        ) : null}
        {dialog?.kind === 'delete' ? <DeletePolicyDialog policy={dialog.policy} onClose={close} /> : null}
      </Suspense>
    </Box>
  );
}
