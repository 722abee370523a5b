/**
 * Runs the Add Listener plan one call at a time and reports each step. When a later call
 * fails, it says what was created and offers to retry from there or roll back (delete
 * what this run created, newest first).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { call, describeCall, type ApiCall } from '../../../api/api-call';
import {
  healthMonitorsApi,
  l7PoliciesApi,
  listenersApi,
  poolsApi,
  whitelistsApi,
} from '../../../api/clients/elb-children';
import { listenersV3Api } from '../../../api/clients/elb-listeners-v3';
import { tagsApi } from '../../../api/clients/elb-tags';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import type { PlannedRequest } from '../../../components/api-request-panel';
import type { StepRunState } from '../../../components/step-state-icon';
import { LISTENER_ID, POOL_ID, type PlanIds, type PlanStep, type PlanStepId } from '../model/wizard-plan';

export function stepCall(step: PlanStep, ids: PlanIds): ApiCall<unknown> {
  switch (step.id) {
    case 'listener':
      return listenersApi.create(step.body(ids));
    case 'advanced':
      return listenersV3Api.update(ids.listenerId, step.body(ids));
    case 'whitelist':
      return whitelistsApi.create(step.body(ids));
    case 'pool':
      return poolsApi.create(step.body(ids));
    case 'defaultPool':
      return listenersApi.update(ids.listenerId, step.body(ids));
    case 'healthMonitor':
      return healthMonitorsApi.create(step.body(ids));
    case 'redirect':
      return l7PoliciesApi.create(step.body(ids));
    case 'tags':
      return tagsApi.batchCreate('listeners', ids.listenerId, step.body(ids).tags);
  }
}

export function plannedListenerRequests(plan: PlanStep[], title: (id: PlanStepId) => string): PlannedRequest[] {
  return plan.map((step) => ({
    title: title(step.id),
    ...describeCall(stepCall(step, { listenerId: LISTENER_ID, poolId: POOL_ID })),
  }));
}

export type RunState = StepRunState;

interface Created {
  listener?: Listener;
  whitelistId?: string;
  poolId?: string;
  healthMonitorId?: string;
  defaultPoolSet?: boolean;
  redirectId?: string;
}

export function useCreateListenerRun(plan: PlanStep[]) {
  const queryClient = useQueryClient();
  const [states, setStates] = useState<Partial<Record<PlanStepId, RunState>>>({});
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<Created>({});
  const [busy, setBusy] = useState(false);

  async function run(): Promise<Listener | undefined> {
    setBusy(true);
    setError(undefined);
    const made: Created = { ...created };
    try {
      for (const step of plan) {
        if (states[step.id] === 'done') continue;
        setStates((current) => ({ ...current, [step.id]: 'running' }));
        try {
          const answer = await call(
            stepCall(step, { listenerId: made.listener?.id ?? LISTENER_ID, poolId: made.poolId ?? POOL_ID }),
          );
          const record = (answer ?? {}) as Record<string, { id: string } | undefined>;
          if (step.id === 'listener') made.listener = (answer as { listener: Listener }).listener;
          if (step.id === 'whitelist') made.whitelistId = record.whitelist?.id;
          if (step.id === 'pool') made.poolId = record.pool?.id;
          if (step.id === 'healthMonitor') made.healthMonitorId = record.healthmonitor?.id;
          if (step.id === 'defaultPool') made.defaultPoolSet = true;
          if (step.id === 'redirect') made.redirectId = record.l7policy?.id;
          setCreated({ ...made });
        } catch (failure) {
          setStates((current) => ({ ...current, [step.id]: 'failed' }));
          setError(failure);
          return undefined;
        }
        setStates((current) => ({ ...current, [step.id]: 'done' }));
      }
      return made.listener;
    } finally {
      setBusy(false);
      await invalidateElbTree(queryClient);
    }
  }

  /** Deletes what this run created, newest first, so nothing half-made stays behind. */
  async function rollback(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      if (created.redirectId) await call(l7PoliciesApi.remove(created.redirectId));
      if (created.healthMonitorId) await call(healthMonitorsApi.remove(created.healthMonitorId));
      if (created.poolId) await call(poolsApi.remove(created.poolId));
      if (created.listener && created.defaultPoolSet) {
        await call(listenersApi.update(created.listener.id, { listener: { default_pool_id: null } }));
      }
      if (created.listener) await call(listenersApi.remove(created.listener.id));
      setStates((current) => Object.fromEntries(Object.keys(current).map((id) => [id, 'rolledBack'])));
      setCreated({});
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      await invalidateElbTree(queryClient);
    }
  }

  return { run, rollback, states, error, created, busy };
}
