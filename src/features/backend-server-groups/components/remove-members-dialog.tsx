/**
 * Remove backend servers after confirming: batch `delete` calls of at most 200, a warning when
 * no healthy server would be left, and what happens to connections (FEATURES §5.3).
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { removeMembersCalls, useRemoveMembers } from '../api/remove-members';
import { healthyAfterRemoval, type MemberRow } from '../model/member-rows';
import { RunProgress } from './run-progress';

const SHOWN_NAMES = 8;

export function RemoveMembersDialog({
  pool,
  rows,
  members,
  onClose,
  onDone,
}: {
  pool: Pool;
  rows: MemberRow[];
  members: readonly Member[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation('groups');
  const notify = useNotify();
  const ids = rows.map((row) => row.member.id);
  const { progress, remove } = useRemoveMembers(pool.id);
  const calls = removeMembersCalls(pool.id, ids);
  const leftHealthy = healthyAfterRemoval(members, new Set(ids));
  const names = rows
    .slice(0, SHOWN_NAMES)
    .map((row) => `${row.name} (${row.member.address}:${row.member.protocol_port})`);
  const confirm = async () => {
    const failures = await remove(ids);
    if (failures.length === 0) {
      notify.success(t('remove.done', { count: ids.length }));
      onDone();
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('remove.title', { count: ids.length })}
      confirmLabel={t('remove.confirm')}
      danger
      busy={progress.running}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Typography>{t('remove.body', { count: ids.length })}</Typography>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {names.join(', ')}
        {rows.length > SHOWN_NAMES ? ` ${t('remove.andMore', { count: rows.length - SHOWN_NAMES })}` : ''}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('remove.connections')}
      </Typography>
      {leftHealthy === 0 ? <Alert severity="warning">{t('remove.noHealthyLeft')}</Alert> : null}
      <RunProgress
        progress={progress}
        label={t('remove.progress', { done: progress.done, total: progress.total })}
        failureTitle={(index) => t('remove.failed', { batch: index + 1, total: calls.length })}
      />
      <ApiRequestPanel
        requests={calls.map((apiCall, index) => ({
          title: t('remove.call', { batch: index + 1, total: calls.length }),
          ...describeCall(apiCall),
        }))}
      />
    </ConfirmDialog>
  );
}
