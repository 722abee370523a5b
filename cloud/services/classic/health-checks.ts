/**
 * Classic health checks, one per listener (api/elb/classic-v1.0/health_check/*.rst, FEATURES §6.1).
 * Synchronous: create and modify answer 200, delete 204; the listener's `healthcheck_id` follows.
 * Every field but the listener is optional; what a body leaves out takes the values of the
 * reference's examples (interval 5 s, timeout 10 s, thresholds 3) and follows the listener
 * (protocol, backend port).
 */
import {
  classicHealthCheckPaths,
  createClassicHealthCheckRequestFor,
  createClassicHealthCheckRequest,
  updateClassicHealthCheckRequest,
  type ClassicHealthCheck,
  type ClassicHealthCheckProtocol,
} from '../../../contract/elb-classic/health-checks';
import type { ClassicListenerProtocol } from '../../../contract/elb-classic/listener-rules';
import { ApiFault } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import { definedFields } from '../elb/children';
import {
  classicBodyFault,
  classicId,
  classicInvalid,
  classicNow,
  classicTrace,
  writableClassicLoadBalancer,
  type FieldCode,
} from './writes';
import { classicListenerFaults } from './listeners';

export const CLASSIC_HEALTH_CHECK_DEFAULTS = {
  healthy_threshold: 3,
  unhealthy_threshold: 3,
  healthcheck_timeout: 10,
  healthcheck_interval: 5,
  /** The path of an HTTP check that sends none. */
  healthcheck_uri: '/',
} as const;

const healthCheckFaults = {
  notFound: (id: string) => new ApiFault(404, 'ELB.7020', `This healthcheck is not exist: ${id}.`),
  listenerMissing: (id: string) => new ApiFault(400, 'ELB.7010', `Healthcheck listener is not exist: ${id}.`),
  /** No code of its own is documented; ELB.8907 is the documented "data conflict". */
  duplicate: (listenerId: string, healthCheckId: string) =>
    new ApiFault(
      409,
      'ELB.8907',
      `Listener ${listenerId} already has a health check (${healthCheckId}); modify or delete it instead.`,
    ),
} as const;

const CODES: Partial<Record<string, FieldCode>> = {
  listener_id: { code: 'ELB.7000', message: 'Listener_id must not be null.' },
  healthcheck_interval: { code: 'ELB.7001', message: 'Healthcheck_interval is illegal.' },
};
const missing = (field: string) =>
  field === 'listener_id'
    ? new ApiFault(400, 'ELB.7000', 'Listener_id must not be null.')
    : classicInvalid(`${field} is required.`);

/** The check that matches the listener: UDP for UDP, HTTP for HTTP(S), TCP otherwise. */
function defaultHealthCheckProtocol(listener: ClassicListenerProtocol): ClassicHealthCheckProtocol {
  if (listener === 'UDP') return 'UDP';
  return listener === 'HTTP' || listener === 'HTTPS' ? 'HTTP' : 'TCP';
}

/** HTTP checks need a path; the other protocols have none (''). */
const uriFor = (protocol: ClassicHealthCheckProtocol, uri: string | undefined): string =>
  protocol === 'HTTP' ? uri || CLASSIC_HEALTH_CHECK_DEFAULTS.healthcheck_uri : '';

function mustGetHealthCheck(tx: ReadTx, id: string): ClassicHealthCheck {
  const row = tx.get('classicHealthChecks', id);
  if (!row) throw healthCheckFaults.notFound(id);
  return row;
}

/** The check's listener and load balancer, which must take writes (writes.ts). */
function writableListener(tx: ReadTx, listenerId: string) {
  const listener = tx.get('classicListeners', listenerId);
  if (!listener) throw healthCheckFaults.listenerMissing(listenerId);
  const lb = writableClassicLoadBalancer(tx, listener.loadbalancer_id, () =>
    classicListenerFaults.lbMissing(listener.loadbalancer_id),
  );
  return { listener, lb };
}

function create(ctx: RouteContext, tx: WriteTx): WriteResult {
  const draft = parseBody(createClassicHealthCheckRequest, ctx.body, classicBodyFault(CODES, missing));
  const { listener, lb } = writableListener(tx, draft.listener_id);
  const body = parseBody(createClassicHealthCheckRequestFor(lb.type), ctx.body, classicBodyFault(CODES, missing));
  if (listener.healthcheck_id) throw healthCheckFaults.duplicate(listener.id, listener.healthcheck_id);
  const protocol = body.healthcheck_protocol ?? defaultHealthCheckProtocol(listener.protocol);
  const now = classicNow(ctx);
  const row: ClassicHealthCheck = {
    id: classicId(tx),
    listener_id: listener.id,
    healthcheck_protocol: protocol,
    healthcheck_uri: uriFor(protocol, body.healthcheck_uri),
    healthcheck_connect_port: body.healthcheck_connect_port ?? listener.backend_port,
    healthy_threshold: body.healthy_threshold ?? CLASSIC_HEALTH_CHECK_DEFAULTS.healthy_threshold,
    unhealthy_threshold: body.unhealthy_threshold ?? CLASSIC_HEALTH_CHECK_DEFAULTS.unhealthy_threshold,
    healthcheck_timeout: body.healthcheck_timeout ?? CLASSIC_HEALTH_CHECK_DEFAULTS.healthcheck_timeout,
    healthcheck_interval: body.healthcheck_interval ?? CLASSIC_HEALTH_CHECK_DEFAULTS.healthcheck_interval,
    create_time: now,
    update_time: now,
  };
  tx.put('classicHealthChecks', row);
  tx.put('classicListeners', { ...listener, healthcheck_id: row.id, update_time: now });
  return { status: 200, body: row, audit: { resourceId: row.id, resourceName: listener.name } };
}

function update(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetHealthCheck(tx, ctx.params.healthcheck_id!);
  const { listener } = writableListener(tx, row.listener_id);
  const body = parseBody(updateClassicHealthCheckRequest, ctx.body, classicBodyFault(CODES));
  const protocol = body.healthcheck_protocol ?? row.healthcheck_protocol;
  if (protocol !== 'HTTP' && body.healthcheck_uri) {
    throw classicInvalid('The health check path applies only to HTTP health checks; leave it blank.');
  }
  const next: ClassicHealthCheck = {
    ...row,
    ...definedFields(body),
    healthcheck_protocol: protocol,
    healthcheck_uri: uriFor(protocol, body.healthcheck_uri ?? row.healthcheck_uri),
    update_time: classicNow(ctx),
  };
  tx.put('classicHealthChecks', next);
  return { status: 200, body: next, audit: { resourceId: row.id, resourceName: listener.name } };
}

function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetHealthCheck(tx, ctx.params.healthcheck_id!);
  const { listener } = writableListener(tx, row.listener_id);
  tx.delete('classicHealthChecks', row.id);
  tx.put('classicListeners', { ...listener, healthcheck_id: null, update_time: classicNow(ctx) });
  return { status: 204, audit: { resourceId: row.id, resourceName: listener.name } };
}

/** key_operations_recorded_by_cts.rst lists one set of health check traces for both families. */
const trace = (name: string) => classicTrace(name, 'healthmonitor');

export const classicHealthCheckRoutes: Route[] = [
  {
    method: 'POST',
    path: classicHealthCheckPaths.list,
    family: 'classic',
    trace: trace('createHealthMonitor'),
    handle: create,
  },
  {
    method: 'GET',
    path: classicHealthCheckPaths.item,
    family: 'classic',
    handle: (ctx, tx) => ({ status: 200, body: mustGetHealthCheck(tx, ctx.params.healthcheck_id!) }),
  },
  {
    method: 'PUT',
    path: classicHealthCheckPaths.item,
    family: 'classic',
    trace: trace('updateHealthMonitor'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: classicHealthCheckPaths.item,
    family: 'classic',
    trace: trace('deleteHealthMonitor'),
    handle: remove,
  },
];
