import { describe, expect, it } from 'vitest';
import { createHealthMonitorRequest, updateHealthMonitorRequest } from '../../../contract/elb-v2/health-monitors';
import { createPoolRequest, updatePoolRequest } from '../../../contract/elb-v2/pools';
import {
  defaultHealthCheckForm,
  healthCheckFormSchema,
  toCreateHealthMonitorRequest,
  toUpdateHealthMonitorRequest,
} from './health-check-form';
import { defaultPoolForm, poolFormSchema, toCreatePoolRequest, toUpdatePoolRequest } from './pool-form';

const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues[0];

describe('pool form', () => {
  it('turns stickiness on and off as the API expects', () => {
    const off = toCreatePoolRequest(defaultPoolForm('HTTP', 'web'), { listener_id: 'l' });
    expect(off.pool.session_persistence).toBeNull();
    expect(createPoolRequest.safeParse(off).success).toBe(true);
    const cookie = toCreatePoolRequest(
      { ...defaultPoolForm('HTTP', 'web'), sticky: true, sticky_type: 'HTTP_COOKIE' },
      { loadbalancer_id: 'lb' },
    );
    expect(cookie.pool.session_persistence).toEqual({ type: 'HTTP_COOKIE', persistence_timeout: 20 });
    const app = toUpdatePoolRequest({
      ...defaultPoolForm('HTTP'),
      sticky: true,
      sticky_type: 'APP_COOKIE',
      cookie_name: ' JSESSIONID ',
    });
    expect(app.pool.session_persistence).toEqual({ type: 'APP_COOKIE', cookie_name: 'JSESSIONID' });
    expect(updatePoolRequest.safeParse(app).success).toBe(true);
  });

  it.each([
    [{ lb_algorithm: 'LEAST_CONNECTIONS', sticky: true } as const, 'sticky', 'weighted round robin'],
    [{ protocol: 'TCP', sticky: true, sticky_type: 'HTTP_COOKIE' } as const, 'sticky_type', 'source IP'],
    [{ sticky: true, sticky_type: 'APP_COOKIE', cookie_name: '' } as const, 'cookie_name', 'Enter a cookie name'],
    [{ sticky: true, sticky_type: 'APP_COOKIE', cookie_name: 'a b' } as const, 'cookie_name', 'letters, digits'],
    [
      { protocol: 'TCP', sticky: true, sticky_type: 'SOURCE_IP', persistence_timeout: 61 } as const,
      'persistence_timeout',
      '60',
    ],
    [{ sticky: true, sticky_type: 'HTTP_COOKIE', persistence_timeout: 1441 } as const, 'persistence_timeout', '1440'],
  ])('refuses %j on the field it concerns', (patch, field, message) => {
    const issue = firstIssue(poolFormSchema.safeParse({ ...defaultPoolForm('HTTP'), ...patch }));
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toContain(message);
  });

  it.each([
    [{ protocol: 'TCP', sticky: true, sticky_type: 'SOURCE_IP', persistence_timeout: 60 } as const],
    [{ sticky: true, sticky_type: 'HTTP_COOKIE', persistence_timeout: 1440 } as const],
    [{ sticky: true, sticky_type: 'HTTP_COOKIE', persistence_timeout: 1 } as const],
  ])('accepts the boundary %j', (patch) => {
    expect(poolFormSchema.safeParse({ ...defaultPoolForm('HTTP'), ...patch }).success).toBe(true);
  });
});

describe('health check form', () => {
  it('offers HTTP first where it can, UDP_CONNECT for UDP', () => {
    expect(defaultHealthCheckForm('HTTP').type).toBe('HTTP');
    expect(defaultHealthCheckForm('TCP').type).toBe('HTTP');
    expect(defaultHealthCheckForm('UDP').type).toBe('UDP_CONNECT');
  });

  it('builds bodies the contract accepts, HTTP-only fields only for HTTP', () => {
    const http = toCreateHealthMonitorRequest(
      { ...defaultHealthCheckForm('HTTP'), domain_name: 'www.example.com', monitor_port: 8080 },
      'p',
    );
    expect(http.healthmonitor).toMatchObject({
      type: 'HTTP',
      url_path: '/',
      domain_name: 'www.example.com',
      monitor_port: 8080,
    });
    expect(createHealthMonitorRequest.safeParse(http).success).toBe(true);
    const tcp = toCreateHealthMonitorRequest({ ...defaultHealthCheckForm('TCP'), type: 'TCP' }, 'p');
    expect(tcp.healthmonitor).not.toHaveProperty('url_path');
    expect(createHealthMonitorRequest.safeParse(tcp).success).toBe(true);
    expect(
      updateHealthMonitorRequest.safeParse(toUpdateHealthMonitorRequest(defaultHealthCheckForm('HTTP'))).success,
    ).toBe(true);
    expect(
      updateHealthMonitorRequest.safeParse(
        toUpdateHealthMonitorRequest({ ...defaultHealthCheckForm('TCP'), type: 'TCP' }),
      ).success,
    ).toBe(true);
  });

  it.each([
    [{ delay: 0 }, 'delay', '1 to 50'],
    [{ delay: 51 }, 'delay', '1 to 50'],
    [{ timeout: 51 }, 'timeout', '1 to 50'],
    [{ max_retries: 11 }, 'max_retries', '1 to 10'],
    [{ monitor_port: 65536 }, 'monitor_port', '1 to 65535'],
    [{ url_path: 'health' }, 'url_path', 'start with a slash'],
    [{ domain_name: '-bad' }, 'domain_name', 'letter or digit'],
    [{ type: 'UDP_CONNECT' }, 'type', ''],
  ])('refuses %j with the rule', (patch, field, message) => {
    const issue = firstIssue(healthCheckFormSchema('HTTP').safeParse({ ...defaultHealthCheckForm('HTTP'), ...patch }));
    expect(issue?.path).toEqual([field]);
    expect(issue?.message).toContain(message);
  });

  it('checks nothing while disabled', () => {
    expect(
      healthCheckFormSchema('HTTP').safeParse({ ...defaultHealthCheckForm('HTTP'), enabled: false, delay: 0 }).success,
    ).toBe(true);
  });
});
