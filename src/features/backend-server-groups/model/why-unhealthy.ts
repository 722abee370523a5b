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

/** ELB's source range for health checks and forwarding (FEATURES §5.2, C12). */
export const ELB_SOURCE_CIDR = '100.125.0.0/16';

export type CheckStatus = 'passed' | 'failed' | 'verify';

export type CheckId =
  | 'listener'
  | 'address'
  | 'server'
  | 'healthCheck'
  | 'weight'
  | 'securityGroup'
  | 'networkAcl'
  | 'listening'
  | 'httpCode'
  | 'udpIcmp'
  | 'route'
  | 'serverSide';

export interface UnhealthyCheck {
  id: CheckId;
  status: CheckStatus;
  /** Which wording of the check applies (`checks.<id>.<variant>` in the translations). */
  variant: string;
  params: Record<string, string | number>;
  /** The FAQ's commands for a manual check, filled with this server's values. */
  commands?: string[];
}

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

/** The checks in the FAQ's order, live facts first. */
export function whyUnhealthyChecks(facts: UnhealthyFacts): UnhealthyCheck[] {
  return [
    listenerCheck(facts),
    addressCheck(facts),
    serverCheck(facts),
    healthCheckCheck(facts),
    weightCheck(facts),
    ...manualChecks(facts),
  ];
}
