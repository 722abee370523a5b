/**
 * Classic listeners (api/elb/classic-v1.0/listener/*.rst, FEATURES §4.2–4.7). Synchronous:
 * create and modify answer 200 with the listener, delete answers 204. The list answers a bare array.
 * Combination rules live in listener-rules.ts; TLS values in listener-ciphers.ts.
 */
import { z } from 'zod';
import { port } from '../common';
import {
  classicSslCipherValues,
  classicSslProtocolValues,
  type ClassicSslCiphers,
  type ClassicSslProtocols,
} from './listener-ciphers';
import {
  classicBackendProtocols,
  classicLbAlgorithms,
  classicListenerIssues,
  classicListenerProtocols,
  type ClassicBackendProtocol,
  type ClassicLbAlgorithm,
  type ClassicListenerConfig,
  type ClassicListenerIssue,
  type ClassicListenerProtocol,
} from './listener-rules';
import type { ClassicLoadBalancerType } from './load-balancers';
import { classicDescription, classicIntRange, classicName } from './shared';

export { classicListenerPaths } from './paths';

export type ClassicListenerStatus = 'ACTIVE' | 'PENDING_CREATE' | 'ERROR';

export interface ClassicListener {
  id: string;
  name: string;
  description: string | null;
  loadbalancer_id: string;
  protocol: ClassicListenerProtocol;
  port: number;
  backend_protocol: ClassicBackendProtocol;
  backend_port: number;
  lb_algorithm: ClassicLbAlgorithm;
  status: ClassicListenerStatus;
  admin_state_up: boolean;
  session_sticky: boolean;
  /** `insert` for sticky HTTP listeners, otherwise null. */
  sticky_session_type: 'insert' | null;
  /** Minutes. */
  cookie_timeout: number | null;
  tcp_timeout?: number | null;
  tcp_draining?: boolean | null;
  /** Minutes. */
  tcp_draining_timeout?: number | null;
  udp_timeout?: number | null;
  /** Default certificate of HTTPS and SSL listeners, otherwise null. */
  certificate_id: string | null;
  /** SNI certificate IDs (documented as String "lists the certificate IDs"; the SDKs send an array). */
  certificates?: string[] | null;
  ssl_protocols?: ClassicSslProtocols | null;
  ssl_ciphers?: ClassicSslCiphers | null;
  healthcheck_id: string | null;
  /** Number of backend ECSs (list and details only). */
  member_number?: number;
  create_time: string;
  update_time: string;
}

/** GET /v1.0/{project_id}/elbaas/listeners answers a bare array. */
export type ClassicListenerListResponse = ClassicListener[];

/** Query filters: every response field except update_time, create_time, admin_state_up, session_sticky, member_number. */
export const classicListenerFilterKeys = [
  'id',
  'name',
  'description',
  'loadbalancer_id',
  'protocol',
  'port',
  'backend_protocol',
  'backend_port',
  'lb_algorithm',
  'status',
  'sticky_session_type',
  'cookie_timeout',
  'tcp_timeout',
  'tcp_draining',
  'tcp_draining_timeout',
  'udp_timeout',
  'certificate_id',
  'certificates',
  'ssl_protocols',
  'ssl_ciphers',
  'healthcheck_id',
] as const;
export type ClassicListenerFilterKey = (typeof classicListenerFilterKeys)[number];

export const classicListenerFields = {
  name: classicName,
  description: classicDescription,
  loadbalancer_id: z.string('Select a load balancer.').min(1, 'Select a load balancer.'),
  protocol: z.enum(classicListenerProtocols, 'The protocol must be HTTP, TCP, HTTPS, SSL or UDP.'),
  port,
  backend_protocol: z.enum(classicBackendProtocols, 'The backend protocol must be HTTP, TCP or UDP.'),
  backend_port: port,
  lb_algorithm: z.enum(classicLbAlgorithms, 'The algorithm must be roundrobin, leastconn or source.'),
  session_sticky: z.boolean('session_sticky must be true or false.'),
  sticky_session_type: z.literal('insert', 'The cookie type can only be insert.'),
  cookie_timeout: classicIntRange('The cookie timeout', 1, 1440, 'minutes'),
  tcp_timeout: classicIntRange('The TCP session timeout', 1, 1440, 'minutes'),
  tcp_draining: z.boolean('tcp_draining must be true or false.'),
  tcp_draining_timeout: classicIntRange('The draining timeout', 0, 60, 'minutes'),
  udp_timeout: classicIntRange('The UDP session timeout', 1, 1440, 'minutes'),
  certificate_id: z.string('Select a certificate.').min(1, 'Select a certificate.'),
  certificates: z.array(
    z.string().min(1, 'A certificate ID cannot be blank.'),
    'certificates must be a list of certificate IDs.',
  ),
  ssl_protocols: z.enum(classicSslProtocolValues, 'The TLS version must be "TLS 1.2" or "TLS 1.2 TLS 1.1 TLS 1.0".'),
  ssl_ciphers: z.enum(classicSslCipherValues, 'The cipher suite must be Default, Extended or Strict.'),
};

const f = classicListenerFields;

function report(ctx: z.RefinementCtx, issues: ClassicListenerIssue[]): void {
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
}

const createBody = z.object({
  name: f.name,
  description: f.description.optional(),
  loadbalancer_id: f.loadbalancer_id,
  protocol: f.protocol,
  port: f.port,
  backend_protocol: f.backend_protocol,
  backend_port: f.backend_port,
  lb_algorithm: f.lb_algorithm,
  session_sticky: f.session_sticky.optional(),
  sticky_session_type: f.sticky_session_type.optional(),
  cookie_timeout: f.cookie_timeout.optional(),
  tcp_timeout: f.tcp_timeout.optional(),
  tcp_draining: f.tcp_draining.optional(),
  tcp_draining_timeout: f.tcp_draining_timeout.optional(),
  udp_timeout: f.udp_timeout.optional(),
  certificate_id: f.certificate_id.optional(),
  certificates: f.certificates.optional(),
  ssl_protocols: f.ssl_protocols.optional(),
  ssl_ciphers: f.ssl_ciphers.optional(),
});

/**
 * POST /v1.0/{project_id}/elbaas/listeners (adding_a_listener.rst), with every rule of
 * `classicListenerIssues`. The body does not say whether the load balancer is Internal; use
 * `createClassicListenerRequestFor(lbType)` when that is known (UDP and SNI refused on Internal).
 */
export const createClassicListenerRequest = createBody.superRefine((body, ctx) =>
  report(ctx, classicListenerIssues(body)),
);
export type CreateClassicListenerRequest = z.infer<typeof createClassicListenerRequest>;

export function createClassicListenerRequestFor(lbType: ClassicLoadBalancerType) {
  return createBody.superRefine((body, ctx) => report(ctx, classicListenerIssues(body, { lbType })));
}

const updateBody = z.object({
  name: f.name.optional(),
  description: f.description.optional(),
  port: f.port.optional(),
  backend_port: f.backend_port.optional(),
  lb_algorithm: f.lb_algorithm.optional(),
  tcp_timeout: f.tcp_timeout.optional(),
  tcp_draining: f.tcp_draining.optional(),
  tcp_draining_timeout: f.tcp_draining_timeout.optional(),
  udp_timeout: f.udp_timeout.optional(),
  ssl_protocols: f.ssl_protocols.optional(),
  ssl_ciphers: f.ssl_ciphers.optional(),
  certificate_id: f.certificate_id.optional(),
  certificates: f.certificates.optional(),
});
const changesSomething = (body: object) => Object.values(body).some((value) => value !== undefined);
const EMPTY_UPDATE = 'The request must change at least one field.';

/**
 * PUT /v1.0/{project_id}/elbaas/listeners/{id} (modifying_a_listener.rst). Protocol, backend
 * protocol and stickiness cannot be changed. Alone, the body is checked only for rules it can
 * decide; `updateClassicListenerRequestFor(current)` checks the listener as it would become.
 */
export const updateClassicListenerRequest = updateBody
  .refine(changesSomething, EMPTY_UPDATE)
  .superRefine((body, ctx) => report(ctx, classicListenerIssues(body, { partial: true })));
export type UpdateClassicListenerRequest = z.infer<typeof updateClassicListenerRequest>;

/**
 * The modify schema for a known listener: applies the rules to the current listener merged with the
 * body and reports only issues that involve a field the body sends (an HTTP listener refuses
 * `tcp_timeout`; a sticky listener refuses a switch to leastconn).
 */
export function updateClassicListenerRequestFor(current: ClassicListenerConfig, lbType?: ClassicLoadBalancerType) {
  return updateBody.refine(changesSomething, EMPTY_UPDATE).superRefine((body, ctx) => {
    const sentEntries = Object.entries(body).filter(([, value]) => value !== undefined);
    const sent = new Set(sentEntries.map(([key]) => key));
    const merged: ClassicListenerConfig = { ...current, ...Object.fromEntries(sentEntries) };
    // Turning draining off drops its timeout: the stored one no longer applies and cannot be sent as null.
    if (body.tcp_draining === false && body.tcp_draining_timeout === undefined) merged.tcp_draining_timeout = null;
    const issues = classicListenerIssues(merged, { lbType })
      .filter((issue) => issue.fields.some((field) => sent.has(field)))
      .map((issue) =>
        sent.has(issue.path) ? issue : { ...issue, path: issue.fields.find((field) => sent.has(field)) ?? issue.path },
      );
    report(ctx, issues);
  });
}
