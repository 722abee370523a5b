/**
 * Deleting a load balancer with everything that blocks it, one documented call at a
 * time, reporting each step; a failure stops the run and can be retried from there.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call, type ApiCall } from '../../../api/api-call';
import {
  healthMonitorsApi,
  l7PoliciesApi,
  listenersApi,
  membersApi,
  poolsApi,
} from '../../../api/clients/elb-children';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { listenerKeys } from '../../../api/queries/listeners';
import { publicIpKeys } from '../../../api/queries/networks';
import { quotaKeys } from '../../../api/queries/quotas';
import type { DeleteStep } from '../model/delete-plan';
import { lbKeys } from './lb-keys';

export function deleteCall(step: DeleteStep): ApiCall<undefined> {
  switch (step.kind) {
    case 'policy':
    case 'redirect':
      return l7PoliciesApi.remove(step.id);
    case 'member':
      return membersApi.remove(step.poolId!, step.id);
    case 'healthmonitor':
      return healthMonitorsApi.remove(step.id);
    case 'pool':
      return poolsApi.remove(step.id);
    case 'listener':
      return listenersApi.remove(step.id);
    case 'loadbalancer':
      return loadBalancersApi.remove(step.id);
  }
}

export interface DeleteProgress {
  /** Steps finished so far. */
  done: number;
  running: boolean;
  failure?: { step: DeleteStep; error: unknown };
  finished: boolean;
}

export function useDeleteRun(steps: DeleteStep[]) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<DeleteProgress>({ done: 0, running: false, finished: false });

  const run = useCallback(async () => {
    let done = progress.done;
    setProgress({ done, running: true, finished: false });
    for (const step of steps.slice(done)) {
      try {
        await call(deleteCall(step));
      } catch (error) {
        setProgress({ done, running: false, finished: false, failure: { step, error } });
        await queryClient.invalidateQueries({ queryKey: lbKeys.all });
        return false;
      }
      done += 1;
      setProgress({ done, running: true, finished: false });
    }
    await Promise.all(
      [lbKeys.all, listenerKeys.all, quotaKeys.all, publicIpKeys.all].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
    setProgress({ done, running: false, finished: true });
    return true;
  }, [progress.done, queryClient, steps]);

  return { progress, run };
}
