/**
 * One backend server group: its summary and its backend servers. Shown in a listener's
 * pane and on the group's own page (FEATURES §0.6, §5.3, §6).
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { ErrorAlert } from '../../../components/error-alert';
import { useGroupContext } from '../api/use-group-context';
import type { HealthCheckDialogKind } from '../model/group-actions';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import { GroupSummary } from './group-summary';
import { MembersTable } from './members-table';

const HealthCheckDialog = lazy(() => import('./health-check-dialog').then((m) => ({ default: m.HealthCheckDialog })));
const DisableHealthCheckDialog = lazy(() =>
  import('./disable-health-check-dialog').then((m) => ({ default: m.DisableHealthCheckDialog })),
);

export function GroupPanel({ loadBalancer, poolId }: { loadBalancer: LoadBalancer; poolId: string }) {
  const { t } = useTranslation('groups');
  const context = useGroupContext(loadBalancer, poolId);
  // The health check as it was when the dialog opened: the dialog stays mounted while the
  // write refreshes the group (and its health check reloads under a new ID).
  const [dialog, setDialog] = useState<{ kind: HealthCheckDialogKind; monitor: HealthMonitor | null }>();
  const { pool, monitor } = context;
  if (context.queries.pool.error) {
    return <ErrorAlert error={context.queries.pool.error} onRetry={() => void context.queries.pool.refetch()} />;
  }
  if (!pool) return <LinearProgress aria-label={t('panel.loading')} />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <GroupSummary
        lb={loadBalancer}
        pool={pool}
        monitor={monitor}
        onHealthCheck={(kind) => monitor !== undefined && setDialog({ kind, monitor })}
      />
      <MembersTable lb={loadBalancer} pool={pool} context={context} />
      <Suspense fallback={null}>
        {dialog?.kind === 'configure' ? (
          <HealthCheckDialog pool={pool} monitor={dialog.monitor} onClose={() => setDialog(undefined)} />
        ) : null}
        {dialog?.kind === 'disable' && dialog.monitor ? (
          <DisableHealthCheckDialog pool={pool} monitor={dialog.monitor} onClose={() => setDialog(undefined)} />
        ) : null}
      </Suspense>
    </Box>
  );
}
