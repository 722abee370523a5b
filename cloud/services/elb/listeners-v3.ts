/**
 * ELB v3 listener details and update, the part the console uses (api/elb/v3/listener/
 * viewing_details_of_a_listener.rst, updating_a_listener.rst; contract/elb-v3/listeners.ts): idle,
 * client and backend timeouts, the X-Forwarded-ELB-IP header and transparent client IP, which v2.0
 * does not show. The listener is the v2.0 row; v3 reads and writes it in its own spelling.
 */
import { listenerV3Paths, updateListenerV3RequestFor, type ListenerV3 } from '../../../contract/elb-v3/listeners';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ListenerRow } from '../../store/tables';
import { mustGet, timestamp } from '../context';
import { activeLoadBalancer, definedFields, elbTrace } from './children';

/** The v3 answer: v3 spells the v2.0 TERMINATED_HTTPS as HTTPS (ListenerV3 in the contract). */
export function toListenerV3(row: ListenerRow): ListenerV3 {
  return {
    id: row.id,
    name: row.name,
    protocol: row.protocol === 'TERMINATED_HTTPS' ? 'HTTPS' : row.protocol,
    protocol_port: row.protocol_port,
    loadbalancers: [{ id: row.loadbalancer_id }],
    insert_headers: { ...row.insert_headers },
    transparent_client_ip_enable: row.transparent_client_ip_enable,
    keepalive_timeout: row.keepalive_timeout,
    client_timeout: row.client_timeout,
    member_timeout: row.member_timeout,
  };
}

/** A listener of another project is answered like a missing one (404), never shown or changed. */
function ownListener(ctx: RouteContext, tx: ReadTx): ListenerRow {
  const id = ctx.params.listener_id!;
  const listener = mustGet(tx, 'listeners', id, 'listener');
  if (listener.tenant_id !== ctx.projectId) throw elbFaults.notFound('listener', id);
  return listener;
}

function update(ctx: RouteContext, tx: WriteTx): WriteResult {
  const listener = ownListener(ctx, tx);
  // error_codes.rst: ELB.0002 "RequestBody is null or empty"; any other bad body is ELB.8902.
  if (ctx.body === undefined || ctx.body === null) throw elbFaults.emptyBody('RequestBody');
  // The ranges and the rules that allow each field depend on the stored protocol.
  const { listener: body } = parseBody(updateListenerV3RequestFor(listener.protocol), ctx.body, elbFaults.invalidInput);
  activeLoadBalancer(ctx, tx, listener.loadbalancer_id);
  const { insert_headers, ...settings } = definedFields(body);
  const next: ListenerRow = {
    ...listener,
    ...settings,
    // Headers merge: a switch the body leaves out keeps its stored value.
    insert_headers: { ...listener.insert_headers, ...definedFields(insert_headers ?? {}) },
    updated_at: timestamp(ctx.clock),
  };
  tx.put('listeners', next);
  return {
    status: 200,
    body: { listener: toListenerV3(next), request_id: ctx.requestId },
    audit: auditOf(next),
  };
}

export const listenerV3Routes: Route[] = [
  {
    method: 'GET',
    path: listenerV3Paths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: { listener: toListenerV3(ownListener(ctx, tx)), request_id: ctx.requestId },
    }),
  },
  {
    method: 'PUT',
    path: listenerV3Paths.item,
    family: 'elb',
    // key_operations_recorded_by_cts.rst: "Modifying a listener" is updateListener, whatever the version.
    trace: elbTrace('updateListener', 'listener'),
    handle: update,
  },
];
