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
/** The last list read, with the stored text it came from: parsed again only when that text changes. */
let cache: { key: string; raw: string | null; jobs: readonly TrackedJob[] } | undefined;

const storageKey = () => `${STORAGE_PREFIX}${apiSession().projectId}`;

function isTrackedJob(value: unknown): value is TrackedJob {
  const job = value as Partial<TrackedJob> | null;
  return typeof job?.jobId === 'string' && typeof job.kind === 'string' && typeof job.loadBalancerId === 'string';
}

function parse(raw: string | null): readonly TrackedJob[] {
  try {
    const parsed: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isTrackedJob) : [];
  } catch {
    return [];
  }
}

/**
 * The jobs as stored now — including what another tab wrote — as a stable list while the stored text
 * is the same (useSyncExternalStore compares snapshots by identity). Every change starts from it.
 */
function snapshot(): readonly TrackedJob[] {
  const key = storageKey();
  const raw = localStorage.getItem(key);
  if (cache?.key !== key || cache.raw !== raw) cache = { key, raw, jobs: parse(raw) };
  return cache.jobs;
}

function save(jobs: readonly TrackedJob[]): void {
  const key = storageKey();
  const now = Date.now();
  const kept = jobs.filter((job) => !job.result || now - job.result.endedAt < KEEP_FINISHED_MS).slice(-MAX_JOBS);
  localStorage.setItem(key, JSON.stringify(kept));
  subscribers.forEach((notify) => notify());
}

if (typeof window !== 'undefined') {
  // Another tab of the console started or finished a job.
  window.addEventListener('storage', (event) => {
    if (event.key?.startsWith(STORAGE_PREFIX)) subscribers.forEach((notify) => notify());
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
    save([...snapshot().filter((known) => known.jobId !== job.jobId), job]);
  },
  /** Records how a job ended; false when it was already recorded (so it is announced once). */
  finish(jobId: string, result: JobResult): boolean {
    const jobs = snapshot();
    if (!jobs.some((job) => job.jobId === jobId && !job.result)) return false;
    save(jobs.map((job) => (job.jobId === jobId ? { ...job, result } : job)));
    return true;
  },
  dismiss(jobId: string): void {
    save(snapshot().filter((job) => job.jobId !== jobId));
  },
};
