/**
 * "Why is this server unhealthy?" — the FAQ's troubleshooting order
 * (guide/faq/health_checks/how_do_i_troubleshoot_an_unhealthy_backend_server.rst, FEATURES §12.7),
 * each check filled in from live data where the APIs can tell, and otherwise a manual check
 * with the FAQ's commands. Security groups and network ACLs have no API here (FEATURES Gap 10).
 */
import type { Server } from '../../../../contract/ecs/servers';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Member } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { Subnet } from '../../../../contract/vpc/vpcs';
import { ELB_SOURCE_CIDR } from '../../../lib/elb-network';
import type { DiagnosticCheck } from '../diagnostics/model/check';

export type { CheckStatus } from '../diagnostics/model/check';

export type CheckId =
  | 'listener'
  | 'address'
  | 'server'
  | 'memberState'
  | 'subnet'
  | 'healthCheck'
  | 'timing'
  | 'weight'
  | 'securityGroup'
  | 'networkAcl'
  | 'listening'
  | 'httpCode'
  | 'udpIcmp'
  | 'route'
  | 'serverSide';

export type UnhealthyCheck = DiagnosticCheck<CheckId>;

export interface UnhealthyFacts {
  member: Member;
  pool: Pool;
  monitor: HealthMonitor | null | undefined;
  /** The load balancer's listeners (the pool's are picked by `pool.listeners`). */
  listeners: readonly Listener[];
  loadBalancer: LoadBalancer;
  eipAddress?: string;
  /** The ECS whose primary NIC has the member's address. */
  server?: Server;
  /** The member's subnet, for its gateway. */
  subnet?: Subnet;
  /** Neutron subnet IDs of the load balancer's VPC, when known: a member outside it cannot be reached. */
  vpcSubnetIds?: readonly string[];
}

const monitorLabel: Record<HealthMonitor['type'], string> = { TCP: 'TCP', UDP_CONNECT: 'UDP', HTTP: 'HTTP' };

/** The port health checks use: the monitor's own, else each server's backend port. */
export const checkedPort = (member: Member, monitor: HealthMonitor | null | undefined) =>
  monitor?.monitor_port ?? member.protocol_port;

function listenerCheck({ pool, listeners }: UnhealthyFacts): UnhealthyCheck {
  const ids = new Set(pool.listeners.map((ref) => ref.id));
  const used = listeners.filter((listener) => ids.has(listener.id));
  if (ids.size === 0) return { id: 'listener', status: 'failed', variant: 'none', params: {} };
  return {
    id: 'listener',
    status: 'passed',
    variant: 'ok',
    params: { listeners: used.map((listener) => listener.name || listener.id).join(', ') || [...ids].join(', ') },
  };
}

/** Only TCP/UDP listeners need an address bound; HTTP/HTTPS health checks are not affected. */
function addressCheck({ pool, listeners, loadBalancer, eipAddress }: UnhealthyFacts): UnhealthyCheck {
  const ids = new Set(pool.listeners.map((ref) => ref.id));
  const layer4 = listeners.some((listener) => ids.has(listener.id) && ['TCP', 'UDP'].includes(listener.protocol));
  if (!layer4) return { id: 'address', status: 'passed', variant: 'notNeeded', params: {} };
  const address = eipAddress ?? loadBalancer.vip_address;
  if (!address) return { id: 'address', status: 'failed', variant: 'none', params: {} };
  return { id: 'address', status: 'passed', variant: eipAddress ? 'eip' : 'private', params: { address } };
}

function serverCheck({ member, server }: UnhealthyFacts): UnhealthyCheck {
  if (!server) return { id: 'server', status: 'failed', variant: 'missing', params: { address: member.address } };
  if (server.status !== 'ACTIVE') {
    return { id: 'server', status: 'failed', variant: 'stopped', params: { name: server.name, status: server.status } };
  }
  return { id: 'server', status: 'passed', variant: 'ok', params: { name: server.name } };
}

/** `admin_state_up` false: the server is taken out of service (status DISABLED in the status tree). */
function memberStateCheck({ member }: UnhealthyFacts): UnhealthyCheck {
  return member.admin_state_up
    ? { id: 'memberState', status: 'passed', variant: 'enabled', params: {} }
    : { id: 'memberState', status: 'failed', variant: 'disabled', params: {} };
}

function subnetCheck({ member, vpcSubnetIds }: UnhealthyFacts): UnhealthyCheck | undefined {
  if (!vpcSubnetIds || vpcSubnetIds.length === 0) return undefined;
  return vpcSubnetIds.includes(member.subnet_id)
    ? { id: 'subnet', status: 'passed', variant: 'inVpc', params: {} }
    : { id: 'subnet', status: 'failed', variant: 'otherVpc', params: { subnet: member.subnet_id } };
}

/** The guide recommends a health check timeout below the interval (FEATURES §6.1). */
export const timeoutBelowInterval = (monitor: Pick<HealthMonitor, 'delay' | 'timeout'>): boolean =>
  monitor.timeout < monitor.delay;

/**
 * A server turns healthy after
 * timeout × retries + interval × (retries − 1) s and unhealthy after 3 failed checks (FEATURES §6.1, C6).
 */
function timingCheck({ monitor }: UnhealthyFacts): UnhealthyCheck | undefined {
  if (!monitor) return undefined;
  const { delay, timeout, max_retries: retries } = monitor;
  const params = {
    delay,
    timeout,
    retries,
    healthyAfter: timeout * retries + delay * (retries - 1),
    unhealthyAfter: timeout * 3 + delay * 2,
  };
  return timeoutBelowInterval(monitor)
    ? { id: 'timing', status: 'passed', variant: 'ok', params }
    : { id: 'timing', status: 'failed', variant: 'timeoutTooLong', params };
}

function healthCheckCheck({ member, monitor }: UnhealthyFacts): UnhealthyCheck {
  if (!monitor) return { id: 'healthCheck', status: 'failed', variant: 'none', params: {} };
  const port = checkedPort(member, monitor);
  const params = {
    type: monitorLabel[monitor.type],
    port,
    memberPort: member.protocol_port,
    path: monitor.type === 'HTTP' ? monitor.url_path : '',
  };
  const variant = port === member.protocol_port ? 'samePort' : 'otherPort';
  return { id: 'healthCheck', status: 'verify', variant: monitor.type === 'HTTP' ? `${variant}Http` : variant, params };
}

function weightCheck({ member }: UnhealthyFacts): UnhealthyCheck {
  return member.weight === 0
    ? { id: 'weight', status: 'failed', variant: 'zero', params: {} }
    : { id: 'weight', status: 'passed', variant: 'ok', params: { weight: member.weight } };
}

function manualChecks(facts: UnhealthyFacts): UnhealthyCheck[] {
  const { member, monitor, pool, subnet } = facts;
  const port = checkedPort(member, monitor);
  const ports = [...new Set([member.protocol_port, port])].join(', ');
  const udp = pool.protocol === 'UDP';
  const checks: UnhealthyCheck[] = [
    {
      id: 'securityGroup',
      status: 'verify',
      variant: udp ? 'udp' : 'tcp',
      params: { cidr: ELB_SOURCE_CIDR, ports },
    },
    { id: 'networkAcl', status: 'verify', variant: 'default', params: { protocol: udp ? 'UDP' : 'TCP' } },
    {
      id: 'listening',
      status: 'verify',
      variant: 'default',
      params: { port },
      commands: [`netstat -anlp | grep ${port}`, 'netstat -ano'],
    },
  ];
  if (monitor?.type === 'HTTP') {
    const host = monitor.domain_name ? ` -H 'Host: ${monitor.domain_name}'` : '';
    checks.push({
      id: 'httpCode',
      status: 'verify',
      variant: 'default',
      params: { path: monitor.url_path, port },
      commands: [`curl ${member.address}:${port}${monitor.url_path} -iv${host}`],
    });
  }
  if (monitor?.type === 'UDP_CONNECT') {
    checks.push({
      id: 'udpIcmp',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: ['cat /proc/sys/net/ipv4/icmp_echo_ignore_all', 'sysctl -q net.ipv4.icmp_ratemask'],
    });
  }
  checks.push(
    {
      id: 'route',
      status: 'verify',
      variant: subnet ? 'gateway' : 'default',
      params: { gateway: subnet?.gateway_ip ?? '' },
      commands: ['ip route', 'route -n'],
    },
    { id: 'serverSide', status: 'verify', variant: 'default', params: {}, commands: ['cat /etc/hosts.deny'] },
  );
  return checks;
}

const optional = (check: UnhealthyCheck | undefined): UnhealthyCheck[] => (check ? [check] : []);

/** The checks in the FAQ's order, live facts first. */
export function whyUnhealthyChecks(facts: UnhealthyFacts): UnhealthyCheck[] {
  return [
    listenerCheck(facts),
    addressCheck(facts),
    serverCheck(facts),
    memberStateCheck(facts),
    ...optional(subnetCheck(facts)),
    healthCheckCheck(facts),
    ...optional(timingCheck(facts)),
    weightCheck(facts),
    ...manualChecks(facts),
  ];
}
