/** Classic load balancer API family v1.0 (`/v1.0/{project_id}/elbaas/...`, `/v1.0/{project_id}/jobs/...`). */
export * from './shared';
export * from './regions';
export * from './timestamps';
export * from './jobs';
export * from './load-balancers';
export * from './listener-ciphers';
export * from './listener-rules';
export * from './listeners';
export * from './members';
export * from './health-checks';
export * from './certificates';
export * from './quotas';
export * from './monitor';
