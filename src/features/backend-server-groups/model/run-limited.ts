/**
 * Runs tasks with at most `limit` in flight, in order of the list, and collects every failure
 * instead of stopping at the first: a batch weight change reports each row that failed.
 * `stopOnFailure` starts nothing new after a failure (batches that would fail the same way).
 */
export interface TaskFailure<T> {
  item: T;
  index: number;
  error: unknown;
}

export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<unknown>,
  onSettled?: (done: number, total: number) => void,
  { stopOnFailure = false }: { stopOnFailure?: boolean } = {},
): Promise<TaskFailure<T>[]> {
  const failures: TaskFailure<T>[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length && !(stopOnFailure && failures.length > 0)) {
      const index = next;
      next += 1;
      const item = items[index]!;
      try {
        await task(item, index);
      } catch (error) {
        failures.push({ item, index, error });
      }
      done += 1;
      onSettled?.(done, items.length);
    }
  };
  const workers = Math.max(1, Math.min(limit, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return failures.sort((a, b) => a.index - b.index);
}
