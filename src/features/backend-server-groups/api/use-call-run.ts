/**
 * Runs a list of documented calls (batches of 200, or one PUT per server) with limited
 * concurrency, reporting progress and every failure, then refreshes the load balancer's
 * tree and waits for it (STYLE rule 4).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { call, type ApiCall } from '../../../api/api-call';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { runLimited, type TaskFailure } from '../model/run-limited';

export interface CallRunProgress {
  total: number;
  done: number;
  running: boolean;
  finished: boolean;
  failures: TaskFailure<ApiCall<unknown>>[];
}

const idle: CallRunProgress = { total: 0, done: 0, running: false, finished: false, failures: [] };

export function useCallRun() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<CallRunProgress>(idle);
  const run = useCallback(
    async (calls: ApiCall<unknown>[], options: { limit?: number; stopOnFailure?: boolean } = {}) => {
      setProgress({ ...idle, total: calls.length, running: true });
      const failures = await runLimited(
        calls,
        options.limit ?? 1,
        (apiCall) => call(apiCall),
        (done) => setProgress((current) => ({ ...current, done })),
        { stopOnFailure: options.stopOnFailure },
      );
      await invalidateElbTree(queryClient);
      setProgress((current) => ({ ...current, running: false, finished: true, failures }));
      return failures;
    },
    [queryClient],
  );
  return { progress, run };
}
