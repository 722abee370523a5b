import { describe, expect, it } from 'vitest';
import { member, pool } from '../../model/fixtures';
import { stickyChecks, type StickyFacts } from './sticky-checks';

const cookieGroup = pool({ session_persistence: { type: 'HTTP_COOKIE', persistence_timeout: 20 } });
const facts = (patch: Partial<StickyFacts> = {}): StickyFacts => ({
  pool: cookieGroup,
  members: [member('m1', '10.0.1.11', 80), member('m2', '10.0.1.12', 80)],
  frontendUrl: 'http://80.158.10.21:80',
  ...patch,
});
const byId = (checks: ReturnType<typeof stickyChecks>) => new Map(checks.map((check) => [check.id, check]));

describe('sticky sessions not taking effect', () => {
  it('passes a round robin HTTP group with load balancer cookies and healthy servers', () => {
    const checks = stickyChecks(facts());
    expect(checks.map((check) => [check.id, check.status, check.variant])).toEqual([
      ['enabled', 'passed', 'on'],
      ['algorithm', 'passed', 'roundRobin'],
      ['type', 'passed', 'fits'],
      ['cookie', 'verify', 'lbCookie'],
      ['duration', 'verify', 'minutes'],
      ['health', 'passed', 'allHealthy'],
    ]);
    const cookie = byId(checks).get('cookie')!;
    expect(cookie.commands).toEqual([
      "curl -si http://80.158.10.21:80/ | grep -i '^set-cookie'",
      "curl -si --cookie '<name>=<value>' http://80.158.10.21:80/",
    ]);
    expect(byId(checks).get('duration')!.params).toEqual({ minutes: 20 });
  });

  it('fails a group without stickiness and names the algorithm that cannot keep it', () => {
    const checks = stickyChecks(facts({ pool: pool({ lb_algorithm: 'LEAST_CONNECTIONS' }) }));
    expect(checks.map((check) => [check.id, check.status])).toEqual([
      ['enabled', 'failed'],
      ['algorithm', 'failed'],
    ]);
    expect(checks[1]!.params).toEqual({ algorithm: 'LEAST_CONNECTIONS' });
  });

  it('fails a sticky type that does not fit the protocol and an application cookie without name', () => {
    const tcp = byId(
      stickyChecks(facts({ pool: pool({ protocol: 'TCP', session_persistence: { type: 'HTTP_COOKIE' } }) })),
    );
    expect(tcp.get('type')).toMatchObject({ status: 'failed', variant: 'needsSourceIp' });
    const http = byId(stickyChecks(facts({ pool: pool({ session_persistence: { type: 'SOURCE_IP' } }) })));
    expect(http.get('type')).toMatchObject({ status: 'failed', variant: 'needsCookie' });
    const app = byId(
      stickyChecks(facts({ pool: pool({ session_persistence: { type: 'APP_COOKIE', cookie_name: null } }) })),
    );
    expect(app.get('cookie')).toMatchObject({ status: 'failed', variant: 'noCookieName' });
    expect(app.has('duration')).toBe(false);
    const named = byId(
      stickyChecks(facts({ pool: pool({ session_persistence: { type: 'APP_COOKIE', cookie_name: 'JSESSIONID' } }) })),
    );
    expect(named.get('cookie')).toMatchObject({
      status: 'verify',
      variant: 'appCookie',
      params: { cookie: 'JSESSIONID' },
    });
  });

  it('asks source IP stickiness about proxies in front, and fails when servers are unhealthy', () => {
    const checks = byId(
      stickyChecks(
        facts({
          pool: pool({ protocol: 'TCP', session_persistence: { type: 'SOURCE_IP', persistence_timeout: 5 } }),
          members: [member('m1', '10.0.2.21', 8080), member('m2', '10.0.2.24', 8080, { operating_status: 'OFFLINE' })],
        }),
      ),
    );
    expect(checks.get('type')!.status).toBe('passed');
    expect(checks.get('clientAddress')).toMatchObject({ status: 'verify', variant: 'proxy' });
    expect(checks.has('cookie')).toBe(false);
    expect(checks.get('duration')!.params).toEqual({ minutes: 5 });
    expect(checks.get('health')).toMatchObject({ status: 'failed', params: { count: 1, names: 'member-m2' } });
  });
});
