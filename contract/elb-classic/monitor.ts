/**
 * Classic quick statistics: GET /v1.0/{project_id}/elbaas/monitor answers a bare array with one
 * entry per load balancer (api/elb/classic-v1.0/querying_monitoring_metrics.rst, FEATURES §10.1).
 * Only users (not administrators) can query it.
 */

export { classicMonitorPaths } from './paths';

export interface ClassicMonitorEntry {
  loadbalancer_id: string;
  loadbalancer_name: string;
  loadbalancer_ip: string;
  /** Concurrent connections. */
  cps: number;
  /** Active connections. */
  act_conn: number;
  /** Inactive connections. */
  inact_conn: number;
  /** New connections. */
  ncps: number;
  /** Incoming packets. */
  in_pps: number;
  /** Outgoing packets. */
  out_pps: number;
  /** Inbound rate, bytes/s. */
  in_Bps: number;
  /** Outbound rate, bytes/s. */
  out_Bps: number;
  /** Report time, `YYYY-MM-DD HH:MM:SS`. */
  create_time: string;
}

export type ClassicMonitorResponse = ClassicMonitorEntry[];

export type ClassicMonitorCounter =
  'cps' | 'act_conn' | 'inact_conn' | 'ncps' | 'in_pps' | 'out_pps' | 'in_Bps' | 'out_Bps';

/** Each counter with the CES metric (namespace SYS.ELB, dimension lb_instance_id) that charts it. */
export const classicMonitorMetricIds = {
  cps: 'm1_cps',
  act_conn: 'm2_act_conn',
  inact_conn: 'm3_inact_conn',
  ncps: 'm4_ncps',
  in_pps: 'm5_in_pps',
  out_pps: 'm6_out_pps',
  in_Bps: 'm7_in_Bps',
  out_Bps: 'm8_out_Bps',
} as const satisfies Record<ClassicMonitorCounter, string>;

export const classicMonitorCounters = Object.keys(classicMonitorMetricIds) as ClassicMonitorCounter[];

/** The CES dimension of a classic load balancer. */
export const CLASSIC_METRIC_DIMENSION = 'lb_instance_id';
