/**
 * Evaluating an alarm rule over a metric series (FEATURES §10.2; creating_an_alarm_rule.rst, Table 7).
 * At time t the rule looks at the last `count` periods that started at or before t (period 1 is the raw
 * minute): fewer than `count` datapoints there is insufficient_data; all of them meeting
 * `comparison_operator value` is alarm; anything else is ok. A replay evaluates at every period
 * boundary and keeps the state changes, plus the repeats of a persisting alarm every `suppress_duration`
 * seconds (0: the alarm is triggered only once).
 */
import type { AlarmPeriod, AlarmState, ComparisonOperator } from '../../../contract/ces/alarm-fields';
import type { AlarmHistoryDatapoint } from '../../../contract/ces/alarm-history';
import type { AlarmCondition } from '../../../contract/ces/alarms';
import { periodIntervalMs } from '../../../contract/ces/metric-data';
import type { AlarmRecord } from '../../store/tables';
import type { SeriesPoint } from './series';

export interface Evaluation {
  state: AlarmState;
  /** The values the decision used, newest first (as the history API lists them). */
  datapoints: AlarmHistoryDatapoint[];
}

/** The length of one evaluation period (1: raw minutes). Event rules (0) are refused, so never evaluated. */
export const periodMs = (period: AlarmPeriod): number => periodIntervalMs(period === 0 ? 1 : period);

export function meets(value: number, operator: ComparisonOperator, threshold: number): boolean {
  switch (operator) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
}

/** Index of the first point at or after `time` (points are oldest first). */
function firstAtOrAfter(points: readonly SeriesPoint[], time: number): number {
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (points[middle]!.timestamp < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rule's state at `time` over a series (oldest first). Only periods that have ended count: a period
 * still running has a partial sum or minimum, and judging it would flip the state within the period.
 */
export function evaluateAt(points: readonly SeriesPoint[], time: number, condition: AlarmCondition): Evaluation {
  const step = periodMs(condition.period);
  const lastStart = Math.floor(time / step) * step - step;
  const windowStart = lastStart - (condition.count - 1) * step;
  const inWindow = points.slice(firstAtOrAfter(points, windowStart), firstAtOrAfter(points, lastStart + 1));
  const datapoints = inWindow.map((point) => ({ time: point.timestamp, value: point.value })).reverse();
  if (inWindow.length < condition.count) return { state: 'insufficient_data', datapoints };
  const breached = inWindow.every((point) => meets(point.value, condition.comparison_operator, condition.value));
  return { state: breached ? 'alarm' : 'ok', datapoints };
}

export interface ReplayWindow {
  from: number;
  to: number;
  /** The last entry before `from`, if any: the first evaluation records a change only if it differs. */
  previous?: AlarmRecord | undefined;
}

/** Evaluates at `from` and at every period boundary up to `to`; returns the history entries, oldest first. */
export function replay(points: readonly SeriesPoint[], condition: AlarmCondition, window: ReplayWindow): AlarmRecord[] {
  const step = periodMs(condition.period);
  const repeatMs = (condition.suppress_duration ?? 0) * 1000;
  const records: AlarmRecord[] = [];
  let state = window.previous?.alarm_status;
  let since = window.previous?.update_time ?? window.from;
  let lastTrigger = window.previous?.trigger_time ?? window.from;
  for (let time = window.from; time <= window.to; time = (Math.floor(time / step) + 1) * step) {
    const evaluation = evaluateAt(points, time, condition);
    if (evaluation.state !== state) {
      state = evaluation.state;
      since = time;
      lastTrigger = time;
      records.push({ alarm_status: state, update_time: time, trigger_time: time, datapoints: evaluation.datapoints });
    } else if (state === 'alarm' && repeatMs > 0 && time - lastTrigger >= repeatMs) {
      lastTrigger = time;
      records.push({ alarm_status: state, update_time: since, trigger_time: time, datapoints: evaluation.datapoints });
    }
  }
  return records;
}
