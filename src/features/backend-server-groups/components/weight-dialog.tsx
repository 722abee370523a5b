/**
 * Modify Weight for one or many servers: one PUT per server, five at a time, with progress;
 * rows that failed are listed and can be retried (FEATURES §5.3, configuring weights).
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DEFAULT_MEMBER_WEIGHT, memberFields } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { FormTextField } from '../../../components/form/form-text-field';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useUpdateMemberWeights, weightCalls } from '../api/update-member-weights';
import type { MemberRow } from '../model/member-rows';
import { RunProgress } from './run-progress';

const weightSchema = z.object({ weight: memberFields.weight });
const SHOWN_CALLS = 3;

export function WeightDialog({
  pool,
  rows,
  onClose,
  onDone,
}: {
  pool: Pool;
  rows: MemberRow[];
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const notify = useNotify();
  const weights = new Set(rows.map((row) => row.member.weight));
  const form = useZodForm(weightSchema, {
    defaultValues: { weight: weights.size === 1 ? rows[0]!.member.weight : DEFAULT_MEMBER_WEIGHT },
  });
  const [targets, setTargets] = useState(rows);
  const [lastRun, setLastRun] = useState(rows);
  const { progress, update } = useUpdateMemberWeights(pool.id);
  const weight = useWatch({ control: form.control, name: 'weight' });
  const calls = weightCalls(
    pool.id,
    targets.map((row) => row.member.id),
    Number.isInteger(weight) ? weight : 0,
  );
  const submit = form.handleSubmit(async (values) => {
    setLastRun(targets);
    const failures = await update(
      targets.map((row) => row.member.id),
      values.weight,
    );
    if (failures.length === 0) {
      notify.success(t('weight.done', { count: targets.length, weight: values.weight }));
      onDone();
    } else {
      // Keep only the failed rows, so OK retries exactly those.
      setTargets(failures.map((failure) => targets[failure.index]!));
    }
  });
  return (
    <Dialog open onClose={progress.running ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id={titleId}>{t('weight.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <Typography>
            {targets.length === 1
              ? t('weight.one', { name: targets[0]!.name, address: targets[0]!.member.address })
              : t('weight.many', { count: targets.length })}
          </Typography>
          <FormTextField
            control={form.control}
            name="weight"
            numeric
            label={t('weight.label')}
            required
            helperText={t('weight.help')}
            slotProps={{ htmlInput: { min: 0, max: 100 } }}
          />
          <Typography variant="body2" color="text.secondary">
            {t(`weight.algorithm.${pool.lb_algorithm}`)}
          </Typography>
          <RunProgress
            progress={progress}
            label={t('weight.progress', { done: progress.done, total: progress.total })}
            failureTitle={(index) => t('weight.failed', { name: lastRun[index]?.name ?? '' })}
          />
          <ApiRequestPanel
            requests={calls.slice(0, SHOWN_CALLS).map((apiCall, index) => ({
              title: t('weight.call', { name: targets[index]!.name }),
              ...describeCall(apiCall),
              ...(index === SHOWN_CALLS - 1 && calls.length > SHOWN_CALLS
                ? { note: t('weight.moreCalls', { count: calls.length - SHOWN_CALLS }) }
                : {}),
            }))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={progress.running}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={progress.running}>
            {progress.failures.length > 0 ? t('weight.retry', { count: targets.length }) : t('common:actions.ok')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
