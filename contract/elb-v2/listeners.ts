/**
 * ELB v2.0 listeners (api/elb/v2.0/listener/*.rst; FEATURES §4.1, §4.2, §4.6, §4.7, §4.8).
 * Responses are wrapped: `{ listener: {...} }`, lists `{ listeners: [...], listeners_links }`.
 * Port uniqueness is in listener-ports.ts, display-only timeouts in listener-timeouts.ts,
 * the TLS security policy table in tls-policies.ts.
 */
import { z } from 'zod';
import { description255, name255, port, type PageLink } from '../common';
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
import { tlsCiphersPolicy, type TlsCiphersPolicy } from './tls-policies';

export { listenerPaths } from './paths';

import { listenerProtocols, type ListenerProtocol } from './listener-protocols';

export { listenerProtocolLabels, listenerProtocols, type ListenerProtocol } from './listener-protocols';

/** "UDP listener port ≠ 4789" (adding_a_listener.rst, note on protocol_port). */
export const UDP_FORBIDDEN_PORT = 4789;
/** SNI certificates per HTTPS listener (guide SNI page; v3 ≤30 domains). */
export const MAX_SNI_CERTIFICATES = 30;
/** `default_tls_container_ref` / `client_ca_tls_container_ref`: at most 128 characters. */
export const CERTIFICATE_REF_MAX = 128;
export const CONNECTION_LIMIT_MIN = -1;
export const CONNECTION_LIMIT_MAX = 2147483647;

/** v3-only header switches, returned by v2.0 reads when set (display only, FEATURES §4.8.6). */
export interface ListenerInsertHeaders {
  /** Pass the load balancer's EIP to backend servers in the X-Forwarded-ELB-IP header. */
  'X-Forwarded-ELB-IP'?: boolean;
}

export interface Listener {
  id: string;
  tenant_id: string;
  /** Present in some responses (example 3 of adding_a_listener.rst). */
  project_id?: string;
  name: string;
  description: string;
  protocol: ListenerProtocol;
  protocol_port: number;
  loadbalancers: IdRef[];
  /** Reserved; -1 = unlimited. */
  connection_limit: number;
  /** Reserved, true. */
  admin_state_up: boolean;
  http2_enable: boolean;
  default_pool_id: string | null;
  default_tls_container_ref: string | null;
  client_ca_tls_container_ref: string | null;
  /** Empty list = SNI off. */
  sni_container_refs: string[];
  /** null for non-HTTPS listeners. */
  tls_ciphers_policy: TlsCiphersPolicy | null;
  /** Tags as `key=value` strings, as the v2.0 body returns them. */
  tags: string[];
  created_at: string;
  updated_at: string;
  /** Display only (settable through v3): idle timeout in seconds; null = protocol default. */
  keepalive_timeout?: number | null;
  /** Display only: HTTP/HTTPS request timeout in seconds. */
  client_timeout?: number | null;
  /** Display only: HTTP/HTTPS backend response timeout in seconds (504 on expiry). */
  member_timeout?: number | null;
  /** Display only: v3 `insert_headers`. */
  insert_headers?: ListenerInsertHeaders | null;
}

export interface ListenerResponse {
  listener: Listener;
}

export interface ListenerListResponse {
  listeners: Listener[];
  listeners_links?: PageLink[];
}

/** Exact-match filters of GET /v2.0/lbaas/listeners (querying_listeners.rst). */
export const listenerFilterKeys = [
  'id',
  'tenant_id',
  'name',
  'description',
  'loadbalancer_id',
  'connection_limit',
  'admin_state_up',
  'default_pool_id',
  'http2_enable',
  'default_tls_container_ref',
  'client_ca_tls_container_ref',
  'protocol',
  'protocol_port',
  'tls_ciphers_policy',
  /** Listeners using a certificate as server or CA certificate. */
  'tls_container_id',
  /** Listeners using a certificate for SNI. */
  'sni_container_refs',
] as const;
export type ListenerFilterKey = (typeof listenerFilterKeys)[number];

// ---------------------------------------------------------------------------
// Request schemas
// ---------------------------------------------------------------------------

export const listenerProtocol = z.enum(
  listenerProtocols,
  'The protocol can only be TCP, UDP, HTTP or TERMINATED_HTTPS.',
);

const certificateRef = (blank: string) =>
  resourceRef(blank).max(CERTIFICATE_REF_MAX, 'The certificate ID can contain at most 128 characters.');

export const listenerFields = {
  name: name255,
  description: description255,
  protocol: listenerProtocol,
  protocol_port: port,
  default_pool_id: resourceRef('Select a backend server group.'),
  default_tls_container_ref: certificateRef('Select a server certificate.'),
  client_ca_tls_container_ref: certificateRef('Select a CA certificate.'),
  sni_container_refs: z
    .array(certificateRef('Select an SNI certificate.'))
    .max(MAX_SNI_CERTIFICATES, 'An HTTPS listener can have at most 30 SNI certificates.'),
  tls_ciphers_policy: tlsCiphersPolicy,
  http2_enable: z.boolean('http2_enable must be true or false.'),
  connection_limit: z
    .number('The connection limit must be a whole number.')
    .int('The connection limit must be a whole number.')
    .min(CONNECTION_LIMIT_MIN, 'The connection limit must be -1 to 2147483647.')
    .max(CONNECTION_LIMIT_MAX, 'The connection limit must be -1 to 2147483647.'),
};

/** The fields the protocol rules look at; everything optional so PUT bodies merged with the stored listener fit. */
export interface ListenerProtocolSettings {
  protocol: ListenerProtocol;
  protocol_port?: number;
  default_tls_container_ref?: string | null;
  client_ca_tls_container_ref?: string | null;
  sni_container_refs?: readonly string[];
  http2_enable?: boolean;
  tls_ciphers_policy?: TlsCiphersPolicy | null;
}

/**
 * Cross-field rules of a listener (adding_a_listener.rst, updating_a_listener.rst; FEATURES §4.6–§4.8):
 * UDP cannot use 4789; HTTPS needs a server certificate; server/CA/SNI certificates, HTTP/2 and the
 * security policy are HTTPS-only; SNI certificates are unique. Used by the forms, the schemas and the
 * service (after merging a PUT body into the stored listener).
 */
export function listenerProtocolIssues(listener: ListenerProtocolSettings): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const https = listener.protocol === 'TERMINATED_HTTPS';
  if (listener.protocol === 'UDP' && listener.protocol_port === UDP_FORBIDDEN_PORT) {
    issues.push({ path: ['protocol_port'], message: 'A UDP listener cannot use port 4789.' });
  }
  if (https && !hasText(listener.default_tls_container_ref)) {
    issues.push({ path: ['default_tls_container_ref'], message: 'An HTTPS listener needs a server certificate.' });
  }
  if (!https && hasText(listener.default_tls_container_ref)) {
    issues.push({ path: ['default_tls_container_ref'], message: 'Only HTTPS listeners use a server certificate.' });
  }
  if (!https && hasText(listener.client_ca_tls_container_ref)) {
    issues.push({
      path: ['client_ca_tls_container_ref'],
      message: 'Only HTTPS listeners can use mutual authentication with a CA certificate.',
    });
  }
  const sni = listener.sni_container_refs ?? [];
  if (!https && sni.length > 0) {
    issues.push({ path: ['sni_container_refs'], message: 'Only HTTPS listeners can use SNI certificates.' });
  }
  sni.forEach((ref, index) => {
    if (sni.indexOf(ref) !== index) {
      issues.push({ path: ['sni_container_refs', index], message: 'Each SNI certificate can be selected only once.' });
    }
  });
  if (!https && listener.http2_enable === true) {
    issues.push({ path: ['http2_enable'], message: 'HTTP/2 can be enabled only for HTTPS listeners.' });
  }
  if (!https && listener.tls_ciphers_policy !== undefined && listener.tls_ciphers_policy !== null) {
    issues.push({ path: ['tls_ciphers_policy'], message: 'A security policy can be set only for HTTPS listeners.' });
  }
  return issues;
}

/** POST /v2.0/lbaas/listeners (adding_a_listener.rst). Port 0 (DR mode) is refused (C15). */
export const createListenerRequest = z.object({
  listener: z
    .object({
      tenant_id: tenantId.optional(),
      name: listenerFields.name.optional(),
      description: listenerFields.description.optional(),
      protocol: listenerFields.protocol,
      protocol_port: listenerFields.protocol_port,
      loadbalancer_id: resourceRef('Select a load balancer.'),
      connection_limit: listenerFields.connection_limit.optional(),
      admin_state_up: adminStateUp.optional(),
      http2_enable: listenerFields.http2_enable.optional(),
      default_pool_id: listenerFields.default_pool_id.nullable().optional(),
      default_tls_container_ref: listenerFields.default_tls_container_ref.nullable().optional(),
      client_ca_tls_container_ref: listenerFields.client_ca_tls_container_ref.nullable().optional(),
      sni_container_refs: listenerFields.sni_container_refs.optional(),
      tls_ciphers_policy: listenerFields.tls_ciphers_policy.nullable().optional(),
    })
    .superRefine((listener, ctx) => reportIssues(ctx, listenerProtocolIssues(listener))),
});
export type CreateListenerRequest = z.infer<typeof createListenerRequest>;

const immutable = (message: string) => z.never(message).optional();

/**
 * PUT /v2.0/lbaas/listeners/{id} (updating_a_listener.rst): only the mutable fields. Frontend protocol
 * and port are immutable (FEATURES §4.2), so sending them is refused with a sentence saying so.
 * Protocol-dependent rules need the stored listener: the service runs `checkListenerUpdate`.
 */
export const updateListenerRequest = z.object({
  listener: z
    .object({
      name: listenerFields.name.optional(),
      description: listenerFields.description.optional(),
      connection_limit: listenerFields.connection_limit.optional(),
      http2_enable: listenerFields.http2_enable.optional(),
      default_pool_id: listenerFields.default_pool_id.nullable().optional(),
      admin_state_up: adminStateUp.optional(),
      default_tls_container_ref: listenerFields.default_tls_container_ref.nullable().optional(),
      client_ca_tls_container_ref: listenerFields.client_ca_tls_container_ref.nullable().optional(),
      sni_container_refs: listenerFields.sni_container_refs.optional(),
      tls_ciphers_policy: listenerFields.tls_ciphers_policy.nullable().optional(),
      protocol: immutable('The frontend protocol of a listener cannot be changed; add a new listener instead.'),
      protocol_port: immutable('The frontend port of a listener cannot be changed; add a new listener instead.'),
      loadbalancer_id: immutable('A listener cannot be moved to another load balancer.'),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdateListenerRequest = z.infer<typeof updateListenerRequest>;

/**
 * Rules a PUT body must satisfy once merged into the stored listener, e.g. clearing the server
 * certificate of an HTTPS listener (ELB.9899) or setting HTTP/2 on a TCP listener.
 */
export function checkListenerUpdate(
  current: ListenerProtocolSettings,
  body: UpdateListenerRequest['listener'],
): RuleIssue[] {
  const merged: ListenerProtocolSettings = {
    protocol: current.protocol,
    protocol_port: current.protocol_port,
    default_tls_container_ref:
      body.default_tls_container_ref === undefined ? current.default_tls_container_ref : body.default_tls_container_ref,
    client_ca_tls_container_ref:
      body.client_ca_tls_container_ref === undefined
        ? current.client_ca_tls_container_ref
        : body.client_ca_tls_container_ref,
    sni_container_refs: body.sni_container_refs ?? current.sni_container_refs,
    http2_enable: body.http2_enable ?? current.http2_enable,
    tls_ciphers_policy: body.tls_ciphers_policy === undefined ? current.tls_ciphers_policy : body.tls_ciphers_policy,
  };
  return listenerProtocolIssues(merged);
}
