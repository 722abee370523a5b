/**
 * ELB v2.0 listeners: list, add, show, update, delete (api/elb/v2.0/listener/*.rst; FEATURES §4.1–§4.7).
 * Every rule comes from the contract: the schemas, `checkListenerUpdate`, the shared port space
 * (listener-ports.ts), the listener ↔ backend protocol table (pool-protocols.ts) and the defaults of
 * the fields only v3 sets (elb-v3/listeners.ts; the v3 update is listeners-v3.ts).
 */
import { listenerPortConflict, listenerPortConflictMessage } from '../../../contract/elb-v2/listener-ports';
import {
  checkListenerUpdate,
  createListenerRequest,
  listenerFilterKeys,
  listenerPaths,
  updateListenerRequest,
  type ListenerProtocol,
} from '../../../contract/elb-v2/listeners';
import { listenerPoolIssues } from '../../../contract/elb-v2/pool-protocols';
import type { TlsCiphersPolicy } from '../../../contract/elb-v2/tls-policies';
import { defaultTimeouts, defaultTransparentClientIp, isLayer7Protocol } from '../../../contract/elb-v3/listeners';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ListenerRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId, timestamp } from '../context';
import {
  activeLoadBalancer,
  assertTenant,
  definedFields,
  elbTrace,
  listReply,
  plainField,
  refuseIssues,
} from './children';
import { assertListenerCertificates } from './listener-certificates';
import { relations } from './relations';
import { toListener } from './views';

/** The documented default security policy of HTTPS listeners; other protocols have none. */
const DEFAULT_TLS_POLICY: TlsCiphersPolicy = 'tls-1-0';

/**
 * What a new listener gets without asking: the v3 defaults of the fields only v3 sets
 * (updating_a_listener.rst: idle TCP 300 / HTTP 60, client and backend 60, none for UDP; transparent
 * client IP on for HTTP/HTTPS, off for TCP/UDP), and the v3 header switch off.
 */
export function listenerProtocolDefaults(
  protocol: ListenerProtocol,
): Pick<
  ListenerRow,
  | 'keepalive_timeout'
  | 'client_timeout'
  | 'member_timeout'
  | 'insert_headers'
  | 'transparent_client_ip_enable'
  | 'tls_ciphers_policy'
> {
  return {
    ...defaultTimeouts(protocol),
    insert_headers: isLayer7Protocol(protocol) ? { 'X-Forwarded-ELB-IP': false } : {},
    transparent_client_ip_enable: defaultTransparentClientIp(protocol),
    tls_ciphers_policy: protocol === 'TERMINATED_HTTPS' ? DEFAULT_TLS_POLICY : null,
  };
}

/**
 * `default_pool_id` rules (adding_a_listener.rst, updating_a_listener.rst): the group must exist, belong
 * to the listener's load balancer, use the backend protocol the listener needs, and be neither the default
 * group of another listener nor the target of another listener's forwarding policy. A forwarding policy's
 * `redirect_pool_id` follows the same rules (adding_a_forwarding_policy.rst); `field` names the body field.
 */
export function assertPoolAssignable(
  tx: ReadTx,
  listener: Pick<ListenerRow, 'loadbalancer_id' | 'protocol'> & { id?: string },
  poolId: string,
  field: readonly string[] = ['listener', 'default_pool_id'],
): void {
  const pool = mustGet(tx, 'pools', poolId, 'pool');
  if (pool.loadbalancer_id !== listener.loadbalancer_id) {
    throw elbFaults.conflict(
      `Pool ${pool.id} belongs to load balancer ${pool.loadbalancer_id}, not to load balancer ${listener.loadbalancer_id}.`,
    );
  }
  refuseIssues([], listenerPoolIssues(listener.protocol, pool.protocol, [...field]));
  const owner = tx.all('listeners').find((other) => other.id !== listener.id && other.default_pool_id === pool.id);
  if (owner) {
    throw elbFaults.conflict(`Pool ${pool.id} is already the default backend server group of listener ${owner.id}.`);
  }
  const policy = tx
    .all('l7policies')
    .find((item) => item.listener_id !== listener.id && item.redirect_pool_id === pool.id);
  if (policy) {
    throw elbFaults.conflict(
      `Pool ${pool.id} is used by forwarding policy ${policy.id} of listener ${policy.listener_id}.`,
    );
  }
}

function create(ctx: RouteContext, tx: WriteTx) {
  const { listener: body } = parseBody(createListenerRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const lb = activeLoadBalancer(ctx, tx, body.loadbalancer_id);
  const siblings = relations(tx).listenersByLb.get(lb.id) ?? [];
  const conflict = listenerPortConflict(siblings, body);
  if (conflict) throw elbFaults.portInUse(listenerPortConflictMessage(conflict));
  if (body.default_pool_id) {
    assertPoolAssignable(tx, { loadbalancer_id: lb.id, protocol: body.protocol }, body.default_pool_id);
  }
  if (!isWithinQuota(tx, 'listener', tx.all('listeners').length)) throw elbFaults.listenerQuota();

  assertListenerCertificates(tx, body);
  const https = body.protocol === 'TERMINATED_HTTPS';
  const defaults = listenerProtocolDefaults(body.protocol);
  const now = timestamp(ctx.clock);
  const row: ListenerRow = {
    id: newId(tx),
    tenant_id: ctx.projectId,
    loadbalancer_id: lb.id,
    name: body.name ?? '',
    description: body.description ?? '',
    protocol: body.protocol,
    protocol_port: body.protocol_port,
    default_pool_id: body.default_pool_id ?? null,
    connection_limit: body.connection_limit ?? -1,
    admin_state_up: body.admin_state_up ?? true,
    http2_enable: body.http2_enable ?? false,
    default_tls_container_ref: body.default_tls_container_ref ?? null,
    client_ca_tls_container_ref: body.client_ca_tls_container_ref ?? null,
    sni_container_refs: body.sni_container_refs ?? [],
    ...defaults,
    tls_ciphers_policy: https ? (body.tls_ciphers_policy ?? DEFAULT_TLS_POLICY) : null,
    // The v2.0 body has no tags; they are added through the tag API.
    tags: [],
    created_at: now,
    updated_at: now,
  };
  tx.put('listeners', row);
  return {
    status: 201,
    body: { listener: toListener(row) },
    audit: auditOf(row),
  };
}

function update(ctx: RouteContext, tx: WriteTx) {
  const listener = mustGet(tx, 'listeners', ctx.params.listener_id!, 'listener');
  const { listener: body } = parseBody(updateListenerRequest, ctx.body);
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  refuseIssues(['listener'], checkListenerUpdate(listener, body));
  assertListenerCertificates(tx, body);
  if (body.default_pool_id && body.default_pool_id !== listener.default_pool_id) {
    assertPoolAssignable(tx, listener, body.default_pool_id);
  }
  const {
    protocol: _protocol,
    protocol_port: _port,
    loadbalancer_id: _lb,
    tls_ciphers_policy,
    ...changes
  } = definedFields(body);
  const next: ListenerRow = {
    ...listener,
    ...changes,
    updated_at: timestamp(ctx.clock),
  };
  if (tls_ciphers_policy !== undefined) {
    // `null` on an HTTPS listener means "the default policy" rather than "none".
    next.tls_ciphers_policy =
      listener.protocol === 'TERMINATED_HTTPS' ? (tls_ciphers_policy ?? DEFAULT_TLS_POLICY) : null;
  }
  tx.put('listeners', next);
  return {
    status: 200,
    body: { listener: toListener(next) },
    audit: auditOf(next),
  };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const listener = mustGet(tx, 'listeners', ctx.params.listener_id!, 'listener');
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  const rel = relations(tx);
  // deleting_a_listener.rst: its backend server group and forwarding policies go first (C9).
  if (listener.default_pool_id) {
    throw elbFaults.conflict(
      `Listener ${listener.id} still has backend server group ${listener.default_pool_id}; delete it first.`,
    );
  }
  if ((rel.policiesByListener.get(listener.id) ?? []).length > 0) {
    throw elbFaults.conflict(`Listener ${listener.id} still has forwarding policies; delete them first.`);
  }
  const redirect = tx.all('l7policies').find((policy) => policy.redirect_listener_id === listener.id);
  if (redirect)
    throw elbFaults.conflict(
      `Listener ${listener.id} is the target of redirect ${redirect.id}; delete the redirect first.`,
    );
  tx.all('whitelists')
    .filter((whitelist) => whitelist.listener_id === listener.id)
    .forEach((whitelist) => tx.delete('whitelists', whitelist.id));
  tx.delete('listeners', listener.id);
  return { status: 204, audit: auditOf(listener) };
}

function listenerField(row: ListenerRow, key: string): unknown {
  // tls_container_id finds listeners that use a certificate as server or CA certificate.
  if (key === 'tls_container_id') return [row.default_tls_container_ref, row.client_ca_tls_container_ref];
  return plainField(row, key);
}

export const listenerRoutes: Route[] = [
  {
    method: 'GET',
    path: listenerPaths.list,
    family: 'elb',
    handle: (ctx, tx) =>
      listReply(ctx, 'listeners', tx.all('listeners'), listenerFilterKeys, toListener, listenerField),
  },
  {
    method: 'POST',
    path: listenerPaths.list,
    family: 'elb',
    trace: elbTrace('createListener', 'listener'),
    handle: create,
  },
  {
    method: 'GET',
    path: listenerPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { listener: toListener(mustGet(tx, 'listeners', ctx.params.listener_id!, 'listener')) },
    }),
  },
  {
    method: 'PUT',
    path: listenerPaths.item,
    family: 'elb',
    trace: elbTrace('updateListener', 'listener'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: listenerPaths.item,
    family: 'elb',
    trace: elbTrace('deleteListener', 'listener'),
    handle: remove,
  },
];
