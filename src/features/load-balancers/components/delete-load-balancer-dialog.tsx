/**
 * Dependency-aware delete: the dialog lists what blocks deletion (from the status tree,
 * in the guide's order), says the EIP is kept, and on one confirmation deletes it all.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { HelpLinks } from '../../../components/help-link';
import { deleteCall, useDeleteRun } from '../api/delete-load-balancer';
import { statusTreeQuery } from '../api/get-load-balancer';
import { blockersByKind, deletePlan } from '../model/delete-plan';

const SHOWN_PER_GROUP = 8;

export interface DeleteLoadBalancerDialogProps {
  lb: LoadBalancer;
  eipAddress?: string;
  onClose(): void;
  onDeleted(): void;
}

export function DeleteLoadBalancerDialog({ lb, eipAddress, onClose, onDeleted }: DeleteLoadBalancerDialogProps) {
  const { t } = useTranslation('lb');
  const tree = useQuery(statusTreeQuery(lb.id));
  const steps = useMemo(() => (tree.data ? deletePlan(tree.data) : []), [tree.data]);
  const groups = blockersByKind(steps);
  const blockers = steps.length - 1;
  const [understood, setUnderstood] = useState(false);
  const { progress, run } = useDeleteRun(steps);

  const confirm = () => void run().then((ok) => ok && onDeleted());
  const requests = steps.map((step) => ({
    title: t(`delete.step.${step.kind}`, { name: step.label }),
    ...describeCall(deleteCall(step)),
  }));
  return (
    <ConfirmDialog
      open
      title={t('delete.title', { name: lb.name || lb.id })}
      confirmLabel={
        progress.failure
          ? t('delete.retry')
          : blockers > 0
            ? t('delete.confirmAll', { count: blockers + 1 })
            : t('delete.confirm')
      }
      danger
      busy={progress.running}
      confirmDisabled={!tree.data || (blockers > 0 && !understood)}
      onConfirm={confirm}
      onClose={onClose}
      maxWidth="md"
    >
      <Typography>{t('delete.irreversible')}</Typography>
      <Alert severity="info">{eipAddress ? t('delete.eipKept', { address: eipAddress }) : t('delete.noEip')}</Alert>
      <HelpLinks topics={['delete-impact']} />
      {tree.isPending ? <LinearProgress aria-label={t('delete.checking')} /> : null}
      {tree.error ? <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} /> : null}
      {groups.length > 0 ? (
        <Box>
          <Typography variant="h3" gutterBottom>
            {t('delete.blockersTitle', { count: blockers })}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {t('delete.blockersHelp')}
          </Typography>
          <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
            {groups.map((group) => (
              <li key={group.kind}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {t(`delete.group.${group.kind}`, { count: group.steps.length })}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {group.steps
                    .slice(0, SHOWN_PER_GROUP)
                    .map((step) => step.label)
                    .join(', ')}
                  {group.steps.length > SHOWN_PER_GROUP
                    ? ` ${t('delete.andMore', { count: group.steps.length - SHOWN_PER_GROUP })}`
                    : ''}
                </Typography>
              </li>
            ))}
          </Box>
          <FormControlLabel
            sx={{ mt: 1 }}
            control={
              <Checkbox
                checked={understood}
                onChange={(event) => setUnderstood(event.target.checked)}
                disabled={progress.running}
              />
            }
            label={t('delete.understand', { count: blockers })}
          />
        </Box>
      ) : tree.data ? (
        <Typography color="text.secondary">{t('delete.nothingAttached')}</Typography>
      ) : null}
      {progress.running || progress.done > 0 ? (
        <Box role="status" aria-live="polite">
          <LinearProgress
            variant="determinate"
            value={(progress.done / Math.max(1, steps.length)) * 100}
            aria-label={t('delete.progressLabel')}
          />
          <Typography variant="body2" sx={{ mt: 0.5 }}>
            {t('delete.progress', { done: progress.done, total: steps.length })}
          </Typography>
        </Box>
      ) : null}
      {progress.failure ? (
        <ErrorAlert
          error={progress.failure.error}
          title={t('delete.failedAt', {
            step: t(`delete.step.${progress.failure.step.kind}`, { name: progress.failure.step.label }),
            done: progress.done,
          })}
        />
      ) : null}
      {steps.length > 0 ? <ApiRequestPanel requests={requests} /> : null}
    </ConfirmDialog>
  );
}
