/**
 * The root of every query key, by resource. Feature key factories extend these, and
 * mutations invalidate by root, so a change refreshes every view of what it touched
 * (STYLE rules 3 and 4).
 */
export const rootKeys = {
  loadBalancers: ['load-balancers'],
  listeners: ['listeners'],
  pools: ['pools'],
  members: ['members'],
  healthMonitors: ['healthmonitors'],
  whitelists: ['whitelists'],
  l7policies: ['l7policies'],
  certificates: ['certificates'],
  servers: ['servers'],
  quotas: ['quotas'],
  traces: ['traces'],
  alarms: ['alarms'],
  logtanks: ['logtanks'],
  /** LTS log groups, streams and queried lines (Gap 8). */
  logs: ['lts'],
  /** Cloud Eye monitoring data (charts). */
  metrics: ['metrics'],
  /** Classic (v1.0) listeners, backend ECSs, health checks, certificates, quotas and jobs. */
  classic: ['classic'],
} as const;

/**
 * What a change under a load balancer touches: the load balancer's own views (its
 * status tree, listener chips, counts) and every resource beneath it, plus quotas and
 * the audit traces (CTS records every ELB write).
 */
export const elbTreeRoots = [
  rootKeys.loadBalancers,
  rootKeys.listeners,
  rootKeys.pools,
  rootKeys.members,
  rootKeys.healthMonitors,
  rootKeys.whitelists,
  rootKeys.l7policies,
  rootKeys.quotas,
  rootKeys.traces,
  // Alarm states follow the metrics, which follow the load balancers (e.g. a server turning unhealthy).
  rootKeys.alarms,
  // Charts follow the resources too: a disabled load balancer or server changes its series at once.
  rootKeys.metrics,
] as const;

/**
 * What a classic write touches: the classic resources, the load balancer list (which shows classic
 * load balancers too), quotas, traces, and the alarms and charts that follow the resources.
 */
export const classicTreeRoots = [
  rootKeys.classic,
  rootKeys.loadBalancers,
  rootKeys.quotas,
  rootKeys.traces,
  rootKeys.alarms,
  rootKeys.metrics,
] as const;
