/**
 * Classic asynchronous jobs (api/elb/classic-v1.0/querying_the_job_status.rst).
 * Load balancer create/modify/delete and backend ECS add/remove answer 200 `{ uri, job_id }`;
 * the console then polls GET /v1.0/{project_id}/jobs/{job_id} until SUCCESS or FAIL.
 */

export { classicJobPaths } from './paths';

/** The body every job-starting call returns (HTTP 200). */
export interface ClassicJobResponse {
  /** As documented, the URI names `/v1/` (not `/v1.0/`): `/v1/{project_id}/jobs/{job_id}`. */
  uri: string;
  job_id: string;
}

/** The `uri` a job-starting response carries, as in every example (`/v1/{project_id}/jobs/{job_id}`). */
export function classicJobUri(projectId: string, jobId: string): string {
  return `/v1/${projectId}/jobs/${jobId}`;
}

/** SUCCESS and FAIL are final; INIT (being initialised) and RUNNING are not. */
export type ClassicJobStatus = 'INIT' | 'RUNNING' | 'SUCCESS' | 'FAIL';
export const classicJobStatuses = ['INIT', 'RUNNING', 'SUCCESS', 'FAIL'] as const satisfies readonly ClassicJobStatus[];

/** The load balancer as a `createELB` job reports it in `entities.elb` (admin_state_up is a boolean there). */
export interface ClassicJobLoadBalancerEntity {
  id: string;
  name: string;
  type: 'External' | 'Internal';
  status: 'ACTIVE' | 'PENDING_CREATE' | 'ERROR';
  bandwidth?: number | null;
  vip_address: string;
  tenant_id: string;
  admin_state_up: boolean | number;
  vpc_id: string;
}

/** "Each type of job has different contents"; only `elb` is documented. */
export interface ClassicJobEntities {
  elb?: ClassicJobLoadBalancerEntity;
  [key: string]: unknown;
}

export interface ClassicJob {
  status: ClassicJobStatus;
  entities: ClassicJobEntities;
  job_id: string;
  /** Only `createELB` appears in the reference. */
  job_type: string;
  /** ISO 8601 with milliseconds, e.g. `2017-09-29T09:49:37.399Z`. */
  begin_time: string;
  end_time: string | null;
  error_code: string | null;
  fail_reason: string | null;
  /** Error message and code, present only when an error occurs. */
  message?: string;
  code?: string;
  /** Sub-jobs share the parent's structure; documented as a String that is left empty when there are none. */
  sub_jobs?: ClassicJob[] | '' | null;
}

/** True once a job can no longer change (SUCCESS or FAIL): stop polling. */
export function isClassicJobFinished(status: ClassicJobStatus): boolean {
  return status === 'SUCCESS' || status === 'FAIL';
}
