/**
 * The part of the v3 listener API the console uses (FEATURES §0.2, §4.6, §13, C11;
 * api/elb/v3/listener/updating_a_listener.rst): "Obtain Load Balancer EIP"
 * (`insert_headers.X-Forwarded-ELB-IP`), "Obtain Client IP Address" (`transparent_client_ip_enable`)
 * and the idle / client / backend timeouts, all on v2.0 listeners of shared load balancers.
 */
import { z } from 'zod';
import type { ListenerInsertHeaders } from '../elb-v2/listeners';
import { KEEPALIVE_TIMEOUT_RANGE, LISTENER_TIMEOUT_RANGE } from '../elb-v2/listener-timeouts';

export { listenerV3Paths } from './listener-paths';

/** v2.0 spells HTTPS as TERMINATED_HTTPS; v3 accepts both names. */
export type ListenerV3Protocol = 'TCP' | 'UDP' | 'HTTP' | 'HTTPS' | 'TERMINATED_HTTPS';

export function isLayer7Protocol(protocol: ListenerV3Protocol): boolean {
  return protocol === 'HTTP' || protocol === 'HTTPS' || protocol === 'TERMINATED_HTTPS';
}

// One source for the ranges: the v2.0 module the console displays them with.
export { KEEPALIVE_TIMEOUT_RANGE, LISTENER_TIMEOUT_RANGE } from '../elb-v2/listener-timeouts';

function seconds(message: string, min: number, max: number) {
  return z.number(message).int(message).min(min, message).max(max, message);
}

export function keepaliveTimeout(protocol: ListenerV3Protocol) {
  const { min, max } = protocol === 'TCP' ? KEEPALIVE_TIMEOUT_RANGE.TCP : KEEPALIVE_TIMEOUT_RANGE.HTTP;
  const kind = protocol === 'TCP' ? 'a TCP' : 'an HTTP or HTTPS';
  return seconds(
    `The idle timeout of ${kind} listener must be a whole number from ${min} to ${max} seconds.`,
    min,
    max,
  );
}

export const listenerV3Fields = {
  keepalive_timeout: keepaliveTimeout,
  /** Protocol-independent envelope: the union of both ranges. */
  anyKeepaliveTimeout: seconds('The idle timeout must be a whole number from 0 to 4000 seconds.', 0, 4000),
  client_timeout: seconds('The client timeout must be a whole number from 1 to 300 seconds.', 1, 300),
  member_timeout: seconds('The backend server response timeout must be a whole number from 1 to 300 seconds.', 1, 300),
  'X-Forwarded-ELB-IP': z.boolean('X-Forwarded-ELB-IP must be true or false.'),
  transparent_client_ip_enable: z.boolean('transparent_client_ip_enable must be true or false.'),
};

/** The same switches v2.0 reads return (one definition). */
export type { ListenerInsertHeaders } from '../elb-v2/listeners';

/** The body; the idle timeout range depends on the protocol when it is known. */
function updateBody(protocol?: ListenerV3Protocol) {
  const keepalive =
    protocol === undefined || protocol === 'UDP' ? listenerV3Fields.anyKeepaliveTimeout : keepaliveTimeout(protocol);
  return z
    .object({
      insert_headers: z.object({ 'X-Forwarded-ELB-IP': listenerV3Fields['X-Forwarded-ELB-IP'].optional() }).optional(),
      transparent_client_ip_enable: listenerV3Fields.transparent_client_ip_enable.optional(),
      keepalive_timeout: keepalive.optional(),
      client_timeout: listenerV3Fields.client_timeout.optional(),
      member_timeout: listenerV3Fields.member_timeout.optional(),
    })
    .superRefine((body, ctx) => {
      if (Object.values(body).every((value) => value === undefined)) {
        ctx.addIssue({ code: 'custom', path: [], message: 'The request must change at least one field.' });
      }
      if (protocol !== undefined) checkProtocolRules(protocol, body, ctx);
    });
}

interface UpdateBody {
  insert_headers?: ListenerInsertHeaders | undefined;
  transparent_client_ip_enable?: boolean | undefined;
  keepalive_timeout?: number | undefined;
  client_timeout?: number | undefined;
  member_timeout?: number | undefined;
}

/** The rules that depend on the listener's protocol. */
function checkProtocolRules(protocol: ListenerV3Protocol, body: UpdateBody, ctx: z.RefinementCtx): void {
  const layer7 = isLayer7Protocol(protocol);
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!layer7 && body.insert_headers !== undefined) {
    issue('insert_headers', 'Headers can be inserted only by HTTP and HTTPS listeners.');
  }
  if (layer7 && body.transparent_client_ip_enable === false) {
    issue(
      'transparent_client_ip_enable',
      'HTTP and HTTPS listeners always pass the client IP address; the value can only be true.',
    );
  }
  if (!layer7 && body.client_timeout !== undefined) {
    issue('client_timeout', 'The client timeout applies only to HTTP and HTTPS listeners.');
  }
  if (!layer7 && body.member_timeout !== undefined) {
    issue('member_timeout', 'The backend server response timeout applies only to HTTP and HTTPS listeners.');
  }
  if (protocol === 'UDP' && body.keepalive_timeout !== undefined) {
    issue('keepalive_timeout', 'UDP listeners have no idle timeout.');
  }
}

/** PUT /v3/{project_id}/elb/listeners/{listener_id}, without knowing the protocol (widest ranges). */
export const updateListenerV3Request = z.object({ listener: updateBody() });
export type UpdateListenerV3Request = z.infer<typeof updateListenerV3Request>;

/** The update body for a listener of a known protocol. */
export function updateListenerV3RequestFor(protocol: ListenerV3Protocol) {
  return z.object({ listener: updateBody(protocol) });
}

/** The fields of the v3 listener answer the console reads. */
export interface ListenerV3 {
  id: string;
  name: string;
  protocol: ListenerV3Protocol;
  protocol_port: number;
  loadbalancers: { id: string }[];
  insert_headers: ListenerInsertHeaders;
  transparent_client_ip_enable: boolean;
  /** null for UDP listeners. */
  keepalive_timeout: number | null;
  client_timeout: number | null;
  member_timeout: number | null;
}

export interface ListenerV3Response {
  listener: ListenerV3;
  request_id: string;
}

/** The values a listener has when they were never set (defaults of the v3 reference). */
export function defaultTimeouts(
  protocol: ListenerV3Protocol,
): Pick<ListenerV3, 'keepalive_timeout' | 'client_timeout' | 'member_timeout'> {
  const layer7 = isLayer7Protocol(protocol);
  return {
    keepalive_timeout:
      protocol === 'UDP' ? null : layer7 ? KEEPALIVE_TIMEOUT_RANGE.HTTP.default : KEEPALIVE_TIMEOUT_RANGE.TCP.default,
    client_timeout: layer7 ? LISTENER_TIMEOUT_RANGE.default : null,
    member_timeout: layer7 ? LISTENER_TIMEOUT_RANGE.default : null,
  };
}

/** transparent_client_ip_enable when not passed: false for TCP/UDP, always true for HTTP/HTTPS. */
export function defaultTransparentClientIp(protocol: ListenerV3Protocol): boolean {
  return isLayer7Protocol(protocol);
}
