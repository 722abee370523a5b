/**
 * The classic jobs this browser started (api/elb/classic-v1.0/querying_the_job_status.rst). The API
 * cannot list jobs, so their IDs are kept in localStorage per project: progress survives a reload,
 * and a failed job's reason stays on screen until the operator dismisses it.
 * Kept free of UI code: the watcher gate reads it to decide whether to watch jobs at all.
 */
import { apiSession } from '../../../api/session';

export type ClassicJobKind =
  'createLb' | 'updateLb' | 'enableLb' | 'disableLb' | 'deleteLb' | 'addMembers' | 'removeMembers';

export interface JobResult {
  status: 'SUCCESS' | 'FAIL';
  errorCode: string | null;
  failReason: string | null;
  endedAt: number;
}

export interface TrackedJob {
  jobId: string;
  kind: ClassicJobKind;
  loadBalancerId: string;
  listenerId?: string;
  /** What the job works on, as the operator knows it: a load balancer name, or ECS names. */
  subject: string;
  startedAt: number;
  /** Set once the job ended. */
  result?: JobResult;
}

const STORAGE_PREFIX = 'elb-console.classic-jobs.';
/** Finished jobs are kept this long (failures until dismissed, or this long at most). */
const KEEP_FINISHED_MS = 24 * 60 * 60 * 1000;
const MAX_JOBS = 50;

const subscribers = new Set<() => void>();
let cache: { key: string; jobs: readonly TrackedJob[] } | undefined;

const storageKey = () => `${STORAGE_PREFIX}${apiSession().projectId}`;

function isTrackedJob(value: unknown): value is TrackedJob {
  const job = value as Partial<TrackedJob> | null;
  return typeof job?.jobId === 'string' && typeof job.kind === 'string' && typeof job.loadBalancerId === 'string';
}

function load(key: string): readonly TrackedJob[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isTrackedJob) : [];
  } catch {
    return [];
  }
}

function snapshot(): readonly TrackedJob[] {
  const key = storageKey();
  if (cache?.key !== key) cache = { key, jobs: load(key) };
  return cache.jobs;
}

/** What another tab may have written since this one last read: every change starts from it. */
const stored = (): readonly TrackedJob[] => load(storageKey());

function save(jobs: readonly TrackedJob[]): void {
  const key = storageKey();
  const now = Date.now();
  const kept = jobs.filter((job) => !job.result || now - job.result.endedAt < KEEP_FINISHED_MS).slice(-MAX_JOBS);
  cache = { key, jobs: kept };
  localStorage.setItem(key, JSON.stringify(kept));
  subscribers.forEach((notify) => notify());
}

if (typeof window !== 'undefined') {
  // Another tab of the console started or finished a job.
  window.addEventListener('storage', (event) => {
    if (!event.key?.startsWith(STORAGE_PREFIX)) return;
    cache = undefined;
    subscribers.forEach((notify) => notify());
  });
}

export const classicJobStore = {
  subscribe(notify: () => void): () => void {
    subscribers.add(notify);
    return () => subscribers.delete(notify);
  },
  jobs: snapshot,
  hasRunning: (): boolean => snapshot().some((job) => !job.result),
  add(job: TrackedJob): void {
    save([...stored().filter((known) => known.jobId !== job.jobId), job]);
  },
  /** Records how a job ended; false when it was already recorded (so it is announced once). */
  finish(jobId: string, result: JobResult): boolean {
    const jobs = stored();
    if (!jobs.some((job) => job.jobId === jobId && !job.result)) return false;
    save(jobs.map((job) => (job.jobId === jobId ? { ...job, result } : job)));
    return true;
  },
  dismiss(jobId: string): void {
    save(stored().filter((job) => job.jobId !== jobId));
  },
};
