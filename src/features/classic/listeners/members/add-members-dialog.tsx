/**
 * Add backend ECSs to a classic listener (FEATURES §5.4, adding_backend_ecss.rst): pick ECSs of the
 * load balancer's VPC, each with its state. One job adds them all; it fails if any ECS is not running,
 * so a stopped pick is allowed but warned about. UDP listeners need ECSs that answer ping.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addClassicMembersRequest } from '../../../../../contract/elb-classic/members';
import { classicMembersApi } from '../../../../api/clients/elb-classic';
import { serverQueries } from '../../../../api/queries/servers';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ErrorAlert } from '../../../../components/error-alert';
import { PageLoading } from '../../../../components/page-loading';
import { StatusChip } from '../../../../components/status-chip';
import { translateRule } from '../../../../i18n';
import { useClassicJobMutation } from '../../jobs/use-classic-jobs';
import {
  ecsCandidates,
  isRunning,
  memberSubject,
  searchCandidates,
  toAddMembersRequest,
  type EcsCandidate,
} from '../model/ecs-candidates';
import type { MembersDialogProps } from './members-dialog-props';

export function AddMembersDialog({
  loadBalancer,
  listener,
  members,
  onClose,
}: MembersDialogProps & { onClose(): void }) {
  const { t } = useTranslation('classic');
  const servers = useQuery(serverQueries.all());
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string>();
  const candidates = useMemo(
    () => ecsCandidates(servers.data ?? [], loadBalancer.vpc_id, members),
    [servers.data, loadBalancer.vpc_id, members],
  );
  const chosen = candidates.filter((candidate) => picked.has(candidate.server.id));
  const stopped = chosen.filter((candidate) => !isRunning(candidate.server));
  const add = useClassicJobMutation(
    (chosenNow: EcsCandidate[]) => classicMembersApi.add(listener.id, toAddMembersRequest(chosenNow)),
    (chosenNow) => ({
      kind: 'addMembers',
      loadBalancerId: loadBalancer.id,
      listenerId: listener.id,
      subject: memberSubject(chosenNow.map((candidate) => candidate.server.name)),
    }),
  );
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
    setProblem(undefined);
  };
  const submit = () => {
    const checked = addClassicMembersRequest.safeParse(toAddMembersRequest(chosen));
    setProblem(checked.success ? undefined : checked.error.issues[0]?.message);
    if (checked.success) add.mutate(chosen, { onSuccess: onClose });
  };
  return (
    <ConfirmDialog
      open
      title={t('members.add.title', { name: listener.name })}
      confirmLabel={t('members.add.submit', { count: chosen.length })}
      busy={add.isPending}
      error={add.error}
      onConfirm={submit}
      onClose={onClose}
      maxWidth="md"
    >
      {listener.protocol === 'UDP' ? <Alert severity="info">{t('members.add.udpNote')}</Alert> : null}
      <TextField
        size="small"
        label={t('members.add.search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {servers.isPending ? <PageLoading /> : null}
      {servers.error ? <ErrorAlert error={servers.error} onRetry={() => void servers.refetch()} /> : null}
      {servers.data ? (
        <Box sx={{ maxHeight: 360, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader aria-label={t('members.add.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox" />
                <TableCell>{t('members.columns.name')}</TableCell>
                <TableCell>{t('members.columns.privateIp')}</TableCell>
                <TableCell>{t('members.add.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {searchCandidates(candidates, search).map((candidate) => (
                <TableRow key={candidate.server.id} hover selected={picked.has(candidate.server.id)}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={candidate.added || picked.has(candidate.server.id)}
                      disabled={candidate.added}
                      onChange={() => toggle(candidate.server.id)}
                      slotProps={{ input: { 'aria-label': t('members.add.pick', { name: candidate.server.name }) } }}
                    />
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{candidate.server.name}</TableCell>
                  <TableCell>{candidate.ip}</TableCell>
                  <TableCell>
                    {candidate.added ? (
                      t('members.add.alreadyAdded')
                    ) : (
                      <StatusChip
                        tone={isRunning(candidate.server) ? 'ok' : 'off'}
                        label={t(`members.add.serverStatus.${isRunning(candidate.server) ? 'running' : 'stopped'}`, {
                          status: candidate.server.status,
                        })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              ))}
              {candidates.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={4} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                    {t('members.add.noServers')}
                  </TableCell>
                </TableRow>
              ) : null}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {stopped.length > 0 ? (
        <Alert severity="warning">
          {t('members.add.stoppedWarning', { names: memberSubject(stopped.map((candidate) => candidate.server.name)) })}
        </Alert>
      ) : null}
      {problem ? <Alert severity="error">{translateRule(t, problem)}</Alert> : null}
    </ConfirmDialog>
  );
}
