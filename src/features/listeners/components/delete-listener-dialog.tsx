/** Delete a listener after a confirmation that lists everything that goes with it. */
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { call, describeCall, type ApiCall } from '../../../api/api-call';
import {
  healthMonitorsApi,
  l7PoliciesApi,
  listenersApi,
  membersApi,
  poolsApi,
} from '../../../api/clients/elb-children';
import { listenerKeys } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';
import { useCallSequence } from '../../../api/use-call-sequence';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useNotify } from '../../../components/notifications';
import { listenerDeletePlan, type ListenerDeleteStep } from '../model/delete-listener-plan';
import type { ListenerDialogProps } from './listener-dialog-props';

const stepTitle = (t: TFunction<'listeners'>, step: ListenerDeleteStep) =>
  t(`delete.step.${step.kind}`, { name: step.label, count: step.kind === 'members' ? step.ids.length : 1 });

function stepCall(step: ListenerDeleteStep): ApiCall<unknown> {
  switch (step.kind) {
    case 'policy':
    case 'redirect':
      return l7PoliciesApi.remove(step.id);
    case 'members':
      return membersApi.batch(step.poolId, { action: 'delete', members: step.ids.map((id) => ({ id })) });
    case 'healthmonitor':
      return healthMonitorsApi.remove(step.id);
    case 'pool':
      return poolsApi.remove(step.id);
    case 'listener':
      return listenersApi.remove(step.id);
  }
}

export function DeleteListenerDialog({ loadBalancer, listener, onClose }: ListenerDialogProps) {
  const { t } = useTranslation('listeners');
  const notify = useNotify();
  const [understood, setUnderstood] = useState(false);
  const facts = useQuery({
    queryKey: listenerKeys.deleteFacts(listener.id),
    queryFn: async ({ signal }) => {
      const [own, redirects] = await Promise.all([
        call(l7PoliciesApi.list({ listener_id: listener.id }), signal),
        call(l7PoliciesApi.list({ redirect_listener_id: listener.id }), signal),
      ]);
      return { policies: own.l7policies, redirectsToIt: redirects.l7policies };
    },
  });
  const pool = useQuery({
    ...poolQueries.detail(listener.default_pool_id ?? ''),
    enabled: listener.default_pool_id !== null,
  });
  const members = useQuery({
    ...poolQueries.members(listener.default_pool_id ?? ''),
    enabled: listener.default_pool_id !== null,
  });
  const ready = facts.data && (listener.default_pool_id === null || (pool.data && members.data));
  const steps = useMemo(
    () => (ready ? listenerDeletePlan({ listener, ...facts.data!, pool: pool.data, members: members.data ?? [] }) : []),
    [ready, listener, facts.data, pool.data, members.data],
  );
  const { progress, run } = useCallSequence(steps, stepCall);
  const others = steps.filter((step) => step.kind !== 'listener');
  const name = listener.name || listener.id;
  return (
    <ConfirmDialog
      open
      title={t('delete.title', { name })}
      confirmLabel={progress.failure ? t('delete.retry') : t('delete.confirm', { count: steps.length })}
      danger
      busy={progress.running}
      confirmDisabled={!ready || (others.length > 0 && !understood)}
      onConfirm={() =>
        void run().then((ok) => {
          if (!ok) return;
          notify.success(t('delete.done', { name, lb: loadBalancer.name || loadBalancer.id }));
          onClose();
        })
      }
      onClose={onClose}
      maxWidth="md"
    >
      <Typography>{t('delete.irreversible')}</Typography>
      {!ready ? <LinearProgress aria-label={t('delete.checking')} /> : null}
      {facts.error ? <ErrorAlert error={facts.error} /> : null}
      {others.length > 0 ? (
        <>
          <Typography variant="h3">{t('delete.alsoGoes')}</Typography>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {others.map((step, index) => (
              <li key={`${step.kind}-${index}`}>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {stepTitle(t, step)}
                </Typography>
              </li>
            ))}
          </ul>
          <FormControlLabel
            control={<Checkbox checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />}
            label={t('delete.understand')}
          />
        </>
      ) : null}
      {progress.running || progress.done > 0 ? (
        <LinearProgress
          variant="determinate"
          value={(progress.done / Math.max(1, steps.length)) * 100}
          aria-label={t('delete.progress')}
        />
      ) : null}
      {progress.failure ? (
        <ErrorAlert
          error={progress.failure.error}
          title={t('delete.failedAt', {
            step: stepTitle(t, progress.failure.step),
          })}
        />
      ) : null}
      {steps.length > 0 ? (
        <ApiRequestPanel
          requests={steps.map((step) => ({
            title: stepTitle(t, step),
            ...describeCall(stepCall(step)),
          }))}
        />
      ) : null}
    </ConfirmDialog>
  );
}
