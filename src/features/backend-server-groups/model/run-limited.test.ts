import { describe, expect, it } from 'vitest';
import { runLimited } from './run-limited';

describe('runLimited', () => {
  it('keeps at most `limit` tasks in flight and reports every failure in list order', async () => {
    let inFlight = 0;
    let most = 0;
    const progress: number[] = [];
    const failures = await runLimited(
      [1, 2, 3, 4, 5, 6, 7],
      3,
      async (item) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, (8 - item) * 2));
        inFlight -= 1;
        if (item % 3 === 0) throw new Error(`failed ${item}`);
      },
      (done) => progress.push(done),
    );
    expect(most).toBe(3);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(failures.map((failure) => [failure.item, failure.index, (failure.error as Error).message])).toEqual([
      [3, 2, 'failed 3'],
      [6, 5, 'failed 6'],
    ]);
  });

  it('does nothing for an empty list', async () => {
    expect(await runLimited([], 5, () => Promise.reject(new Error('never')))).toEqual([]);
  });
});

describe('runLimited with stopOnFailure', () => {
  it('starts nothing new after the first failure', async () => {
    const started: number[] = [];
    const failures = await runLimited(
      [1, 2, 3, 4],
      1,
      async (item) => {
        started.push(item);
        if (item === 2) throw new Error('quota');
      },
      undefined,
      { stopOnFailure: true },
    );
    expect(started).toEqual([1, 2]);
    expect(failures.map((failure) => failure.item)).toEqual([2]);
  });
});
