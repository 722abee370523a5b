/**
 * Classic asynchronous jobs (api/elb/classic-v1.0/querying_the_job_status.rst). A write that starts a
 * job changes the tables at once only as far as the console must see it (a PENDING_CREATE load balancer,
 * PENDING backend ECSs); the job stays RUNNING for `settings.classicJobMs` and is then settled on the
 * next request: its `effect` is applied (SUCCESS) or rolled back (FAIL) in one write transaction.
 */
import {
  classicJobPaths,
  classicJobUri,
  type ClassicJob,
  type ClassicJobEntities,
  type ClassicJobResponse,
} from '../../../contract/elb-classic/jobs';
import type { Clock } from '../../clock';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, Store, WriteTx } from '../../store/store';
import type { ClassicJobEffect, ClassicJobRow } from '../../store/tables';
import { applyJobEffect } from './job-effects';
import { classicFaults } from './faults';
import { classicId } from './writes';

interface ClassicJobStart {
  /** `createELB` is the documented one; the others follow its pattern. */
  job_type: 'createELB' | 'updateELB' | 'deleteELB' | 'addMember' | 'deleteMember';
  effect: ClassicJobEffect;
  outcome: ClassicJobRow['outcome'];
  entities: ClassicJobEntities;
}

/** Job IDs are 32 hexadecimal characters, as in every example. */
export function startClassicJob(
  tx: WriteTx,
  ctx: RouteContext,
  job: ClassicJobStart,
): WriteResult & { body: ClassicJobResponse } {
  const id = classicId(tx);
  const now = ctx.clock.now();
  const row: ClassicJobRow = {
    id,
    job_id: id,
    ...job,
    status: 'RUNNING',
    begin_ms: now,
    end_ms: now + ctx.settings.classicJobMs,
    begin_time: new Date(now).toISOString(),
    end_time: null,
    error_code: null,
    fail_reason: null,
    sub_jobs: '',
  };
  tx.put('classicJobs', row);
  return { status: 200, body: { uri: classicJobUri(ctx.projectId, id), job_id: id } };
}

/** The wire job: the stored row without the fields only the cloud uses. */
function toClassicJob(row: ClassicJobRow): ClassicJob {
  const { id: _id, begin_ms: _begin, end_ms: _end, outcome: _outcome, effect: _effect, ...job } = row;
  return job;
}

/** The jobs still RUNNING whose effect matches. */
export function runningJobs(tx: ReadTx, matches: (effect: ClassicJobEffect) => boolean): ClassicJobRow[] {
  return tx.all('classicJobs').filter((job) => job.status === 'RUNNING' && matches(job.effect));
}

function settle(tx: WriteTx, job: ClassicJobRow): void {
  const { outcome } = job;
  const entities = applyJobEffect(tx, job.effect, outcome.status === 'SUCCESS', job.end_ms);
  tx.put('classicJobs', {
    ...job,
    status: outcome.status,
    end_time: new Date(job.end_ms).toISOString(),
    entities: { ...job.entities, ...entities },
    ...(outcome.status === 'FAIL' ? { error_code: outcome.error_code, fail_reason: outcome.fail_reason } : {}),
  });
}

/**
 * Settles every job whose time has come, oldest first. A cheap read decides whether a write is needed,
 * so ordinary requests do not open a write transaction. Settling records no CTS trace: the request that
 * started the job was traced.
 */
export function settleClassicJobs(store: Store, clock: Clock): void {
  const now = clock.now();
  const isDue = (job: ClassicJobRow) => job.status === 'RUNNING' && job.end_ms <= now;
  if (!store.read((tx) => tx.all('classicJobs').some(isDue))) return;
  store.write((tx) => {
    const due = tx
      .all('classicJobs')
      .filter(isDue)
      .sort((a, b) => a.end_ms - b.end_ms || a.begin_ms - b.begin_ms);
    due.forEach((job) => settle(tx, job));
  });
}

export const classicJobRoutes: Route[] = [
  {
    method: 'GET',
    path: classicJobPaths.item,
    family: 'classic',
    handle(ctx, tx) {
      const row = tx.get('classicJobs', ctx.params.job_id!);
      if (!row) throw classicFaults.jobNotFound(ctx.params.job_id!);
      return { status: 200, body: toClassicJob(row) };
    },
  },
];
