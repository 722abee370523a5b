/**
 * Path templates of the ELB v2.0 API, apart from the schemas so that code which only
 * calls the API (the console's first screen) does not load the validation library.
 */

export const loadBalancerPaths = {
  list: '/v2.0/lbaas/loadbalancers',
  item: '/v2.0/lbaas/loadbalancers/:loadbalancer_id',
  statuses: '/v2.0/lbaas/loadbalancers/:loadbalancer_id/statuses',
} as const;

export const listenerPaths = {
  list: '/v2.0/lbaas/listeners',
  item: '/v2.0/lbaas/listeners/:listener_id',
} as const;

export const poolPaths = {
  list: '/v2.0/lbaas/pools',
  item: '/v2.0/lbaas/pools/:pool_id',
} as const;

export const memberPaths = {
  /** GET list, POST add one, PUT batch add/delete/replace. */
  list: '/v2.0/lbaas/pools/:pool_id/members',
  item: '/v2.0/lbaas/pools/:pool_id/members/:member_id',
  /** Extension: every backend server of the project, with device and pool IDs. */
  all: '/v2.0/lbaas/members',
} as const;

export const healthMonitorPaths = {
  list: '/v2.0/lbaas/healthmonitors',
  item: '/v2.0/lbaas/healthmonitors/:healthmonitor_id',
} as const;

export const l7PolicyPaths = {
  list: '/v2.0/lbaas/l7policies',
  item: '/v2.0/lbaas/l7policies/:l7policy_id',
  rules: '/v2.0/lbaas/l7policies/:l7policy_id/rules',
  rule: '/v2.0/lbaas/l7policies/:l7policy_id/rules/:l7rule_id',
} as const;

export const whitelistPaths = {
  list: '/v2.0/lbaas/whitelists',
  item: '/v2.0/lbaas/whitelists/:whitelist_id',
} as const;

export const certificatePaths = {
  list: '/v2.0/lbaas/certificates',
  item: '/v2.0/lbaas/certificates/:certificate_id',
} as const;

export const tagPaths = {
  /** GET list of a resource's tags; POST add one (`{ tag }`, 204). */
  resourceTags: '/v2.0/:project_id/:resource_type/:resource_id/tags',
  /** DELETE one tag by key. */
  resourceTag: '/v2.0/:project_id/:resource_type/:resource_id/tags/:key',
  /** POST batch add (`{ action: "create", tags }`). */
  resourceTagsAction: '/v2.0/:project_id/:resource_type/:resource_id/tags/action',
  /** GET every key with its values in the project (feeds the tag filter). */
  projectTags: '/v2.0/:project_id/:resource_type/tags',
  /** POST query resources by tag (`action: filter | count`). */
  resourceInstances: '/v2.0/:project_id/:resource_type/resource_instances/action',
} as const;
