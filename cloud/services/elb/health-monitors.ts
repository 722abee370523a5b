/**
 * ELB v2.0 health checks: list, configure, show, update, delete
 * (api/elb/v2.0/health_check/*.rst; FEATURES §6.1, §6.2, C4, C5, C6, C13, C18).
 */
import {
  checkHealthMonitorUpdate,
  createHealthMonitorRequest,
  healthMonitorDefaults,
  healthMonitorFilterKeys,
  healthMonitorPaths,
  UNHEALTHY_AFTER_FAILURES,
  updateHealthMonitorRequest,
} from '../../../contract/elb-v2/health-monitors';
import { healthMonitorPoolIssues } from '../../../contract/elb-v2/pool-protocols';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { WriteTx } from '../../store/store';
import type { HealthMonitorRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId } from '../context';
import { activeLoadBalancer, assertTenant, definedFields, elbTrace, listReply, refuseIssues } from './children';
import { relations } from './relations';
import { toHealthMonitor } from './views';

function create(ctx: RouteContext, tx: WriteTx) {
  const { healthmonitor: body } = parseBody(createHealthMonitorRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const pool = mustGet(tx, 'pools', body.pool_id, 'pool');
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  const existing = relations(tx).monitorByPool.get(pool.id);
  if (existing) {
    throw elbFaults.conflict(
      `Pool ${pool.id} already has health check ${existing.id}; a backend server group can have only one.`,
    );
  }
  refuseIssues(['healthmonitor'], healthMonitorPoolIssues(pool.protocol, body.type));
  if (!isWithinQuota(tx, 'healthmonitor', tx.all('healthmonitors').length)) throw elbFaults.quota('healthmonitor');

  const row: HealthMonitorRow = {
    id: newId(tx),
    tenant_id: ctx.projectId,
    pool_id: pool.id,
    name: body.name ?? '',
    type: body.type,
    delay: body.delay,
    timeout: body.timeout,
    max_retries: body.max_retries,
    // C6: the guide's unhealthy rule is 3 consecutive failures; the API's default agrees.
    max_retries_down: body.max_retries_down ?? UNHEALTHY_AFTER_FAILURES,
    monitor_port: body.monitor_port ?? null,
    domain_name: body.domain_name ?? null,
    url_path: body.url_path ?? healthMonitorDefaults.url_path,
    expected_codes: body.expected_codes ?? healthMonitorDefaults.expected_codes,
    http_method: body.http_method ?? healthMonitorDefaults.http_method,
    admin_state_up: body.admin_state_up ?? true,
  };
  tx.put('healthmonitors', row);
  return {
    status: 201,
    body: { healthmonitor: toHealthMonitor(row) },
    audit: auditOf(row),
  };
}

function update(ctx: RouteContext, tx: WriteTx) {
  const monitor = mustGet(tx, 'healthmonitors', ctx.params.healthmonitor_id!, 'healthmonitor');
  const { healthmonitor: body } = parseBody(updateHealthMonitorRequest, ctx.body);
  const pool = mustGet(tx, 'pools', monitor.pool_id, 'pool');
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  refuseIssues(['healthmonitor'], checkHealthMonitorUpdate(monitor, body));
  // C5: the console locks the protocol; the API accepts a new one that suits the group.
  if (body.type !== undefined) refuseIssues(['healthmonitor'], healthMonitorPoolIssues(pool.protocol, body.type));
  const next: HealthMonitorRow = { ...monitor, ...definedFields(body) };
  tx.put('healthmonitors', next);
  return {
    status: 200,
    body: { healthmonitor: toHealthMonitor(next) },
    audit: auditOf(next),
  };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const monitor = mustGet(tx, 'healthmonitors', ctx.params.healthmonitor_id!, 'healthmonitor');
  const pool = mustGet(tx, 'pools', monitor.pool_id, 'pool');
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  tx.delete('healthmonitors', monitor.id);
  return { status: 204, audit: auditOf(monitor) };
}

export const healthMonitorRoutes: Route[] = [
  {
    method: 'GET',
    path: healthMonitorPaths.list,
    family: 'elb',
    handle: (ctx, tx) =>
      listReply(ctx, 'healthmonitors', tx.all('healthmonitors'), healthMonitorFilterKeys, toHealthMonitor),
  },
  {
    method: 'POST',
    path: healthMonitorPaths.list,
    family: 'elb',
    trace: elbTrace('createHealthMonitor', 'healthmonitor'),
    handle: create,
  },
  {
    method: 'GET',
    path: healthMonitorPaths.item,
    family: 'elb',
    handle: (ctx, tx) => ({
      status: 200,
      body: {
        healthmonitor: toHealthMonitor(mustGet(tx, 'healthmonitors', ctx.params.healthmonitor_id!, 'healthmonitor')),
      },
    }),
  },
  {
    method: 'PUT',
    path: healthMonitorPaths.item,
    family: 'elb',
    trace: elbTrace('updateHealthMonitor', 'healthmonitor'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: healthMonitorPaths.item,
    family: 'elb',
    trace: elbTrace('deleteHealthMonitor', 'healthmonitor'),
    handle: remove,
  },
];
