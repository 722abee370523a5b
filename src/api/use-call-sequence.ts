/**
 * Runs API calls one after another and reports how far it got. A failure stops the run;
 * running again resumes from the failed call. Every view under the load balancer is
 * refreshed afterwards, whatever happened.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call, type ApiCall } from './api-call';
import { invalidateElbTree } from './queries/invalidate';
import { publicIpKeys } from './queries/networks';

export interface SequenceProgress<S> {
  /** Calls finished so far. */
  done: number;
  running: boolean;
  failure?: { step: S; error: unknown };
  finished: boolean;
}

export function useCallSequence<S>(steps: readonly S[], callOf: (step: S) => ApiCall<unknown>) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<SequenceProgress<S>>({ done: 0, running: false, finished: false });

  const run = useCallback(async () => {
    let done = progress.done;
    setProgress({ done, running: true, finished: false });
    try {
      for (const step of steps.slice(done)) {
        try {
          await call(callOf(step));
        } catch (error) {
          setProgress({ done, running: false, finished: false, failure: { step, error } });
          return false;
        }
        done += 1;
        setProgress({ done, running: true, finished: false });
      }
      setProgress({ done, running: false, finished: true });
      return true;
    } finally {
      await Promise.all([
        invalidateElbTree(queryClient),
        queryClient.invalidateQueries({ queryKey: publicIpKeys.all }),
      ]);
    }
  }, [progress.done, queryClient, steps, callOf]);

  return { progress, run };
}
