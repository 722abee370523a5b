/**
 * Path templates of the classic v1.0 API, apart from the schemas so that code which only
 * calls the API does not load the validation library.
 */

export const classicCertificatePaths = {
  /** GET list; POST create (201). */
  list: '/v1.0/:project_id/elbaas/certificate',
  /** PUT modify; DELETE (204). */
  item: '/v1.0/:project_id/elbaas/certificate/:certificate_id',
} as const;

export const classicHealthCheckPaths = {
  /** POST create. */
  list: '/v1.0/:project_id/elbaas/healthcheck',
  /** GET details; PUT modify; DELETE (204). */
  item: '/v1.0/:project_id/elbaas/healthcheck/:healthcheck_id',
} as const;

export const classicJobPaths = {
  item: '/v1.0/:project_id/jobs/:job_id',
} as const;

export const classicListenerPaths = {
  /** GET list (`?loadbalancer_id=` and other filters); POST create. */
  list: '/v1.0/:project_id/elbaas/listeners',
  /** GET details; PUT modify; DELETE (204). */
  item: '/v1.0/:project_id/elbaas/listeners/:listener_id',
} as const;

export const classicLoadBalancerPaths = {
  /** GET list; POST create (job). */
  list: '/v1.0/:project_id/elbaas/loadbalancers',
  /** GET details; PUT modify (job); DELETE (job) also releases the EIP of a public load balancer. */
  item: '/v1.0/:project_id/elbaas/loadbalancers/:loadbalancer_id',
  /** DELETE a public (External) load balancer and keep its EIP (job). Not for Internal ones. */
  keepEip: '/v1.0/:project_id/elbaas/loadbalancers/:loadbalancer_id/keep-eip',
} as const;

export const classicMemberPaths = {
  /** GET list (`limit`, `marker`, filters); POST add (job). */
  list: '/v1.0/:project_id/elbaas/listeners/:listener_id/members',
  /** POST remove (job). */
  action: '/v1.0/:project_id/elbaas/listeners/:listener_id/members/action',
} as const;

export const classicMonitorPaths = {
  /** GET. */
  list: '/v1.0/:project_id/elbaas/monitor',
} as const;

export const classicQuotaPaths = {
  /** GET. */
  list: '/v1.0/:project_id/elbaas/quotas',
} as const;
