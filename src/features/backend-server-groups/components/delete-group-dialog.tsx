/**
 * Delete a backend server group after confirming (FEATURES §5.3): a group with a health check
 * needs it deleted first — the dialog offers that, and sends both calls in order.
 */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { deleteGroupCalls, useDeleteGroup } from '../api/delete-group';
import { RunProgress } from './run-progress';

export function DeleteGroupDialog({ pool, onClose, onDeleted }: { pool: Pool; onClose(): void; onDeleted?(): void }) {
  const { t } = useTranslation('groups');
  const notify = useNotify();
  const name = pool.name || pool.id;
  const hasHealthCheck = pool.healthmonitor_id !== null;
  const [withHealthCheck, setWithHealthCheck] = useState(false);
  const { progress, remove } = useDeleteGroup();
  const calls = deleteGroupCalls(pool);
  const titles = [...(hasHealthCheck ? [t('delete.callHealthCheck')] : []), t('delete.callGroup', { name })];
  const confirm = async () => {
    const failures = await remove(pool);
    if (failures.length === 0) {
      notify.success(t('delete.done', { name }));
      onClose();
      onDeleted?.();
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('delete.title', { name })}
      confirmLabel={t('delete.confirm')}
      danger
      busy={progress.running}
      confirmDisabled={hasHealthCheck && !withHealthCheck}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <Typography>{t('delete.body', { name })}</Typography>
      {hasHealthCheck ? (
        <FormControlLabel
          control={
            <Checkbox
              checked={withHealthCheck}
              onChange={(event) => setWithHealthCheck(event.target.checked)}
              disabled={progress.running}
            />
          }
          label={t('delete.withHealthCheck')}
        />
      ) : null}
      <RunProgress
        progress={progress}
        label={t('delete.progress', { done: progress.done, total: progress.total })}
        failureTitle={(index) => t('delete.failed', { step: titles[index] ?? '' })}
      />
      <ApiRequestPanel
        requests={calls.map((apiCall, index) => ({ title: titles[index]!, ...describeCall(apiCall) }))}
      />
    </ConfirmDialog>
  );
}
