/**
 * Field rules of Cloud Eye alarm rules (FEATURES §10.2, C17; api/ces/alarm_rules/creating_an_alarm_rule.rst,
 * modifying_an_alarm_rule.rst): names, conditions, actions and the cross-field action rules.
 */
import { z } from 'zod';
import { METRIC_PERIODS, metricFilter, type MetricPeriod } from './fields';

export type AlarmState = 'ok' | 'alarm' | 'insufficient_data';
export const ALARM_STATES: readonly AlarmState[] = ['ok', 'alarm', 'insufficient_data'];

/** 1 critical, 2 major (default), 3 minor, 4 informational. */
export type AlarmLevel = 1 | 2 | 3 | 4;
export const ALARM_LEVELS = { 1: 'Critical', 2: 'Major', 3: 'Minor', 4: 'Informational' } as const;
export const DEFAULT_ALARM_LEVEL: AlarmLevel = 2;

export const COMPARISON_OPERATORS = ['>', '=', '<', '>=', '<=', '!='] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** How often a persisting alarm is repeated; 0 = only once. */
export const SUPPRESS_DURATIONS = [0, 300, 600, 900, 1800, 3600, 10800, 21600, 43200, 86400] as const;
export type SuppressDuration = (typeof SUPPRESS_DURATIONS)[number];

/** 0 is accepted only for event alarms (alarm_type EVENT.SYS or EVENT.CUSTOM). */
export type AlarmPeriod = 0 | MetricPeriod;
export type AlarmType = 'EVENT.SYS' | 'EVENT.CUSTOM' | 'RESOURCE_GROUP' | 'DNSHealthCheck' | 'MULTI_INSTANCE';
const EVENT_TYPES: readonly string[] = ['EVENT.SYS', 'EVENT.CUSTOM'];

export const MAX_NOTIFICATION_TARGETS = 5;
/** `urn:smn:<region>:<32-character project ID>:<topic name>`. */
export const SMN_URN_RE = /^urn:smn:[A-Za-z0-9-]{1,32}:[A-Za-z0-9]{32}:[\w-]{1,256}$/;

const THRESHOLD_MESSAGE = 'The threshold must be a number from 0 to Number.MAX_VALUE.';

export const alarmFields = {
  alarm_name: z
    .string()
    .min(1, { error: 'Enter an alarm rule name.', abort: true })
    .max(128, 'The alarm rule name can contain 1 to 128 characters.')
    .regex(/^[\w-]+$/, 'The alarm rule name can contain only letters, digits, underscores (_) and hyphens (-).'),
  alarm_description: z.string().max(256, 'The alarm description can contain at most 256 characters.'),
  period: z.literal([0, ...METRIC_PERIODS], 'The period must be 1, 300, 1200, 3600, 14400 or 86400 seconds.'),
  comparison_operator: z.enum(COMPARISON_OPERATORS, 'The operator must be >, =, <, >=, <= or !=.'),
  /** C17: the document prints 1.7976931348623157e+108 but names Number.MAX_VALUE; the latter is used. */
  value: z.number(THRESHOLD_MESSAGE).min(0, THRESHOLD_MESSAGE).max(Number.MAX_VALUE, THRESHOLD_MESSAGE),
  unit: z.string().max(32, 'The unit can contain at most 32 characters.'),
  count: z
    .number('Enter the number of consecutive periods.')
    .int('The number of consecutive periods must be a whole number from 1 to 5.')
    .min(1, 'The number of consecutive periods must be a whole number from 1 to 5.')
    .max(5, 'The number of consecutive periods must be a whole number from 1 to 5.'),
  suppress_duration: z.literal(
    SUPPRESS_DURATIONS,
    'The alarm interval must be 0, 300, 600, 900, 1800, 3600, 10800, 21600, 43200 or 86400 seconds.',
  ),
  alarm_level: z.literal(
    [1, 2, 3, 4],
    'The alarm severity must be 1 (critical), 2 (major), 3 (minor) or 4 (informational).',
  ),
  smnTopicUrn: z
    .string()
    .regex(SMN_URN_RE, 'Enter an SMN topic URN such as urn:smn:region:<32-character project ID>:topic.'),
};

export const alarmAction = z
  .object({
    type: z.enum(['notification', 'autoscaling'], 'The action type must be notification or autoscaling.'),
    notificationList: z
      .array(alarmFields.smnTopicUrn)
      .max(MAX_NOTIFICATION_TARGETS, 'An action can notify at most 5 topics.'),
  })
  .superRefine((action, ctx) => {
    if (action.type === 'notification' && action.notificationList.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['notificationList'],
        message: 'A notification action needs at least one SMN topic.',
      });
    }
    if (action.type === 'autoscaling' && action.notificationList.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['notificationList'],
        message: 'An autoscaling action must have an empty notificationList.',
      });
    }
  });
export type AlarmAction = z.infer<typeof alarmAction>;

export const alarmCondition = z.object({
  period: alarmFields.period,
  filter: metricFilter,
  comparison_operator: alarmFields.comparison_operator,
  value: alarmFields.value,
  unit: alarmFields.unit.optional(),
  count: alarmFields.count,
  suppress_duration: alarmFields.suppress_duration.optional(),
});
export type AlarmConditionInput = z.infer<typeof alarmCondition>;

export const alarmType = z.enum(
  ['EVENT.SYS', 'EVENT.CUSTOM', 'RESOURCE_GROUP'],
  'The alarm type must be EVENT.SYS, EVENT.CUSTOM or RESOURCE_GROUP.',
);

export interface ActionRules {
  alarm_action_enabled?: boolean | undefined;
  alarm_actions?: AlarmAction[] | undefined;
  ok_actions?: AlarmAction[] | undefined;
  alarm_type?: string | undefined;
  condition?: { period: number } | undefined;
}

/** The SMN topics of a list of actions, as a sorted set. */
export function notificationTargets(actions: readonly AlarmAction[] = []): string[] {
  return [...new Set(actions.flatMap((action) => action.notificationList))].sort();
}

/**
 * Cross-field rules shared by create and modify. `enabledByDefault`: create treats a missing
 * alarm_action_enabled as true (its documented default); modify checks only an explicit true.
 */
export function checkActionRules(body: ActionRules, ctx: z.RefinementCtx, enabledByDefault: boolean): void {
  const enabled = body.alarm_action_enabled ?? enabledByDefault;
  const alarmActions = body.alarm_actions ?? [];
  const okActions = body.ok_actions ?? [];
  if (enabled && alarmActions.length === 0 && okActions.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['alarm_actions'],
      message: 'When alarm actions are enabled, specify alarm_actions or ok_actions.',
    });
  }
  if (alarmActions.length > 0 && okActions.length > 0) {
    if (notificationTargets(alarmActions).join('\n') !== notificationTargets(okActions).join('\n')) {
      ctx.addIssue({
        code: 'custom',
        path: ['ok_actions'],
        message: 'alarm_actions and ok_actions must notify the same SMN topics.',
      });
    }
  }
  if (body.condition?.period === 0 && !EVENT_TYPES.includes(body.alarm_type ?? '')) {
    ctx.addIssue({
      code: 'custom',
      path: ['condition', 'period'],
      message: 'The period can be 0 only for event alarms (alarm_type EVENT.SYS or EVENT.CUSTOM).',
    });
  }
}
