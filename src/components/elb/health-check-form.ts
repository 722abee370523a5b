/**
 * The health check form (guide: configuring a health check): values, the schema built
 * from the contract's field rules and the pool-protocol combinations, and the pure
 * translation into create/update bodies.
 */
import { z } from 'zod';
import {
  healthMonitorDefaults,
  healthMonitorFields,
  type CreateHealthMonitorRequest,
  type HealthMonitor,
  type HealthMonitorType,
  type UpdateHealthMonitorRequest,
} from '../../../contract/elb-v2/health-monitors';
import {
  healthCheckTypesFor,
  healthMonitorPoolIssues,
  type PoolProtocol,
} from '../../../contract/elb-v2/pool-protocols';

export interface HealthCheckFormValues {
  enabled: boolean;
  type: HealthMonitorType;
  domain_name: string;
  monitor_port: number | null;
  delay: number | null;
  timeout: number | null;
  max_retries: number | null;
  url_path: string;
}

/** The guide's example values (interval 5, timeout 3, retries 3); HTTP first where it is offered. */
export function defaultHealthCheckForm(poolProtocol: PoolProtocol): HealthCheckFormValues {
  const types = healthCheckTypesFor(poolProtocol);
  return {
    enabled: true,
    type: types.includes('HTTP') ? 'HTTP' : types[0]!,
    domain_name: '',
    monitor_port: null,
    delay: healthMonitorDefaults.delay,
    timeout: healthMonitorDefaults.timeout,
    max_retries: healthMonitorDefaults.max_retries,
    url_path: healthMonitorDefaults.url_path,
  };
}

export function healthMonitorToForm(monitor: HealthMonitor): HealthCheckFormValues {
  return {
    enabled: monitor.admin_state_up,
    type: monitor.type,
    domain_name: monitor.domain_name ?? '',
    monitor_port: monitor.monitor_port,
    delay: monitor.delay,
    timeout: monitor.timeout,
    max_retries: monitor.max_retries,
    url_path: monitor.url_path || healthMonitorDefaults.url_path,
  };
}

const check = (schema: z.ZodType, value: unknown, field: keyof HealthCheckFormValues, ctx: z.RefinementCtx) => {
  const result = schema.safeParse(value);
  if (!result.success) ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0]!.message });
};

/** Rules apply only while the check is enabled; HTTP-only fields only for HTTP checks. */
export function healthCheckFormSchema(poolProtocol: PoolProtocol) {
  return z
    .object({
      enabled: z.boolean(),
      type: healthMonitorFields.type,
      domain_name: z.string(),
      monitor_port: z.number().nullable(),
      delay: z.number().nullable(),
      timeout: z.number().nullable(),
      max_retries: z.number().nullable(),
      url_path: z.string(),
    })
    .superRefine((values, ctx) => {
      if (!values.enabled) return;
      for (const issue of healthMonitorPoolIssues(poolProtocol, values.type)) {
        ctx.addIssue({ code: 'custom', path: ['type'], message: issue.message });
      }
      check(healthMonitorFields.delay, values.delay, 'delay', ctx);
      check(healthMonitorFields.timeout, values.timeout, 'timeout', ctx);
      check(healthMonitorFields.max_retries, values.max_retries, 'max_retries', ctx);
      if (values.monitor_port !== null)
        check(healthMonitorFields.monitor_port, values.monitor_port, 'monitor_port', ctx);
      if (values.type === 'HTTP') {
        check(healthMonitorFields.domain_name, values.domain_name, 'domain_name', ctx);
        check(healthMonitorFields.url_path, values.url_path, 'url_path', ctx);
      }
    });
}

const httpOnly = (values: HealthCheckFormValues) =>
  values.type === 'HTTP'
    ? { url_path: values.url_path, ...(values.domain_name ? { domain_name: values.domain_name } : {}) }
    : {};

export function toCreateHealthMonitorRequest(
  values: HealthCheckFormValues,
  poolId: string,
): CreateHealthMonitorRequest {
  return {
    healthmonitor: {
      pool_id: poolId,
      type: values.type,
      delay: values.delay ?? healthMonitorDefaults.delay,
      timeout: values.timeout ?? healthMonitorDefaults.timeout,
      max_retries: values.max_retries ?? healthMonitorDefaults.max_retries,
      ...(values.monitor_port !== null ? { monitor_port: values.monitor_port } : {}),
      ...httpOnly(values),
    },
  };
}

/** The protocol is not sent: the console keeps it as created (C5). */
export function toUpdateHealthMonitorRequest(values: HealthCheckFormValues): UpdateHealthMonitorRequest {
  return {
    healthmonitor: {
      delay: values.delay ?? healthMonitorDefaults.delay,
      timeout: values.timeout ?? healthMonitorDefaults.timeout,
      max_retries: values.max_retries ?? healthMonitorDefaults.max_retries,
      monitor_port: values.monitor_port,
      ...(values.type === 'HTTP' ? { url_path: values.url_path, domain_name: values.domain_name } : {}),
    },
  };
}
