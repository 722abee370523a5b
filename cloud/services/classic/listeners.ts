/**
 * Classic listeners (api/elb/classic-v1.0/listener/*.rst, FEATURES §4.2–4.7). Synchronous: create
 * and modify answer 200 with the listener (status ACTIVE at once), delete 204. The list is a bare
 * array filtered by any documented field. Combination rules come from the contract
 * (`createClassicListenerRequestFor`, `updateClassicListenerRequestFor`), applied with the load
 * balancer's type.
 */
import {
  classicListenerFilterKeys,
  classicListenerPaths,
  createClassicListenerRequest,
  createClassicListenerRequestFor,
  updateClassicListenerRequestFor,
  type ClassicListener,
} from '../../../contract/elb-classic/listeners';
import { ApiFault, elbFaults } from '../../http/fault';
import { applyFilters } from '../../http/paging';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { Tables } from '../../store/tables';
import { isWithinQuota } from '../context';
import { definedFields, plainField } from '../elb/children';
import { classicMembersOfListener } from './member-view';
import { drainingTimeoutAfterUpdate, newClassicListenerSettings } from './listener-settings';
import {
  classicBodyFault,
  classicId,
  classicNow,
  classicTrace,
  writableClassicLoadBalancer,
  type FieldCode,
} from './writes';

export type ClassicListenerRow = Tables['classicListeners'];

export const classicListenerFaults = {
  /** ELB.6002 is documented (as a 503) for "listener does not exist"; a missing resource answers 404. */
  notFound: (id: string) =>
    new ApiFault(404, 'ELB.6002', `Listener does not exist. Listener ${id} could not be found.`),
  lbMissing: (id: string) =>
    new ApiFault(400, 'ELB.6040', `The loadbalaner that the listener belongs to is not exist: ${id}.`),
  /** ELB.6200, in the documented words (spelling included). */
  portInUse: (lbId: string, port: number) =>
    elbFaults.portInUse(`Load Balaner ${lbId} already has a listener with protocol_port of ${port}.`),
  immutable: (field: string) =>
    new ApiFault(
      400,
      'ELB.6015',
      `This listener prerty cannot be updated: ${field} can be chosen only when the listener is added.`,
    ),
  certificateMissing: (id: string) =>
    new ApiFault(400, 'ELB.5040', `The certificate does not exist. Certificate ${id} could not be found.`),
  membersBusy: (id: string) =>
    new ApiFault(
      409,
      'ELB.8907',
      `Backend ECSs of listener ${id} are being added or removed; delete it when the job has finished.`,
    ),
} as const;

/** Listener fields with a code of their own in error_codes.rst (create, then modify wording). */
const CREATE_CODES: Partial<Record<string, FieldCode>> = {
  name: { code: 'ELB.6021', message: 'Request parameters error, listener name is not valid.' },
  description: { code: 'ELB.6031', message: 'Request parameters error, listener len description too long.' },
  port: { code: 'ELB.6041', message: 'Request parameters error, listener port is not in 1 ~ 65535.' },
  backend_port: { code: 'ELB.6041', message: 'Request parameters error, listener port is not in 1 ~ 65535.' },
  lb_algorithm: { code: 'ELB.6051', message: 'Request parameters error, listener lb algorithm is not valid.' },
  protocol: { code: 'ELB.6061', message: 'Request parameters error, listener protocol is not valid.' },
  backend_protocol: {
    code: 'ELB.6071',
    message: 'Request parameters error, listener backend protocol is not valid.',
  },
};
const UPDATE_CODES: Partial<Record<string, FieldCode>> = {
  ...CREATE_CODES,
  name: { code: 'ELB.6035', message: 'Udpate request parameters error, listener name is not valid.' },
  description: { code: 'ELB.6045', message: 'Update request parameters error, listener len description too long.' },
};
/** ELB.6001 `Request parameters error, "..nilKey.." is nil.` */
const missingField = (field: string) => new ApiFault(400, 'ELB.6001', `Request parameters error, "${field}" is nil.`);

/** Settings chosen when the listener is added; the modify API cannot change them (modifying_a_listener.rst). */
const CREATE_ONLY = [
  'loadbalancer_id',
  'protocol',
  'backend_protocol',
  'session_sticky',
  'sticky_session_type',
  'cookie_timeout',
] as const;

/** Row → wire: the stored listener with its backend ECS count. */
function classicListenerView(tx: ReadTx, row: ClassicListenerRow): ClassicListener {
  return { ...row, member_number: classicMembersOfListener(tx, row.id).length };
}

function mustGetClassicListener(tx: ReadTx, id: string): ClassicListenerRow {
  const row = tx.get('classicListeners', id);
  if (!row) throw classicListenerFaults.notFound(id);
  return row;
}

function assertPortFree(tx: ReadTx, lbId: string, port: number, self?: string): void {
  const taken = tx.all('classicListeners').some((l) => l.loadbalancer_id === lbId && l.port === port && l.id !== self);
  if (taken) throw classicListenerFaults.portInUse(lbId, port);
}

function assertCertificatesExist(tx: ReadTx, ids: readonly (string | null | undefined)[]): void {
  for (const id of ids) {
    if (id && !tx.get('classicCertificates', id)) throw classicListenerFaults.certificateMissing(id);
  }
}

const rawField = (body: unknown, key: string): unknown =>
  typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;

function create(ctx: RouteContext, tx: WriteTx): WriteResult {
  const lbId = rawField(ctx.body, 'loadbalancer_id');
  const known = typeof lbId === 'string' ? tx.get('classicLoadbalancers', lbId) : undefined;
  const schema = known ? createClassicListenerRequestFor(known.type) : createClassicListenerRequest;
  const body = parseBody(schema, ctx.body, classicBodyFault(CREATE_CODES, missingField));
  const lb = writableClassicLoadBalancer(tx, body.loadbalancer_id, () =>
    classicListenerFaults.lbMissing(body.loadbalancer_id),
  );
  const listenersOfLb = tx.all('classicListeners').filter((listener) => listener.loadbalancer_id === lb.id);
  if (!isWithinQuota(tx, 'classic_listener', listenersOfLb.length)) throw elbFaults.listenerQuota();
  assertPortFree(tx, lb.id, body.port);
  assertCertificatesExist(tx, [body.certificate_id, ...(body.certificates ?? [])]);
  const now = classicNow(ctx);
  const row: ClassicListenerRow = {
    id: classicId(tx),
    name: body.name,
    description: body.description ?? '',
    loadbalancer_id: lb.id,
    port: body.port,
    backend_port: body.backend_port,
    ...newClassicListenerSettings(body),
    status: 'ACTIVE',
    admin_state_up: true,
    healthcheck_id: null,
    create_time: now,
    update_time: now,
  };
  tx.put('classicListeners', row);
  return { status: 200, body: classicListenerView(tx, row), audit: auditOf(row) };
}

function update(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetClassicListener(tx, ctx.params.listener_id!);
  // Sending the current value back is harmless; only a change is refused.
  const refused = CREATE_ONLY.find((key) => {
    const sent = rawField(ctx.body, key);
    return sent !== undefined && sent !== row[key];
  });
  if (refused) throw classicListenerFaults.immutable(refused);
  const lb = writableClassicLoadBalancer(tx, row.loadbalancer_id, () =>
    classicListenerFaults.lbMissing(row.loadbalancer_id),
  );
  const body = parseBody(updateClassicListenerRequestFor(row, lb.type), ctx.body, classicBodyFault(UPDATE_CODES));
  if (body.port !== undefined) assertPortFree(tx, lb.id, body.port, row.id);
  assertCertificatesExist(tx, [body.certificate_id, ...(body.certificates ?? [])]);
  const merged = { ...row, ...definedFields(body) };
  const next: ClassicListenerRow = {
    ...merged,
    tcp_draining_timeout: row.protocol === 'TCP' ? drainingTimeoutAfterUpdate(merged) : null,
    update_time: classicNow(ctx),
  };
  tx.put('classicListeners', next);
  return { status: 200, body: classicListenerView(tx, next), audit: auditOf(next) };
}

/**
 * deleting_a_listener.rst says nothing of what the listener holds. Classic backend ECSs and the
 * health check exist only through their listener (there is no separate backend group), so they go
 * with it — unless an add/remove job still runs on its backend ECSs (refused, try again later).
 */
function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetClassicListener(tx, ctx.params.listener_id!);
  writableClassicLoadBalancer(tx, row.loadbalancer_id, () => classicListenerFaults.lbMissing(row.loadbalancer_id));
  const members = classicMembersOfListener(tx, row.id);
  if (members.some((member) => member.job_id !== null)) throw classicListenerFaults.membersBusy(row.id);
  for (const member of members) tx.delete('classicMembers', member.id);
  if (row.healthcheck_id) tx.delete('classicHealthChecks', row.healthcheck_id);
  tx.delete('classicListeners', row.id);
  return { status: 204, audit: auditOf(row) };
}

function list(ctx: RouteContext, tx: ReadTx) {
  const rows = applyFilters(tx.all('classicListeners'), ctx.query, classicListenerFilterKeys, plainField);
  return { status: 200, body: rows.map((row) => classicListenerView(tx, row)) };
}

const trace = (name: string) => classicTrace(name, 'listener');

export const classicListenerRoutes: Route[] = [
  { method: 'GET', path: classicListenerPaths.list, family: 'classic', handle: list },
  {
    method: 'POST',
    path: classicListenerPaths.list,
    family: 'classic',
    trace: trace('createListener'),
    handle: create,
  },
  {
    method: 'GET',
    path: classicListenerPaths.item,
    family: 'classic',
    handle: (ctx, tx) => ({
      status: 200,
      body: classicListenerView(tx, mustGetClassicListener(tx, ctx.params.listener_id!)),
    }),
  },
  {
    method: 'PUT',
    path: classicListenerPaths.item,
    family: 'classic',
    trace: trace('updateListener'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: classicListenerPaths.item,
    family: 'classic',
    trace: trace('deleteListener'),
    handle: remove,
  },
];
