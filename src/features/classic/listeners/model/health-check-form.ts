/**
 * The health check form of a classic listener (FEATURES §6.1 [classic]): values, the schema that
 * lets the contract judge the body the values stand for, and the time window the values give.
 */
import { z } from 'zod';
import { healthCheckWindow } from '../../../../../contract/elb-v2/health-monitors';
import {
  classicHealthCheckProtocolsFor,
  createClassicHealthCheckRequestFor,
  updateClassicHealthCheckRequest,
  type ClassicHealthCheck,
  type ClassicHealthCheckProtocol,
  type CreateClassicHealthCheckRequest,
  type UpdateClassicHealthCheckRequest,
} from '../../../../../contract/elb-classic/health-checks';
import type { ClassicListenerProtocol } from '../../../../../contract/elb-classic/listener-rules';
import type { ClassicLoadBalancerType } from '../../../../../contract/elb-classic/load-balancers';

export interface ClassicHealthCheckFormValues {
  healthcheck_protocol: ClassicHealthCheckProtocol;
  healthcheck_uri: string;
  /** Blank: the API's default port. */
  healthcheck_connect_port: number | null;
  healthy_threshold: number | null;
  unhealthy_threshold: number | null;
  healthcheck_interval: number | null;
  healthcheck_timeout: number | null;
}

/** The guide's example values (interval 5 s, timeout 3 s, 3 checks); HTTP first where it is offered. */
export function defaultHealthCheckForm(
  lbType: ClassicLoadBalancerType,
  listenerProtocol: ClassicListenerProtocol,
): ClassicHealthCheckFormValues {
  const protocols = classicHealthCheckProtocolsFor(lbType, listenerProtocol);
  const http = listenerProtocol === 'HTTP' || listenerProtocol === 'HTTPS';
  return {
    healthcheck_protocol: http && protocols.includes('HTTP') ? 'HTTP' : (protocols.find((p) => p !== 'HTTP') ?? 'TCP'),
    healthcheck_uri: '/',
    healthcheck_connect_port: null,
    healthy_threshold: 3,
    unhealthy_threshold: 3,
    healthcheck_interval: 5,
    healthcheck_timeout: 3,
  };
}

export function healthCheckToForm(check: ClassicHealthCheck): ClassicHealthCheckFormValues {
  return {
    healthcheck_protocol: check.healthcheck_protocol,
    healthcheck_uri: check.healthcheck_uri || '/',
    healthcheck_connect_port: check.healthcheck_connect_port,
    healthy_threshold: check.healthy_threshold,
    unhealthy_threshold: check.unhealthy_threshold,
    healthcheck_interval: check.healthcheck_interval,
    healthcheck_timeout: check.healthcheck_timeout,
  };
}

const orUndefined = <T>(value: T | null): T | undefined => value ?? undefined;

function settings(values: ClassicHealthCheckFormValues) {
  return {
    healthcheck_connect_port: orUndefined(values.healthcheck_connect_port),
    healthy_threshold: orUndefined(values.healthy_threshold),
    unhealthy_threshold: orUndefined(values.unhealthy_threshold),
    healthcheck_interval: orUndefined(values.healthcheck_interval),
    healthcheck_timeout: orUndefined(values.healthcheck_timeout),
  };
}

/** The create body: the path only for HTTP checks. */
function createHealthCheckDraft(values: ClassicHealthCheckFormValues, listenerId: string) {
  return {
    listener_id: listenerId,
    healthcheck_protocol: values.healthcheck_protocol,
    ...(values.healthcheck_protocol === 'HTTP' ? { healthcheck_uri: values.healthcheck_uri } : {}),
    ...settings(values),
  };
}

/**
 * The modify body. The modify API takes HTTP or TCP only, so a UDP check keeps its protocol (not
 * sent); a check that stops being HTTP sends a blank path, as the API requires.
 */
function updateHealthCheckDraft(values: ClassicHealthCheckFormValues) {
  const protocol = values.healthcheck_protocol;
  return {
    ...(protocol === 'UDP' ? {} : { healthcheck_protocol: protocol }),
    healthcheck_uri: protocol === 'HTTP' ? values.healthcheck_uri : '',
    ...settings(values),
  };
}

const formShape = z.object({
  healthcheck_protocol: z.custom<ClassicHealthCheckProtocol>((value) => typeof value === 'string'),
  healthcheck_uri: z.string(),
  healthcheck_connect_port: z.number().nullable(),
  healthy_threshold: z.number().nullable(),
  unhealthy_threshold: z.number().nullable(),
  healthcheck_interval: z.number().nullable(),
  healthcheck_timeout: z.number().nullable(),
});

function report(issues: readonly z.core.$ZodIssue[], ctx: z.RefinementCtx): void {
  for (const issue of issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && key in formShape.shape) {
      ctx.addIssue({ code: 'custom', path: [key], message: issue.message });
    }
  }
}

/** `existing`: modify that health check; otherwise the values configure a new one. */
export function healthCheckFormSchema(lbType: ClassicLoadBalancerType, existing?: ClassicHealthCheck) {
  const create = createClassicHealthCheckRequestFor(lbType);
  return formShape.superRefine((values, ctx) => {
    const result = existing
      ? updateClassicHealthCheckRequest.safeParse(updateHealthCheckDraft(values))
      : create.safeParse(createHealthCheckDraft(values, 'listener'));
    if (!result.success) report(result.error.issues, ctx);
  });
}

export function toCreateHealthCheckRequest(
  values: ClassicHealthCheckFormValues,
  listenerId: string,
  lbType: ClassicLoadBalancerType,
): CreateClassicHealthCheckRequest {
  return createClassicHealthCheckRequestFor(lbType).parse(createHealthCheckDraft(values, listenerId));
}

export function toUpdateHealthCheckRequest(values: ClassicHealthCheckFormValues): UpdateClassicHealthCheckRequest {
  return updateClassicHealthCheckRequest.parse(updateHealthCheckDraft(values));
}

const inRange = (value: number | null, max: number): value is number =>
  value !== null && Number.isInteger(value) && value >= 1 && value <= max;

/**
 * When a server is marked healthy or unhealthy with these values (guide §6.1): the enhanced formula
 * `timeout × n + interval × (n − 1)`, where classic checks have their own count for each direction.
 */
export function classicHealthCheckWindow(
  values: ClassicHealthCheckFormValues,
): { healthyAfterSeconds: number; unhealthyAfterSeconds: number } | undefined {
  const { healthcheck_interval: delay, healthcheck_timeout: timeout, healthy_threshold, unhealthy_threshold } = values;
  if (!inRange(delay, 50) || !inRange(timeout, 50) || !inRange(healthy_threshold, 10)) return undefined;
  if (!inRange(unhealthy_threshold, 10)) return undefined;
  const after = (checks: number) => healthCheckWindow({ delay, timeout, max_retries: checks }).healthyAfterSeconds;
  return { healthyAfterSeconds: after(healthy_threshold), unhealthyAfterSeconds: after(unhealthy_threshold) };
}
