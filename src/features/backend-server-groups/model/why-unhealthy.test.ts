import { describe, expect, it } from 'vitest';
import { listener, loadBalancer, member, monitor, pool, server, subnet } from './fixtures';
import { whyUnhealthyChecks, type UnhealthyFacts } from './why-unhealthy';

const facts = (patch: Partial<UnhealthyFacts> = {}): UnhealthyFacts => ({
  member: member('m1', '10.0.1.11', 80, { operating_status: 'OFFLINE' }),
  pool: pool(),
  monitor: monitor({ url_path: '/healthz' }),
  listeners: [listener()],
  loadBalancer: loadBalancer(),
  server: server('ecs-web-01', '10.0.1.11'),
  subnet: subnet('web', '10.0.1.0/24'),
  ...patch,
});

const byId = (checks: ReturnType<typeof whyUnhealthyChecks>) => new Map(checks.map((check) => [check.id, check]));

describe('why is a backend server unhealthy', () => {
  it("follows the FAQ's order and fills live facts", () => {
    const checks = whyUnhealthyChecks(facts());
    expect(checks.map((check) => [check.id, check.status, check.variant])).toEqual([
      ['listener', 'passed', 'ok'],
      ['address', 'passed', 'notNeeded'],
      ['server', 'passed', 'ok'],
      ['memberState', 'passed', 'enabled'],
      ['healthCheck', 'verify', 'samePortHttp'],
      ['timing', 'passed', 'ok'],
      ['weight', 'passed', 'ok'],
      ['securityGroup', 'verify', 'tcp'],
      ['networkAcl', 'verify', 'default'],
      ['listening', 'verify', 'default'],
      ['httpCode', 'verify', 'default'],
      ['route', 'verify', 'gateway'],
      ['serverSide', 'verify', 'default'],
    ]);
    const check = byId(checks);
    expect(check.get('listener')!.params).toEqual({ listeners: 'listener-http' });
    expect(check.get('listening')!.commands![0]).toBe('netstat -anlp | grep 80');
    expect(check.get('httpCode')!.commands).toEqual(['curl 10.0.1.11:80/healthz -iv']);
    expect(check.get('route')!.params).toEqual({ gateway: '10.0.1.1' });
    expect(check.get('securityGroup')!.params).toEqual({ cidr: '100.125.0.0/16', ports: '80' });
  });

  it('fails a group no listener uses, a stopped or missing ECS and weight 0', () => {
    const stopped = byId(
      whyUnhealthyChecks(
        facts({
          pool: pool({ listeners: [] }),
          server: server('ecs-app-04', '10.0.1.11', { status: 'SHUTOFF' }),
          member: member('m1', '10.0.1.11', 80, { weight: 0 }),
        }),
      ),
    );
    expect(stopped.get('listener')!.status).toBe('failed');
    expect(stopped.get('server')).toMatchObject({
      status: 'failed',
      variant: 'stopped',
      params: { name: 'ecs-app-04', status: 'SHUTOFF' },
    });
    expect(stopped.get('weight')).toMatchObject({ status: 'failed', variant: 'zero' });
    const missing = byId(whyUnhealthyChecks(facts({ server: undefined })));
    expect(missing.get('server')).toMatchObject({
      status: 'failed',
      variant: 'missing',
      params: { address: '10.0.1.11' },
    });
  });

  it('checks the address of TCP/UDP listeners and the health-check port against the backend port', () => {
    const tcp = byId(
      whyUnhealthyChecks(
        facts({
          pool: pool({ protocol: 'TCP' }),
          listeners: [listener({ protocol: 'TCP', protocol_port: 8080 })],
          monitor: monitor({ type: 'TCP', monitor_port: 9000 }),
          eipAddress: '80.158.10.21',
        }),
      ),
    );
    expect(tcp.get('address')).toMatchObject({ status: 'passed', variant: 'eip', params: { address: '80.158.10.21' } });
    expect(tcp.get('healthCheck')).toMatchObject({
      variant: 'otherPort',
      params: { type: 'TCP', port: 9000, memberPort: 80 },
    });
    expect(tcp.get('securityGroup')!.params.ports).toBe('80, 9000');
    expect(tcp.get('listening')!.commands![0]).toBe('netstat -anlp | grep 9000');
    expect(tcp.has('httpCode')).toBe(false);
    const noAddress = byId(
      whyUnhealthyChecks(
        facts({ listeners: [listener({ protocol: 'TCP' })], loadBalancer: loadBalancer({ vip_address: '' }) }),
      ),
    );
    expect(noAddress.get('address')!.status).toBe('failed');
  });

  it('asks UDP groups for ICMP too', () => {
    const udp = byId(
      whyUnhealthyChecks(
        facts({
          pool: pool({ protocol: 'UDP' }),
          listeners: [listener({ protocol: 'UDP', protocol_port: 53 })],
          monitor: monitor({ type: 'UDP_CONNECT' }),
        }),
      ),
    );
    expect(udp.get('securityGroup')!.variant).toBe('udp');
    expect(udp.get('udpIcmp')!.commands).toContain('cat /proc/sys/net/ipv4/icmp_echo_ignore_all');
    expect(udp.get('address')).toMatchObject({ variant: 'private', params: { address: '10.0.1.100' } });
  });

  it('fails a disabled server, a server outside the VPC and a timeout not below the interval', () => {
    const inVpc = byId(whyUnhealthyChecks(facts({ vpcSubnetIds: ['neutron-web'] })));
    expect(inVpc.get('subnet')).toMatchObject({ status: 'passed', variant: 'inVpc' });
    expect(inVpc.get('timing')!.params).toMatchObject({ healthyAfter: 3 * 3 + 5 * 2, unhealthyAfter: 3 * 3 + 5 * 2 });
    const broken = byId(
      whyUnhealthyChecks(
        facts({
          member: member('m1', '10.0.1.11', 80, { admin_state_up: false, subnet_id: 'neutron-other' }),
          vpcSubnetIds: ['neutron-web'],
          monitor: monitor({ delay: 5, timeout: 5 }),
        }),
      ),
    );
    expect(broken.get('memberState')).toMatchObject({ status: 'failed', variant: 'disabled' });
    expect(broken.get('subnet')).toMatchObject({ status: 'failed', params: { subnet: 'neutron-other' } });
    expect(broken.get('timing')).toMatchObject({ status: 'failed', variant: 'timeoutTooLong' });
  });
});
