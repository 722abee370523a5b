/**
 * Cloud Eye alarm rules (FEATURES §10.2, §10.3; api/ces/alarm_rules/creating_an_alarm_rule.rst,
 * modifying_an_alarm_rule.rst, enabling_or_disabling_an_alarm_rule.rst, querying_alarm_rules.rst,
 * querying_details_of_an_alarm_rule.rst). Field rules live in ./alarm-fields, the history in ./alarm-history.
 */
import { z } from 'zod';
import {
  type AlarmAction,
  alarmAction,
  alarmCondition,
  alarmFields,
  type AlarmLevel,
  type AlarmPeriod,
  type AlarmState,
  type AlarmType,
  alarmType,
  checkActionRules,
  type ComparisonOperator,
  type SuppressDuration,
} from './alarm-fields';
import { type CesMetaData, dimension, intParam, type MetricFilter, metricName, namespace, sortOrder } from './fields';

export const alarmPaths = {
  /** GET list, POST create (201 `{ alarm_id }`). */
  list: '/V1.0/:project_id/alarms',
  /** GET detail (`{ metric_alarms: [rule] }`), PUT modify (204), DELETE (204). */
  item: '/V1.0/:project_id/alarms/:alarm_id',
  /** PUT `{ alarm_enabled }` (204). */
  action: '/V1.0/:project_id/alarms/:alarm_id/action',
} as const;

/** POST /V1.0/{project_id}/alarms */
export const createAlarmRequest = z
  .object({
    alarm_name: alarmFields.alarm_name,
    alarm_description: alarmFields.alarm_description.optional(),
    metric: z
      .object({
        namespace,
        metric_name: metricName,
        dimensions: z.array(dimension).optional(),
        resource_group_id: z.string().min(1, 'The resource group ID cannot be blank.').optional(),
      })
      .refine((metric) => metric.resource_group_id !== undefined || (metric.dimensions?.length ?? 0) > 0, {
        path: ['dimensions'],
        message: 'Select at least one dimension (required unless a resource group is used).',
      }),
    condition: alarmCondition,
    alarm_enabled: z.boolean('alarm_enabled must be true or false.').optional(),
    alarm_action_enabled: z.boolean('alarm_action_enabled must be true or false.').optional(),
    alarm_level: alarmFields.alarm_level.optional(),
    alarm_type: alarmType.optional(),
    alarm_actions: z.array(alarmAction).optional(),
    ok_actions: z.array(alarmAction).optional(),
  })
  .superRefine((body, ctx) => checkActionRules(body, ctx, true));
export type CreateAlarmRequest = z.infer<typeof createAlarmRequest>;

export interface CreateAlarmResponse {
  alarm_id: string;
}

/** PUT /V1.0/{project_id}/alarms/{alarm_id}: the metric and its dimensions cannot be changed. */
export const modifyAlarmRequest = z
  .object({
    alarm_name: alarmFields.alarm_name.optional(),
    alarm_description: alarmFields.alarm_description.optional(),
    metric: z.never({ error: 'The metric and dimensions of an alarm rule cannot be modified.' }).optional(),
    condition: alarmCondition.optional(),
    alarm_action_enabled: z.boolean('alarm_action_enabled must be true or false.').optional(),
    alarm_level: alarmFields.alarm_level.optional(),
    /** Must equal the rule's current type (checked by the service). */
    alarm_type: alarmType.optional(),
    alarm_actions: z.array(alarmAction).optional(),
    ok_actions: z.array(alarmAction).optional(),
  })
  .superRefine((body, ctx) => {
    if (Object.values(body).every((value) => value === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'The request must change at least one field.' });
    }
    checkActionRules(body, ctx, false);
  });
export type ModifyAlarmRequest = z.infer<typeof modifyAlarmRequest>;

/** PUT /V1.0/{project_id}/alarms/{alarm_id}/action */
export const setAlarmEnabledRequest = z.object({
  alarm_enabled: z.boolean('alarm_enabled must be true or false.'),
});
export type SetAlarmEnabledRequest = z.infer<typeof setAlarmEnabledRequest>;

export const ALARM_LIST_LIMIT_MAX = 100;

/** GET /V1.0/{project_id}/alarms: `start` is the alarm_id to start from. */
export const listAlarmsQuery = z.object({
  start: z.string().min(1, 'The start alarm ID cannot be blank.').optional(),
  limit: intParam('limit', 1, ALARM_LIST_LIMIT_MAX).default(ALARM_LIST_LIMIT_MAX),
  order: sortOrder.default('desc'),
});
export type ListAlarmsQuery = z.input<typeof listAlarmsQuery>;

export interface AlarmCondition {
  period: AlarmPeriod;
  filter: MetricFilter;
  comparison_operator: ComparisonOperator;
  value: number;
  unit?: string;
  count: number;
  suppress_duration?: SuppressDuration;
}

export interface AlarmMetric {
  namespace: string;
  metric_name: string;
  dimensions: { name: string; value: string }[];
  resource_group_id?: string;
}

export interface MetricAlarm {
  alarm_id: string;
  alarm_name: string;
  alarm_description: string;
  metric: AlarmMetric;
  condition: AlarmCondition;
  alarm_enabled: boolean;
  alarm_level: AlarmLevel;
  alarm_action_enabled: boolean;
  alarm_actions?: AlarmAction[];
  ok_actions?: AlarmAction[];
  alarm_type?: AlarmType;
  /** When the alarm state last changed, UNIX ms. */
  update_time: number;
  alarm_state: AlarmState;
}

export interface AlarmListResponse {
  metric_alarms: MetricAlarm[];
  meta_data: CesMetaData;
}

/** The detail API answers with a one-element list. */
export interface AlarmDetailResponse {
  metric_alarms: [MetricAlarm];
}
