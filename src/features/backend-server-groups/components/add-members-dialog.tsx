/**
 * Add Backend Servers (FEATURES §5.3): pick ECSs of the load balancer's VPC, or paste
 * `ip,port[,weight]` lines; either way the servers go in batch calls of at most 200
 * (action `add`), never one call per server. The security-group precondition is linked.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Member } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { ErrorAlert } from '../../../components/error-alert';
import { HelpLinks } from '../../../components/help-link';
import { useNotify } from '../../../components/notifications';
import { useAddMembers } from '../api/add-members';
import type { GroupContext } from '../api/use-group-context';
import type { BatchMember } from '../model/batches';
import { pickerServers } from '../model/server-picker';
import { EcsPicker } from './ecs-picker';
import { SecurityGroupNote } from './help-notes';
import { PasteMembers } from './paste-members';
import { RunProgress } from './run-progress';

type Mode = 'pick' | 'paste';

/** The port most of the group's servers use, as the picker's starting value. */
function commonPort(members: readonly Member[]): number | null {
  const counts = new Map<number, number>();
  for (const member of members) counts.set(member.protocol_port, (counts.get(member.protocol_port) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

export function AddMembersDialog({
  lb,
  pool,
  context,
  onClose,
}: {
  lb: LoadBalancer;
  pool: Pool;
  context: GroupContext;
  onClose(): void;
}) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const formId = useId();
  const notify = useNotify();
  const [mode, setMode] = useState<Mode>('pick');
  const [total, setTotal] = useState(0);
  const { progress, add } = useAddMembers(pool.id);
  const existing = context.members ?? [];
  const { servers, subnets } = context.queries;
  const rows = useMemo(
    () => (context.vpcId ? pickerServers(context.vpcServers, context.vpcId, context.vpcSubnets) : []),
    [context.vpcId, context.vpcServers, context.vpcSubnets],
  );
  const submit = async (members: BatchMember[]) => {
    setTotal(members.length);
    const failures = await add(members);
    if (failures.length === 0) {
      notify.success(t('add.done', { count: members.length }));
      onClose();
    }
  };
  const loading = servers.isPending || subnets.isPending;
  const loadError = servers.error ?? subnets.error;
  return (
    <Dialog open onClose={progress.running ? undefined : onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{t('add.title', { name: pool.name || pool.id })}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <SecurityGroupNote udp={pool.protocol === 'UDP'} />
        <HelpLinks topics={['different-oss', 'adjust-backend-count']} />
        <Tabs value={mode} onChange={(_, next: Mode) => setMode(next)} aria-label={t('add.modes')}>
          <Tab value="pick" label={t('add.modePick')} />
          <Tab value="paste" label={t('add.modePaste')} />
        </Tabs>
        {loading ? <LinearProgress aria-label={t('add.loading')} /> : null}
        {loadError ? <ErrorAlert error={loadError} /> : null}
        {!loading && !context.vpcId ? (
          <Alert severity="warning">{t('add.noVpc', { lb: lb.name || lb.id })}</Alert>
        ) : null}
        {!loading && context.vpcId && mode === 'pick' ? (
          <EcsPicker
            formId={formId}
            poolId={pool.id}
            rows={rows}
            existing={existing}
            defaultPort={commonPort(existing)}
            onSubmit={(members) => void submit(members)}
          />
        ) : null}
        {!loading && context.vpcId && mode === 'paste' ? (
          <PasteMembers
            formId={formId}
            poolId={pool.id}
            subnets={context.vpcSubnets}
            servers={context.vpcServers}
            existing={existing}
            onSubmit={(members) => void submit(members)}
          />
        ) : null}
        <RunProgress
          progress={progress}
          label={t('add.progress', { done: progress.done, total: progress.total, count: total })}
          failureTitle={(index) => t('add.failed', { batch: index + 1, total: progress.total })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={progress.running}>
          {t('common:actions.cancel')}
        </Button>
        <Button
          type="submit"
          form={formId}
          variant="contained"
          loading={progress.running}
          disabled={loading || !context.vpcId}
        >
          {t('common:actions.ok')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
