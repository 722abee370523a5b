import { describe, expect, it } from 'vitest';
import { monitor, pool } from '../../model/fixtures';
import { healthCheckChecks } from './health-check-checks';

const byId = (checks: ReturnType<typeof healthCheckChecks>) => new Map(checks.map((check) => [check.id, check]));

describe('health check interval, load and UDP precautions', () => {
  it('explains probes per node and passes a timeout below the interval', () => {
    const checks = healthCheckChecks({ pool: pool(), monitor: monitor({ type: 'TCP', monitor_port: 8080 }) });
    expect(checks.map((check) => [check.id, check.status, check.variant])).toEqual([
      ['interval', 'verify', 'perNode'],
      ['timeout', 'passed', 'belowInterval'],
      ['checkType', 'passed', 'light'],
    ]);
    expect(checks[0]!.params).toEqual({ delay: 5, cidr: '100.125.0.0/16' });
    expect(checks[0]!.commands).toEqual(['tcpdump -i eth0 -nn src net 100.125.0.0/16 and port 8080']);
  });

  it('fails a missing health check and a timeout not below the interval, and asks about HTTP load', () => {
    expect(healthCheckChecks({ pool: pool(), monitor: null })).toEqual([
      { id: 'configured', status: 'failed', variant: 'none', params: {} },
    ]);
    const checks = byId(healthCheckChecks({ pool: pool(), monitor: monitor({ delay: 3, timeout: 3 }) }));
    expect(checks.get('timeout')).toMatchObject({ status: 'failed', variant: 'notBelowInterval' });
    expect(checks.get('checkType')).toMatchObject({ status: 'verify', variant: 'http', params: { path: '/' } });
  });

  it('adds the UDP precautions: defaults kept or changed, ICMP on, rate limit, security group', () => {
    const udpPool = pool({ protocol: 'UDP' });
    const kept = byId(healthCheckChecks({ pool: udpPool, monitor: monitor({ type: 'UDP_CONNECT' }) }));
    expect(kept.get('udpDefaults')).toMatchObject({ status: 'passed', variant: 'default' });
    expect(kept.get('icmpRateLimit')!.commands).toContain('sysctl -w net.ipv4.icmp_ratemask=6160');
    expect(kept.get('icmpEnabled')!.commands![0]).toBe('cat /proc/sys/net/ipv4/icmp_echo_ignore_all');
    expect(kept.get('icmpSecurityGroup')!.status).toBe('verify');
    expect(kept.has('checkType')).toBe(false);
    const changed = byId(healthCheckChecks({ pool: udpPool, monitor: monitor({ type: 'UDP_CONNECT', timeout: 2 }) }));
    expect(changed.get('udpDefaults')).toMatchObject({ status: 'verify', variant: 'changed' });
  });
});
