/**
 * ELB v2.0 health checks (api/elb/v2.0/health_check/*.rst; FEATURES §6.1, §6.2, C4, C5, C6, C13, C18).
 * Responses are wrapped: `{ healthmonitor: {...} }`, lists `{ healthmonitors: [...], healthmonitors_links }`.
 */
import { z } from 'zod';
import { name255, port, type PageLink } from '../common';
import {
  adminStateUp,
  CHANGE_SOMETHING,
  changesSomething,
  hasText,
  reportIssues,
  resourceRef,
  tenantId,
  type RuleIssue,
} from './issues';
import type { IdRef } from './load-balancers';

export { healthMonitorPaths } from './paths';

/** No HTTPS health check: the v2.0 API does not have one (C4). */
export const healthMonitorTypes = ['TCP', 'UDP_CONNECT', 'HTTP'] as const;
export type HealthMonitorType = (typeof healthMonitorTypes)[number];

/** Reserved `http_method` values (default GET). */
export const healthMonitorHttpMethods = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'TRACE',
  'OPTIONS',
  'CONNECT',
  'PATCH',
] as const;
export type HealthMonitorHttpMethod = (typeof healthMonitorHttpMethods)[number];

export interface HealthMonitor {
  id: string;
  tenant_id: string;
  name: string;
  type: HealthMonitorType;
  /** Interval in seconds. */
  delay: number;
  timeout: number;
  /** Consecutive successes OFFLINE → ONLINE. */
  max_retries: number;
  /** Consecutive failures ONLINE → OFFLINE (API only; the console does not expose it, C6). */
  max_retries_down: number;
  /** null = each backend server's own port. */
  monitor_port: number | null;
  /** null/'' = the load balancer's private IP is used as Host. */
  domain_name: string | null;
  url_path: string;
  /** Reserved; fixed at "200" (C13). */
  expected_codes: string;
  /** Reserved; GET. */
  http_method: HealthMonitorHttpMethod;
  admin_state_up: boolean;
  pools: IdRef[];
}

export interface HealthMonitorResponse {
  healthmonitor: HealthMonitor;
}

export interface HealthMonitorListResponse {
  healthmonitors: HealthMonitor[];
  healthmonitors_links?: PageLink[];
}

/** Exact-match filters of GET /v2.0/lbaas/healthmonitors (querying_health_checks.rst). */
export const healthMonitorFilterKeys = [
  'id',
  'tenant_id',
  'name',
  'delay',
  'max_retries',
  'max_retries_down',
  'admin_state_up',
  'timeout',
  'type',
  'monitor_port',
  'expected_codes',
  'domain_name',
  'url_path',
  'http_method',
] as const;
export type HealthMonitorFilterKey = (typeof healthMonitorFilterKeys)[number];

/** Defaults the console pre-fills (guide examples) and the API applies. */
export const healthMonitorDefaults = {
  delay: 5,
  timeout: 3,
  max_retries: 3,
  url_path: '/',
  expected_codes: '200',
  http_method: 'GET',
} as const;

const wholeNumber = (message: string, min: number, max: number) =>
  z.number(message).int(message).min(min, message).max(max, message);

// Allowed characters of the check path (configuring_a_health_check guide page, FEATURES §0.5).
const URL_PATH_CHARS = /^[A-Za-z0-9\-/.%&_~';@$*+,=!:()]*$/;
const DOMAIN_CHARS = /^[A-Za-z0-9.-]*$/;
const EXPECTED_CODES = /^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/;

export const healthMonitorFields = {
  name: name255,
  type: z.enum(healthMonitorTypes, 'The health check protocol can only be TCP, UDP_CONNECT or HTTP.'),
  delay: wholeNumber('The health check interval must be 1 to 50 seconds.', 1, 50),
  timeout: wholeNumber('The health check timeout must be 1 to 50 seconds.', 1, 50),
  max_retries: wholeNumber('The maximum retries must be 1 to 10.', 1, 10),
  max_retries_down: wholeNumber('The unhealthy threshold must be 1 to 10.', 1, 10),
  monitor_port: port,
  /** Blank allowed: the load balancer's private IP is then used as Host. */
  domain_name: z
    .string()
    .max(100, 'The health check domain name can contain at most 100 characters.')
    .regex(DOMAIN_CHARS, 'The health check domain name can contain only letters, digits, hyphens (-) and periods (.).')
    .refine(
      (value) => value === '' || /^[A-Za-z0-9]/.test(value),
      'The health check domain name must start with a letter or digit.',
    ),
  url_path: z
    .string()
    .min(1, 'The check path can contain 1 to 80 characters.')
    .max(80, 'The check path can contain 1 to 80 characters.')
    .startsWith('/', 'The check path must start with a slash (/).')
    .regex(
      URL_PATH_CHARS,
      "The check path can contain only letters, digits and the characters - / . % & _ ~ ' ; @ $ * + , = ! : ( ).",
    ),
  expected_codes: z
    .string()
    .max(64, 'The expected status codes can contain at most 64 characters.')
    .regex(EXPECTED_CODES, 'Expected status codes must look like 200, 200,202 or 200-204.'),
  http_method: z.enum(
    healthMonitorHttpMethods,
    'The HTTP method can only be GET, HEAD, POST, PUT, DELETE, TRACE, OPTIONS, CONNECT or PATCH.',
  ),
};

export interface HealthMonitorTypeSettings {
  type: HealthMonitorType;
  domain_name?: string | null;
  url_path?: string | null;
}

/**
 * Domain name and check path are HTTP-only ("valid only when type is HTTP"). The console hides them for
 * TCP/UDP checks; a body that sets them for another type is refused rather than silently ignored.
 */
export function healthMonitorTypeIssues(monitor: HealthMonitorTypeSettings): RuleIssue[] {
  if (monitor.type === 'HTTP') return [];
  const issues: RuleIssue[] = [];
  if (hasText(monitor.domain_name)) {
    issues.push({ path: ['domain_name'], message: 'A domain name can be set only for HTTP health checks.' });
  }
  if (hasText(monitor.url_path)) {
    issues.push({ path: ['url_path'], message: 'A check path can be set only for HTTP health checks.' });
  }
  return issues;
}

/**
 * "Timeout should be less than interval" is advice in the API, not a rule: the schemas accept it and the
 * form shows this sentence as a warning (STYLE rule 6: never enforce the opposite of the API's advice).
 */
export function timeoutAdvice(monitor: { delay?: number; timeout?: number }): string | undefined {
  if (monitor.delay === undefined || monitor.timeout === undefined) return undefined;
  return monitor.timeout < monitor.delay ? undefined : 'The timeout should be less than the interval.';
}

/** The guide's unhealthy rule: always 3 consecutive failures, whatever Maximum Retries says (C6). */
export const UNHEALTHY_AFTER_FAILURES = 3;

/**
 * Time window of the guide (§6.1): healthy after `timeout × maxRetries + interval × (maxRetries − 1)`,
 * unhealthy after `timeout × 3 + interval × 2`. Interval 4, timeout 2, retries 3 → 14 s and 14 s.
 */
export function healthCheckWindow(monitor: { delay: number; timeout: number; max_retries: number }): {
  healthyAfterSeconds: number;
  unhealthyAfterSeconds: number;
} {
  const { delay, timeout, max_retries } = monitor;
  return {
    healthyAfterSeconds: timeout * max_retries + delay * (max_retries - 1),
    unhealthyAfterSeconds: timeout * UNHEALTHY_AFTER_FAILURES + delay * (UNHEALTHY_AFTER_FAILURES - 1),
  };
}

/** POST /v2.0/lbaas/healthmonitors (configuring_a_health_check.rst). The pool's protocol is checked by the service. */
export const createHealthMonitorRequest = z.object({
  healthmonitor: z
    .object({
      tenant_id: tenantId.optional(),
      name: healthMonitorFields.name.optional(),
      pool_id: resourceRef('Select a backend server group.'),
      type: healthMonitorFields.type,
      delay: healthMonitorFields.delay,
      timeout: healthMonitorFields.timeout,
      max_retries: healthMonitorFields.max_retries,
      max_retries_down: healthMonitorFields.max_retries_down.optional(),
      monitor_port: healthMonitorFields.monitor_port.nullable().optional(),
      domain_name: healthMonitorFields.domain_name.nullable().optional(),
      url_path: healthMonitorFields.url_path.optional(),
      expected_codes: healthMonitorFields.expected_codes.optional(),
      http_method: healthMonitorFields.http_method.optional(),
      admin_state_up: adminStateUp.optional(),
    })
    .superRefine((monitor, ctx) => reportIssues(ctx, healthMonitorTypeIssues(monitor))),
});
export type CreateHealthMonitorRequest = z.infer<typeof createHealthMonitorRequest>;

/**
 * PUT /v2.0/lbaas/healthmonitors/{id}: every field optional. The API accepts `type`; the console locks it
 * (C5). The port stays editable (C18). Type-dependent rules need the stored monitor: `checkHealthMonitorUpdate`.
 */
export const updateHealthMonitorRequest = z.object({
  healthmonitor: z
    .object({
      name: healthMonitorFields.name.optional(),
      type: healthMonitorFields.type.optional(),
      delay: healthMonitorFields.delay.optional(),
      timeout: healthMonitorFields.timeout.optional(),
      max_retries: healthMonitorFields.max_retries.optional(),
      max_retries_down: healthMonitorFields.max_retries_down.optional(),
      monitor_port: healthMonitorFields.monitor_port.nullable().optional(),
      domain_name: healthMonitorFields.domain_name.nullable().optional(),
      url_path: healthMonitorFields.url_path.optional(),
      expected_codes: healthMonitorFields.expected_codes.optional(),
      http_method: healthMonitorFields.http_method.optional(),
      admin_state_up: adminStateUp.optional(),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdateHealthMonitorRequest = z.infer<typeof updateHealthMonitorRequest>;

/**
 * HTTP-only fields of a PUT body, judged against the type the monitor will have afterwards. Only fields
 * sent in the body count: the stored monitor may carry the API defaults (`url_path: "/"`) for any type.
 */
export function checkHealthMonitorUpdate(
  current: Pick<HealthMonitorTypeSettings, 'type'>,
  body: UpdateHealthMonitorRequest['healthmonitor'],
): RuleIssue[] {
  return healthMonitorTypeIssues({
    type: body.type ?? current.type,
    domain_name: body.domain_name,
    url_path: body.url_path,
  });
}
