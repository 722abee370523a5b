/**
 * An alarm rule's state and history, derived on every read from the metric series (./series), so they
 * follow the load balancers' real condition. Decisions (FEATURES §10.2):
 * - a rule is evaluated from its creation, from its last condition change, or from being enabled again;
 *   what it recorded before is kept in the row (`past`), so a new threshold does not rewrite history;
 * - a disabled rule is not evaluated: it keeps the state it had when it was disabled;
 * - the history is derived for at most the last 7 days (the history API's default window).
 */
import { ALARM_HISTORY_DEFAULT_WINDOW_MS } from '../../../contract/ces/alarm-history';
import type { AlarmState } from '../../../contract/ces/alarm-fields';
import { watchedDimension } from '../../../contract/ces/elb-alarm-targets';
import type { MetricPeriod } from '../../../contract/ces/fields';
import type { ReadTx } from '../../store/store';
import type { AlarmRecord, AlarmRow } from '../../store/tables';
import { periodMs, replay } from './alarm-evaluation';
import { metricSeries } from './series';

export const ALARM_RETENTION_MS = ALARM_HISTORY_DEFAULT_WINDOW_MS;

export interface AlarmTimeline {
  /** Every history entry, oldest first. */
  records: AlarmRecord[];
  state: AlarmState;
  /** When the state last changed (UNIX ms). */
  updateTime: number;
}

/** The rule's history up to `nowMs`, replayed from `from` at the earliest (default: the retention window). */
export function alarmTimeline(
  tx: ReadTx,
  row: AlarmRow,
  nowMs: number,
  from = nowMs - ALARM_RETENTION_MS,
): AlarmTimeline {
  const previous = row.past.at(-1);
  const start = Math.max(row.evaluated_from, from);
  let records = row.past;
  const watched = watchedDimension(row.metric.dimensions);
  if (row.alarm_enabled && watched && row.condition.period !== 0 && start <= nowMs) {
    const period: MetricPeriod = row.condition.period;
    const points = metricSeries(
      tx,
      {
        metricName: row.metric.metric_name,
        dimensions: [watched],
        // Whole periods only: a partial first period would count as a datapoint of its own.
        from: (Math.floor(start / periodMs(period)) - row.condition.count) * periodMs(period),
        to: nowMs + 1,
        period,
        filter: row.condition.filter,
      },
      nowMs,
    );
    records = [...row.past, ...replay(points, row.condition, { from: start, to: nowMs, previous })];
  }
  const last = records.at(-1);
  return {
    records,
    state: last?.alarm_status ?? 'insufficient_data',
    updateTime: last?.update_time ?? row.created_ms,
  };
}

/**
 * The history to keep when evaluation restarts (condition changed, rule disabled): the entries of the
 * retention window, and always the last one, which carries the state on.
 */
export function historyToKeep(timeline: AlarmTimeline, nowMs: number): AlarmRecord[] {
  const last = timeline.records.at(-1);
  const recent = timeline.records.filter((record) => record.trigger_time >= nowMs - ALARM_RETENTION_MS);
  return last && !recent.includes(last) ? [last] : recent;
}
