/**
 * `GET /V1.0/{project_id}/alarm-histories` (api/ces/alarm_rules/querying_the_alarm_history_of_an_alarm_rule.rst):
 * every rule's state changes, and the repeats of a persisting alarm every `suppress_duration`, newest
 * first, filtered by rule, status, level and namespace, within `from`–`to` (default: the last 7 days),
 * paged by offset (`start`) and `limit`. Each rule's history is replayed from one series fetch
 * (./alarm-state). No rule belongs to a resource group, so `group_id` matches nothing.
 */
import {
  alarmHistoryPaths,
  alarmHistoryQuery,
  alarmHistoryWindow,
  type AlarmHistory,
} from '../../../contract/ces/alarm-history';
import { cesFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext } from '../../http/router';
import type { ReadTx } from '../../store/store';
import type { AlarmRecord, AlarmRow } from '../../store/tables';
import { alarmTimeline, ALARM_RETENTION_MS } from './alarm-state';

function historyOf(row: AlarmRow, record: AlarmRecord): AlarmHistory {
  return {
    alarm_id: row.id,
    alarm_name: row.alarm_name,
    alarm_description: row.alarm_description,
    metric: row.metric,
    condition: row.condition,
    alarm_level: row.alarm_level,
    alarm_type: '',
    alarm_enabled: row.alarm_enabled,
    alarm_action_enabled: row.alarm_action_enabled,
    alarm_actions: row.alarm_actions ?? [],
    ok_actions: row.ok_actions ?? [],
    insufficientdata_actions: [],
    enterprise_project_id: '0',
    ...record,
  };
}

function list(ctx: RouteContext, tx: ReadTx) {
  const query = parseBody(alarmHistoryQuery, Object.fromEntries(ctx.query), cesFaults.invalidQuery);
  const now = ctx.clock.now();
  const window = alarmHistoryWindow(query, now);
  const rules = tx
    .all('alarms')
    .filter(
      (row) =>
        query.group_id === undefined &&
        (query.alarm_id === undefined || row.id === query.alarm_id) &&
        (query.alarm_name === undefined || row.alarm_name === query.alarm_name) &&
        (query.alarm_level === undefined || row.alarm_level === query.alarm_level) &&
        (query.namespace === undefined || row.metric.namespace === query.namespace),
    );
  // Replaying from before the window keeps its first entry a real change, not the replay's start.
  const replayFrom = Math.min(window.from, now - ALARM_RETENTION_MS);
  const histories = rules
    .flatMap((row) =>
      alarmTimeline(tx, row, Math.min(now, window.to), replayFrom).records.map((record) => historyOf(row, record)),
    )
    .filter(
      (entry) =>
        entry.trigger_time >= window.from &&
        entry.trigger_time <= window.to &&
        (query.alarm_status === undefined || entry.alarm_status === query.alarm_status),
    )
    .sort((a, b) => b.trigger_time - a.trigger_time || a.alarm_id.localeCompare(b.alarm_id));
  return {
    status: 200,
    body: {
      alarm_histories: histories.slice(query.start, query.start + query.limit),
      meta_data: { total: histories.length },
    },
  };
}

export const alarmHistoryRoutes: Route[] = [
  { method: 'GET', path: alarmHistoryPaths.list, family: 'ces', handle: list },
];
