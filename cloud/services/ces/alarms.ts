/**
 * Cloud Eye alarm rules (FEATURES §10.2, §10.3; api/ces/alarm_rules/*.rst): create (201 `{alarm_id}`),
 * list (`start` = the alarm_id after which the page starts, `limit` 1–100, `order` by creation time),
 * detail, modify (the metric cannot change, alarm_type must stay), enable/disable (204), delete (204).
 * `alarm_state` and `update_time` are derived on every read (./alarm-state). Cloud Eye writes are not
 * ELB key operations (guide/auditing/key_operations_recorded_by_cts.rst), so they leave no trace here.
 */
import {
  alarmPaths,
  createAlarmRequest,
  listAlarmsQuery,
  modifyAlarmRequest,
  setAlarmEnabledRequest,
  type CreateAlarmRequest,
  type MetricAlarm,
} from '../../../contract/ces/alarms';
import { DEFAULT_ALARM_LEVEL } from '../../../contract/ces/alarm-fields';
import { cesFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { AlarmRow } from '../../store/tables';
import { newId } from '../context';
import { alarmTimeline, historyToKeep } from './alarm-state';
import { checkAlarmTarget } from './alarm-targets';

const bodyFault = (message: string) => cesFaults.invalidBody(message);

/** Cloud Eye IDs read `al` + creation time in ms + 10 characters (e.g. al1441967036681YkazZ0deN). */
export const alarmIdOf = (createdMs: number, unique: string): string =>
  `al${createdMs}${unique.replace(/-/g, '').slice(0, 10)}`;

function mustGetAlarm(tx: ReadTx, id: string): AlarmRow {
  const row = tx.get('alarms', id);
  if (!row) throw cesFaults.notFound(`The alarm rule ${id} does not exist.`);
  return row;
}

/** The wire object: the stored rule plus its state now. */
function alarmView(tx: ReadTx, row: AlarmRow, nowMs: number): MetricAlarm {
  const { id, created_ms: _created, evaluated_from: _from, past: _past, ...rule } = row;
  const timeline = alarmTimeline(tx, row, nowMs);
  return { alarm_id: id, ...rule, update_time: timeline.updateTime, alarm_state: timeline.state };
}

/** The stored rule of a valid create body, with the documented defaults. */
export function alarmRowOf(body: CreateAlarmRequest, id: string, nowMs: number): AlarmRow {
  const { metric } = body;
  return {
    id,
    alarm_name: body.alarm_name,
    alarm_description: body.alarm_description ?? '',
    metric: { namespace: metric.namespace, metric_name: metric.metric_name, dimensions: metric.dimensions ?? [] },
    condition: body.condition,
    alarm_enabled: body.alarm_enabled ?? true,
    alarm_level: body.alarm_level ?? DEFAULT_ALARM_LEVEL,
    alarm_action_enabled: body.alarm_action_enabled ?? true,
    ...(body.alarm_actions ? { alarm_actions: body.alarm_actions } : {}),
    ...(body.ok_actions ? { ok_actions: body.ok_actions } : {}),
    created_ms: nowMs,
    evaluated_from: nowMs,
    past: [],
  };
}

function create(ctx: RouteContext, tx: WriteTx): WriteResult {
  if (ctx.body === undefined) throw cesFaults.emptyBody();
  const body = parseBody(createAlarmRequest, ctx.body, bodyFault);
  // Metric alarms only: SYS.ELB has no events and this cloud no resource groups.
  if (body.alarm_type !== undefined) {
    throw bodyFault(`Invalid alarm_type: ${body.alarm_type} rules are not available for SYS.ELB metrics.`);
  }
  checkAlarmTarget(tx, body.metric);
  const now = ctx.clock.now();
  const row = alarmRowOf(body, alarmIdOf(now, newId(tx)), now);
  tx.put('alarms', row);
  return { status: 201, body: { alarm_id: row.id } };
}

/** The rule as a create body, to check the cross-field rules on the result of a change. */
function asCreateBody(row: AlarmRow): Record<string, unknown> {
  const { id: _id, created_ms: _created, evaluated_from: _from, past: _past, ...rule } = row;
  return rule;
}

function modify(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetAlarm(tx, ctx.params.alarm_id!);
  if (ctx.body === undefined) throw cesFaults.emptyBody();
  const body = parseBody(modifyAlarmRequest, ctx.body, bodyFault);
  if (body.alarm_type !== undefined) {
    throw bodyFault('Invalid alarm_type: the alarm type of a rule cannot be changed; this metric rule has none.');
  }
  const now = ctx.clock.now();
  const { alarm_type: _type, metric: _metric, ...changes } = body;
  const next: AlarmRow = { ...row, ...changes };
  // The result must still satisfy the action rules (e.g. actions enabled with no action left).
  parseBody(createAlarmRequest, asCreateBody(next), bodyFault);
  if (body.condition && JSON.stringify(body.condition) !== JSON.stringify(row.condition)) {
    next.past = historyToKeep(alarmTimeline(tx, row, now), now);
    next.evaluated_from = now;
  }
  tx.put('alarms', next);
  return { status: 204 };
}

function setEnabled(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetAlarm(tx, ctx.params.alarm_id!);
  if (ctx.body === undefined) throw cesFaults.emptyBody();
  const { alarm_enabled: enabled } = parseBody(setAlarmEnabledRequest, ctx.body, bodyFault);
  if (enabled === row.alarm_enabled) return { status: 204 };
  const now = ctx.clock.now();
  tx.put(
    'alarms',
    enabled
      ? { ...row, alarm_enabled: true, evaluated_from: now }
      : { ...row, alarm_enabled: false, past: historyToKeep(alarmTimeline(tx, row, now), now) },
  );
  return { status: 204 };
}

function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const row = mustGetAlarm(tx, ctx.params.alarm_id!);
  tx.delete('alarms', row.id);
  return { status: 204 };
}

function list(ctx: RouteContext, tx: ReadTx) {
  const query = parseBody(listAlarmsQuery, Object.fromEntries(ctx.query), cesFaults.invalidQuery);
  const rows = tx.all('alarms');
  const ordered = query.order === 'asc' ? rows : [...rows].reverse();
  let first = 0;
  if (query.start !== undefined) {
    const at = ordered.findIndex((row) => row.id === query.start);
    if (at < 0) throw cesFaults.invalidQuery(`Invalid start: the alarm rule ${query.start} does not exist.`);
    first = at + 1;
  }
  const page = ordered.slice(first, first + query.limit);
  const now = ctx.clock.now();
  return {
    status: 200,
    body: {
      metric_alarms: page.map((row) => alarmView(tx, row, now)),
      meta_data: { count: page.length, marker: page.at(-1)?.id ?? '', total: rows.length },
    },
  };
}

export const alarmRoutes: Route[] = [
  { method: 'GET', path: alarmPaths.list, family: 'ces', handle: list },
  { method: 'POST', path: alarmPaths.list, family: 'ces', handle: create },
  {
    method: 'GET',
    path: alarmPaths.item,
    family: 'ces',
    handle: (ctx, tx) => ({
      status: 200,
      body: { metric_alarms: [alarmView(tx, mustGetAlarm(tx, ctx.params.alarm_id!), ctx.clock.now())] },
    }),
  },
  { method: 'PUT', path: alarmPaths.item, family: 'ces', handle: modify },
  { method: 'DELETE', path: alarmPaths.item, family: 'ces', handle: remove },
  { method: 'PUT', path: alarmPaths.action, family: 'ces', handle: setEnabled },
];
