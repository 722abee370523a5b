/**
 * A group's health check seen from the servers (FEATURES §12.6, §12.7): why servers get more probes
 * than one per interval and how to lower the load (guide/faq/backend_servers/why_is_the_interval_…
 * .rst, guide/faq/health_checks/why_does_elb_frequently_send_requests_….rst), and the precautions of
 * UDP checks (guide/faq/health_checks/how_does_elb_perform_udp_health_checks_….rst).
 */
import { healthMonitorDefaults, type HealthMonitor } from '../../../../../contract/elb-v2/health-monitors';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { ELB_SOURCE_CIDR } from '../../../../lib/elb-network';
import { timeoutBelowInterval } from '../../model/why-unhealthy';
import type { DiagnosticCheck } from './check';

export type HealthCheckCheckId =
  | 'configured'
  | 'interval'
  | 'timeout'
  | 'checkType'
  | 'udpDefaults'
  | 'icmpEnabled'
  | 'icmpRateLimit'
  | 'icmpSecurityGroup';
export type HealthCheckCheck = DiagnosticCheck<HealthCheckCheckId>;

export interface HealthCheckFacts {
  pool: Pool;
  /** null: the group has no health check. */
  monitor: HealthMonitor | null;
}

/** Every LVS and Nginx node probes on its own schedule: at least one probe per interval from each node. */
function intervalCheck(monitor: HealthMonitor): HealthCheckCheck {
  const port = monitor.monitor_port === null ? '<backend port>' : String(monitor.monitor_port);
  return {
    id: 'interval',
    status: 'verify',
    variant: 'perNode',
    params: { delay: monitor.delay, cidr: ELB_SOURCE_CIDR },
    commands: [`tcpdump -i eth0 -nn src net ${ELB_SOURCE_CIDR} and port ${port}`],
  };
}

/**
 * The guide recommends a timeout below the interval. For UDP the FAQ advises raising the timeout
 * when results flap, so there a longer timeout is the user's call, not a fault.
 */
function timeoutCheck(monitor: HealthMonitor): HealthCheckCheck {
  const params = { delay: monitor.delay, timeout: monitor.timeout };
  if (timeoutBelowInterval(monitor)) return { id: 'timeout', status: 'passed', variant: 'belowInterval', params };
  return {
    id: 'timeout',
    status: monitor.type === 'UDP_CONNECT' ? 'verify' : 'failed',
    variant: 'notBelowInterval',
    params,
  };
}

/** HTTP checks cost the server most; a TCP check or a small static file costs less. */
function checkTypeCheck(monitor: HealthMonitor): HealthCheckCheck {
  return monitor.type === 'HTTP'
    ? { id: 'checkType', status: 'verify', variant: 'http', params: { path: monitor.url_path } }
    : { id: 'checkType', status: 'passed', variant: 'light', params: {} };
}

function udpChecks(monitor: HealthMonitor): HealthCheckCheck[] {
  const timing = { delay: monitor.delay, timeout: monitor.timeout, retries: monitor.max_retries };
  const isDefault =
    monitor.delay === healthMonitorDefaults.delay &&
    monitor.timeout === healthMonitorDefaults.timeout &&
    monitor.max_retries === healthMonitorDefaults.max_retries;
  return [
    {
      id: 'udpDefaults',
      status: isDefault ? 'passed' : 'verify',
      variant: isDefault ? 'default' : 'changed',
      params: timing,
    },
    {
      id: 'icmpEnabled',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: ['cat /proc/sys/net/ipv4/icmp_echo_ignore_all', 'sysctl -w net.ipv4.icmp_echo_ignore_all=0'],
    },
    {
      id: 'icmpRateLimit',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: [
        'sysctl -q net.ipv4.icmp_ratelimit',
        'sysctl -q net.ipv4.icmp_ratemask',
        'sysctl -w net.ipv4.icmp_ratemask=6160',
      ],
    },
    { id: 'icmpSecurityGroup', status: 'verify', variant: 'default', params: { cidr: ELB_SOURCE_CIDR } },
  ];
}

/** Checks of the interval and load; for UDP groups also the UDP precautions. */
export function healthCheckChecks({ pool, monitor }: HealthCheckFacts): HealthCheckCheck[] {
  if (!monitor) return [{ id: 'configured', status: 'failed', variant: 'none', params: {} }];
  const udp = pool.protocol === 'UDP' || monitor.type === 'UDP_CONNECT';
  return [intervalCheck(monitor), timeoutCheck(monitor), ...(udp ? udpChecks(monitor) : [checkTypeCheck(monitor)])];
}
