// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { classicJobStore, type TrackedJob } from './job-store';

// The store reads only the project of the session.
const session = vi.hoisted(() => ({ projectId: 'project-a' }));
vi.mock('../../../api/session', () => ({ apiSession: () => session }));

const job = (jobId: string, extra: Partial<TrackedJob> = {}): TrackedJob => ({
  jobId,
  kind: 'createLb',
  loadBalancerId: 'lb-1',
  subject: 'web',
  startedAt: 1_000,
  ...extra,
});
const failure = { status: 'FAIL', errorCode: 'ELB.3001', failReason: 'No EIP left.', endedAt: Date.now() } as const;

const useProject = (projectId: string) => {
  session.projectId = projectId;
};

// The store caches per project; each test works in a project of its own.
describe('classicJobStore', () => {
  beforeEach(() => localStorage.clear());

  it('keeps jobs per project in localStorage, so they survive a reload', () => {
    useProject('project-a');
    classicJobStore.add(job('j1'));
    expect(JSON.parse(localStorage.getItem('elb-console.classic-jobs.project-a') ?? '[]')).toHaveLength(1);
    useProject('project-b');
    expect(classicJobStore.jobs()).toEqual([]);
    useProject('project-a');
    expect(classicJobStore.jobs().map((known) => known.jobId)).toEqual(['j1']);
  });

  it('records the end of a job once, and tells subscribers', () => {
    useProject('project-e');
    const notify = vi.fn();
    const unsubscribe = classicJobStore.subscribe(notify);
    classicJobStore.add(job('j1'));
    expect(classicJobStore.hasRunning()).toBe(true);
    expect(classicJobStore.finish('j1', failure)).toBe(true);
    expect(classicJobStore.finish('j1', failure)).toBe(false);
    expect(classicJobStore.hasRunning()).toBe(false);
    expect(classicJobStore.jobs()[0]?.result).toEqual(failure);
    expect(notify).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('forgets a dismissed job and finished jobs older than a day', () => {
    useProject('project-f');
    classicJobStore.add(job('old', { result: { ...failure, endedAt: Date.now() - 25 * 60 * 60 * 1000 } }));
    classicJobStore.add(job('j2'));
    expect(classicJobStore.jobs().map((known) => known.jobId)).toEqual(['j2']);
    classicJobStore.dismiss('j2');
    expect(classicJobStore.jobs()).toEqual([]);
  });

  it('ignores what it cannot read', () => {
    localStorage.setItem('elb-console.classic-jobs.project-c', '{not json');
    useProject('project-c');
    expect(classicJobStore.jobs()).toEqual([]);
    localStorage.setItem('elb-console.classic-jobs.project-d', JSON.stringify([{ jobId: 1 }, job('ok')]));
    useProject('project-d');
    expect(classicJobStore.jobs().map((known) => known.jobId)).toEqual(['ok']);
  });
});
