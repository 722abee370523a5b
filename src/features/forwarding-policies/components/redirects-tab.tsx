/**
 * An HTTP listener's Redirects tab (FEATURES §0.6, §4.8.3): its redirects to HTTPS listeners of the same
 * load balancer, Create (explained when there is no HTTPS listener), Modify and Delete, and what a
 * redirect changes for clients.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import { ActionButton } from '../../../components/action-button';
import { ResourceTable } from '../../../components/resource-table';
import { useRedirects } from '../api/list-policies';
import { useLbResources } from '../api/use-lb-resources';
import { createRedirectAction, rowActions, type RowDialogKind } from '../model/policy-actions';
import { redirectTargets } from '../model/redirect-form';
import type { PolicyTabProps } from './panel-props';
import { redirectColumns } from './redirect-columns';
import { RedirectHelp } from './redirect-help';

const RedirectDialog = lazy(() => import('./redirect-dialog').then((m) => ({ default: m.RedirectDialog })));
const DeletePolicyDialog = lazy(() =>
  import('./delete-policy-dialog').then((m) => ({ default: m.DeletePolicyDialog })),
);

type OpenDialog = { kind: 'create' } | { kind: RowDialogKind; policy: L7Policy };

export function RedirectsTab({ loadBalancer: lb, listener }: PolicyTabProps) {
  const { t } = useTranslation('policies');
  const [dialog, setDialog] = useState<OpenDialog>();
  const query = useRedirects(listener.id);
  const resources = useLbResources(lb);
  const targets = redirectTargets(listener, resources.listeners);
  const create = createRedirectAction(t, targets, () => setDialog({ kind: 'create' }));
  const blocked = create.reason(lb);
  const actions = rowActions({ t, lb, open: (kind, policy) => setDialog({ kind, policy }) });
  const close = () => setDialog(undefined);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <ActionButton act={create} item={lb} variant="contained" />
        {blocked ? (
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
            {blocked}
          </Typography>
        ) : null}
      </Box>
      <ResourceTable
        label={t('redirects.tableLabel')}
        columns={redirectColumns(t, resources.listenersById, actions)}
        rows={query.data}
        rowKey={(policy) => policy.id}
        loading={query.isFetching}
        error={query.error ?? resources.error}
        onRetry={() => void query.refetch()}
        empty={t('redirects.empty')}
      />
      <RedirectHelp />
      <Suspense fallback={null}>
        {dialog?.kind === 'create' || dialog?.kind === 'modify' ? (
          <RedirectDialog
            listener={listener}
            redirect={dialog.kind === 'modify' ? dialog.policy : undefined}
            targets={targets}
            defaultName={`redirect-${(query.data?.length ?? 0) + 1}`}
            onClose={close}
          />
        ) : null}
        {dialog?.kind === 'delete' ? <DeletePolicyDialog policy={dialog.policy} onClose={close} /> : null}
      </Suspense>
    </Box>
  );
}
