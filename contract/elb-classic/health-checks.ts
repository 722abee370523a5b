/**
 * Classic health checks, one per listener (api/elb/classic-v1.0/health_check/*.rst, FEATURES §6.1).
 * Synchronous: create and modify answer 200 with the health check, delete answers 204.
 */
import { z } from 'zod';
import { port } from '../common';
import type { ClassicListenerProtocol } from './listener-rules';
import type { ClassicLoadBalancerType } from './load-balancers';
import { classicIntRange } from './shared';

export { classicHealthCheckPaths } from './paths';

export type ClassicHealthCheckProtocol = 'HTTP' | 'TCP' | 'UDP';
export const classicHealthCheckProtocols = [
  'HTTP',
  'TCP',
  'UDP',
] as const satisfies readonly ClassicHealthCheckProtocol[];

export interface ClassicHealthCheck {
  id: string;
  listener_id: string;
  healthcheck_protocol: ClassicHealthCheckProtocol;
  /** '' unless the protocol is HTTP. */
  healthcheck_uri: string;
  healthcheck_connect_port: number;
  healthy_threshold: number;
  unhealthy_threshold: number;
  /** Seconds. */
  healthcheck_timeout: number;
  /** Seconds. */
  healthcheck_interval: number;
  create_time: string;
  update_time: string;
}

const URI_RE = /^\/[A-Za-z0-9\-/.%?#&_=]{0,79}$/;
const URI_MESSAGE =
  'The health check path must be 1 to 80 characters, start with a slash (/) and contain only letters, digits and -/.%?#&_=';
const HTTP_ONLY_URI = 'The health check path applies only to HTTP health checks; leave it blank.';

export const classicHealthCheckFields = {
  listener_id: z.string('Select a listener.').min(1, 'Select a listener.'),
  healthcheck_protocol: z.enum(classicHealthCheckProtocols, 'The health check protocol must be HTTP, TCP or UDP.'),
  /** The HTTP path; a request may also send '' (the TCP example does). */
  healthcheck_uri: z.string(URI_MESSAGE).regex(URI_RE, URI_MESSAGE),
  healthcheck_connect_port: port,
  healthy_threshold: classicIntRange('The healthy threshold', 1, 10),
  unhealthy_threshold: classicIntRange('The unhealthy threshold', 1, 10),
  healthcheck_timeout: classicIntRange('The timeout', 1, 50, 'seconds'),
  healthcheck_interval: classicIntRange('The interval', 1, 50, 'seconds'),
};
const f = classicHealthCheckFields;

/** '' (no path) or a valid path; whether '' is allowed depends on the protocol. */
const uriOrBlank = z.string(URI_MESSAGE).refine((value) => value === '' || URI_RE.test(value), URI_MESSAGE);

function checkUri(body: { healthcheck_protocol?: string; healthcheck_uri?: string }, ctx: z.RefinementCtx): void {
  const protocol = body.healthcheck_protocol;
  if (body.healthcheck_uri === undefined || protocol === undefined) return;
  if (protocol === 'HTTP' && body.healthcheck_uri === '') {
    ctx.addIssue({ code: 'custom', path: ['healthcheck_uri'], message: URI_MESSAGE });
  }
  if (protocol !== 'HTTP' && body.healthcheck_uri !== '') {
    ctx.addIssue({ code: 'custom', path: ['healthcheck_uri'], message: HTTP_ONLY_URI });
  }
}

const createBody = z.object({
  listener_id: f.listener_id,
  healthcheck_protocol: f.healthcheck_protocol.optional(),
  healthcheck_uri: uriOrBlank.optional(),
  healthcheck_connect_port: f.healthcheck_connect_port.optional(),
  healthy_threshold: f.healthy_threshold.optional(),
  unhealthy_threshold: f.unhealthy_threshold.optional(),
  healthcheck_timeout: f.healthcheck_timeout.optional(),
  healthcheck_interval: f.healthcheck_interval.optional(),
});

const UDP_ON_INTERNAL = 'A UDP health check cannot be used on a private (Internal) load balancer.';

/**
 * POST /v1.0/{project_id}/elbaas/healthcheck (configuring_a_health_check.rst). The path must be
 * set (1–80) for HTTP and blank for TCP/UDP. The body does not carry the load balancer type; use
 * `createClassicHealthCheckRequestFor(lbType)` to refuse UDP on Internal load balancers.
 */
export const createClassicHealthCheckRequest = createBody.superRefine(checkUri);
export type CreateClassicHealthCheckRequest = z.infer<typeof createClassicHealthCheckRequest>;

export function createClassicHealthCheckRequestFor(lbType: ClassicLoadBalancerType) {
  return createBody.superRefine((body, ctx) => {
    checkUri(body, ctx);
    if (lbType === 'Internal' && body.healthcheck_protocol === 'UDP') {
      ctx.addIssue({ code: 'custom', path: ['healthcheck_protocol'], message: UDP_ON_INTERNAL });
    }
  });
}

/** The protocols a health check can be modified to (modifying_a_health_check.rst): not UDP. */
export const classicHealthCheckModifiableProtocols = [
  'HTTP',
  'TCP',
] as const satisfies readonly ClassicHealthCheckProtocol[];

/** Modify accepts HTTP or TCP in any letter case; the schema outputs upper case. */
const updateProtocol = z
  .string('The health check protocol must be HTTP or TCP.')
  .toUpperCase()
  .pipe(z.enum(classicHealthCheckModifiableProtocols, 'The health check protocol must be HTTP or TCP.'));

/** PUT /v1.0/{project_id}/elbaas/healthcheck/{id} (modifying_a_health_check.rst). */
export const updateClassicHealthCheckRequest = z
  .object({
    healthcheck_protocol: updateProtocol.optional(),
    healthcheck_uri: uriOrBlank.optional(),
    healthcheck_connect_port: f.healthcheck_connect_port.optional(),
    healthy_threshold: f.healthy_threshold.optional(),
    unhealthy_threshold: f.unhealthy_threshold.optional(),
    healthcheck_timeout: f.healthcheck_timeout.optional(),
    healthcheck_interval: f.healthcheck_interval.optional(),
  })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    'The request must change at least one field.',
  )
  .superRefine(checkUri);
export type UpdateClassicHealthCheckRequest = z.infer<typeof updateClassicHealthCheckRequest>;
export type UpdateClassicHealthCheckInput = z.input<typeof updateClassicHealthCheckRequest>;

/**
 * Health-check protocols to offer. The API refuses UDP on Internal load balancers; pairing with the
 * listener (UDP listener → UDP, others → HTTP or TCP) is the console's choice (FEATURES §4.2 assumption).
 */
export function classicHealthCheckProtocolsFor(
  lbType: ClassicLoadBalancerType,
  listenerProtocol?: ClassicListenerProtocol,
): readonly ClassicHealthCheckProtocol[] {
  const allowed =
    lbType === 'Internal' ? classicHealthCheckProtocols.filter((p) => p !== 'UDP') : classicHealthCheckProtocols;
  if (listenerProtocol === undefined) return allowed;
  return allowed.filter((p) => (listenerProtocol === 'UDP' ? p === 'UDP' : p !== 'UDP'));
}
