/**
 * Alarm history (FEATURES §10.2; api/ces/alarm_rules/querying_the_alarm_history_of_an_alarm_rule.rst).
 * Without from/to the API answers the last 7 days.
 */
import { z } from 'zod';
import type { AlarmAction, AlarmLevel, AlarmState, AlarmType } from './alarm-fields';
import type { AlarmCondition, AlarmMetric } from './alarms';
import { epochMs, intParam, looseInt, namespace } from './fields';

export const alarmHistoryPaths = {
  list: '/V1.0/:project_id/alarm-histories',
} as const;

export const ALARM_HISTORY_DEFAULT_WINDOW_MS = 7 * 24 * 3_600_000;
export const ALARM_HISTORY_LIMIT_MAX = 100;
const START_MESSAGE = 'start must be a whole number of at least 0.';

/** GET /V1.0/{project_id}/alarm-histories */
export const alarmHistoryQuery = z
  .object({
    group_id: z.string().min(1, 'The resource group ID cannot be blank.').optional(),
    alarm_id: z.string().min(1, 'The alarm rule ID cannot be blank.').optional(),
    alarm_name: z.string().min(1, 'The alarm rule name cannot be blank.').optional(),
    alarm_status: z
      .enum(['ok', 'alarm', 'insufficient_data'], 'The alarm status must be ok, alarm or insufficient_data.')
      .optional(),
    alarm_level: intParam('alarm_level', 1, 4).optional(),
    namespace: namespace.optional(),
    from: epochMs('from').optional(),
    to: epochMs('to').optional(),
    /** Offset of the first record, default 0. */
    start: looseInt(START_MESSAGE).pipe(z.number().min(0, START_MESSAGE)).default(0),
    limit: intParam('limit', 1, ALARM_HISTORY_LIMIT_MAX).default(ALARM_HISTORY_LIMIT_MAX),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from < query.to, {
    path: ['to'],
    message: 'The start time (from) must be earlier than the end time (to).',
  });
export type AlarmHistoryQuery = z.input<typeof alarmHistoryQuery>;

/** The time window a history query covers: missing ends default to now and now − 7 days. */
export function alarmHistoryWindow(query: { from?: number; to?: number }, nowMs: number): { from: number; to: number } {
  const to = query.to ?? nowMs;
  return { from: query.from ?? to - ALARM_HISTORY_DEFAULT_WINDOW_MS, to };
}

export interface AlarmHistoryDatapoint {
  /** When the data was reported, UNIX ms. */
  time: number;
  value: number;
}

export interface AlarmHistory {
  alarm_id: string;
  alarm_name: string;
  alarm_description: string;
  metric: AlarmMetric;
  condition: AlarmCondition;
  alarm_level: AlarmLevel;
  /** Event alarms only; '' for metric alarms. */
  alarm_type?: AlarmType | '';
  alarm_enabled: boolean;
  alarm_action_enabled: boolean;
  alarm_actions?: AlarmAction[];
  ok_actions?: AlarmAction[];
  insufficientdata_actions?: AlarmAction[];
  /** When the alarm state changed, UNIX ms. */
  update_time: number;
  enterprise_project_id?: string;
  /** When the alarm was triggered, UNIX ms. */
  trigger_time: number;
  alarm_status: AlarmState;
  datapoints: AlarmHistoryDatapoint[];
  /** Event alarms only. */
  additional_info?: { resource_id?: string; resource_name?: string; event_id?: string };
}

export interface AlarmHistoryResponse {
  alarm_histories: AlarmHistory[];
  meta_data: { total: number };
}
