import { describe, expect, it } from 'vitest';
import {
  checkHealthMonitorUpdate,
  createHealthMonitorRequest,
  healthCheckWindow,
  healthMonitorFields,
  healthMonitorTypeIssues,
  timeoutAdvice,
  updateHealthMonitorRequest,
} from './health-monitors';

const POOL = 'bb44bffb-05d9-412c-9d9c-b189d9e14193';
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const create = (fields: Record<string, unknown>) =>
  createHealthMonitorRequest.safeParse({
    healthmonitor: { pool_id: POOL, type: 'HTTP', delay: 5, timeout: 3, max_retries: 3, ...fields },
  });

describe('createHealthMonitorRequest', () => {
  it('accepts the documented example', () => {
    expect(
      create({
        admin_state_up: true,
        domain_name: 'www.test.com',
        delay: 10,
        max_retries: 10,
        max_retries_down: 5,
        timeout: 10,
      }).success,
    ).toBe(true);
  });

  it('offers TCP, UDP_CONNECT and HTTP but no HTTPS (C4)', () => {
    expect(create({ type: 'TCP' }).success).toBe(true);
    expect(create({ type: 'UDP_CONNECT' }).success).toBe(true);
    expect(messages(create({ type: 'HTTPS' }))).toEqual([
      'The health check protocol can only be TCP, UDP_CONNECT or HTTP.',
    ]);
  });

  it.each([
    ['delay', 'The health check interval must be 1 to 50 seconds.', 1, 50, 0, 51],
    ['timeout', 'The health check timeout must be 1 to 50 seconds.', 1, 50, 0, 51],
    ['max_retries', 'The maximum retries must be 1 to 10.', 1, 10, 0, 11],
    ['max_retries_down', 'The unhealthy threshold must be 1 to 10.', 1, 10, 0, 11],
  ] as const)('bounds %s', (field, message, low, high, below, above) => {
    expect(create({ [field]: low }).success).toBe(true);
    expect(create({ [field]: high }).success).toBe(true);
    expect(messages(create({ [field]: below }))).toEqual([message]);
    expect(messages(create({ [field]: above }))).toEqual([message]);
    expect(messages(create({ [field]: 2.5 }))).toEqual([message]);
  });

  it('does NOT refuse a timeout at or above the interval (API only advises)', () => {
    expect(create({ delay: 3, timeout: 10 }).success).toBe(true);
  });

  it('bounds the optional port', () => {
    expect(create({ monitor_port: 1 }).success).toBe(true);
    expect(create({ monitor_port: 65535 }).success).toBe(true);
    expect(create({ monitor_port: null }).success).toBe(true);
    expect(create({ monitor_port: 0 }).success).toBe(false);
    expect(create({ monitor_port: 65536 }).success).toBe(false);
  });

  it('checks the domain name', () => {
    const domain = healthMonitorFields.domain_name;
    expect(domain.safeParse('www.test.com').success).toBe(true);
    expect(domain.safeParse('').success).toBe(true);
    expect(domain.safeParse('a'.repeat(100)).success).toBe(true);
    expect(messages(domain.safeParse('a'.repeat(101)))).toEqual([
      'The health check domain name can contain at most 100 characters.',
    ]);
    expect(messages(domain.safeParse('-test.com'))).toEqual([
      'The health check domain name must start with a letter or digit.',
    ]);
    expect(messages(domain.safeParse('.test.com'))).toHaveLength(1);
    expect(messages(domain.safeParse('te_st.com'))).toEqual([
      'The health check domain name can contain only letters, digits, hyphens (-) and periods (.).',
    ]);
  });

  it('checks the check path', () => {
    const path = healthMonitorFields.url_path;
    expect(path.safeParse('/').success).toBe(true);
    expect(path.safeParse("/a-b/c.d%20&_~';@$*+,=!:()").success).toBe(true);
    expect(path.safeParse(`/${'a'.repeat(79)}`).success).toBe(true);
    expect(messages(path.safeParse(`/${'a'.repeat(80)}`))).toEqual(['The check path can contain 1 to 80 characters.']);
    expect(messages(path.safeParse('test'))).toEqual(['The check path must start with a slash (/).']);
    expect(path.safeParse('').success).toBe(false);
    expect(path.safeParse('/a?b').success).toBe(false);
    expect(path.safeParse('/a b').success).toBe(false);
  });

  it('keeps domain name and path to HTTP checks', () => {
    expect(messages(create({ type: 'TCP', domain_name: 'www.test.com' }))).toEqual([
      'A domain name can be set only for HTTP health checks.',
    ]);
    expect(messages(create({ type: 'UDP_CONNECT', url_path: '/' }))).toEqual([
      'A check path can be set only for HTTP health checks.',
    ]);
    expect(create({ type: 'TCP', domain_name: '' }).success).toBe(true);
    expect(healthMonitorTypeIssues({ type: 'HTTP', domain_name: 'a.b', url_path: '/x' })).toEqual([]);
  });

  it('checks expected codes and HTTP method', () => {
    for (const codes of ['200', '200,202', '200-204', '200,301-302'])
      expect(create({ expected_codes: codes }).success).toBe(true);
    expect(create({ expected_codes: '2xx' }).success).toBe(false);
    expect(create({ expected_codes: '200,'.repeat(16) + '200' }).success).toBe(false);
    expect(create({ http_method: 'HEAD' }).success).toBe(true);
    expect(create({ http_method: 'FETCH' }).success).toBe(false);
  });
});

describe('updateHealthMonitorRequest and checkHealthMonitorUpdate', () => {
  it('accepts partial bodies and refuses empty ones', () => {
    expect(updateHealthMonitorRequest.safeParse({ healthmonitor: { delay: 10 } }).success).toBe(true);
    expect(updateHealthMonitorRequest.safeParse({ healthmonitor: { delay: 51 } }).success).toBe(false);
    expect(updateHealthMonitorRequest.safeParse({ healthmonitor: {} }).success).toBe(false);
  });
  it('judges HTTP-only fields of the body against the resulting type', () => {
    expect(checkHealthMonitorUpdate({ type: 'TCP' }, { delay: 5 })).toEqual([]);
    expect(checkHealthMonitorUpdate({ type: 'TCP' }, { url_path: '/x' })).toHaveLength(1);
    expect(checkHealthMonitorUpdate({ type: 'TCP' }, { type: 'HTTP', url_path: '/x' })).toEqual([]);
    expect(checkHealthMonitorUpdate({ type: 'HTTP' }, { type: 'TCP', domain_name: 'a.com' })).toHaveLength(1);
  });
});

describe('timeoutAdvice', () => {
  it('advises, without refusing, when the timeout is not below the interval', () => {
    expect(timeoutAdvice({ delay: 5, timeout: 3 })).toBeUndefined();
    expect(timeoutAdvice({ delay: 5, timeout: 4 })).toBeUndefined();
    expect(timeoutAdvice({ delay: 5, timeout: 5 })).toBe('The timeout should be less than the interval.');
    expect(timeoutAdvice({ delay: 5, timeout: 6 })).toBe('The timeout should be less than the interval.');
    expect(timeoutAdvice({ delay: 5 })).toBeUndefined();
  });
});

describe('healthCheckWindow', () => {
  it('computes the guide example: interval 4, timeout 2, retries 3 → 14 s', () => {
    expect(healthCheckWindow({ delay: 4, timeout: 2, max_retries: 3 })).toEqual({
      healthyAfterSeconds: 14,
      unhealthyAfterSeconds: 14,
    });
  });
  it('always uses 3 failures for the unhealthy window (C6)', () => {
    expect(healthCheckWindow({ delay: 5, timeout: 3, max_retries: 10 })).toEqual({
      healthyAfterSeconds: 3 * 10 + 5 * 9,
      unhealthyAfterSeconds: 3 * 3 + 5 * 2,
    });
    expect(healthCheckWindow({ delay: 1, timeout: 1, max_retries: 1 }).healthyAfterSeconds).toBe(1);
  });
});
