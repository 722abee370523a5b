/**
 * The Create/Modify Alarm Rule form (FEATURES §10.2, §10.3; api/ces/alarm_rules/creating_an_alarm_rule.rst).
 * The form's values become the API body, and the body is checked with the contract's own schema, so a field
 * rejects exactly what the API rejects, with its message. One topic list serves both notification triggers:
 * the API requires alarm_actions and ok_actions to notify the same topics.
 */
import { z } from 'zod';
import {
  alarmFields,
  MAX_NOTIFICATION_TARGETS,
  type AlarmAction,
  type AlarmLevel,
  type ComparisonOperator,
  type SuppressDuration,
} from '../../../../contract/ces/alarm-fields';
import {
  createAlarmRequest,
  type CreateAlarmRequest,
  type MetricAlarm,
  type ModifyAlarmRequest,
} from '../../../../contract/ces/alarms';
import {
  ALARM_DIMENSION_KEYS,
  alarmDimensionKind,
  type AlarmDimensionKind,
} from '../../../../contract/ces/elb-alarm-targets';
import { ELB_NAMESPACE } from '../../../../contract/ces/metrics';
import type { MetricFilter, MetricPeriod } from '../../../../contract/ces/fields';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';

export interface AlarmFormValues {
  name: string;
  description: string;
  dimension: AlarmDimensionKind;
  loadBalancerId: string;
  listenerId: string;
  metricName: string;
  /** Selects hold text: period, suppress and level are numbers as strings. */
  period: string;
  filter: MetricFilter;
  operator: ComparisonOperator;
  value: number | null;
  unit: string;
  count: number | null;
  suppress: string;
  level: string;
  enabled: boolean;
  actionEnabled: boolean;
  notifyOnAlarm: boolean;
  notifyOnOk: boolean;
  /** SMN topic URNs, one a line. */
  topics: string;
}

export const emptyAlarmForm: AlarmFormValues = {
  name: '',
  description: '',
  dimension: 'lb',
  loadBalancerId: '',
  listenerId: '',
  metricName: '',
  period: '300',
  filter: 'average',
  operator: '>',
  value: null,
  unit: '',
  count: 3,
  suppress: '0',
  level: '2',
  enabled: true,
  actionEnabled: false,
  notifyOnAlarm: true,
  notifyOnOk: true,
  topics: '',
};

export const topicList = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((topic) => topic.trim())
    .filter((topic) => topic !== '');

const idOf = (dimensions: readonly { name: string; value: string }[], key: string) =>
  dimensions.find((dimension) => dimension.name === key)?.value ?? '';

/** A name the API accepts, from the resource and metric names. */
const suggestedName = (resourceName: string, metricName: string): string =>
  `${resourceName}-${metricName}`.replace(/[^\w-]/g, '-').slice(0, 128);

export function alarmFormOfPrefill(prefill: AlarmPrefill): AlarmFormValues {
  const dimension = alarmDimensionKind(prefill.dimensions);
  const usable = dimension !== undefined && dimension !== 'classic_lb';
  return {
    ...emptyAlarmForm,
    name: suggestedName(prefill.resourceName, prefill.metricName),
    dimension: usable ? dimension : 'lb',
    loadBalancerId: idOf(prefill.dimensions, 'lbaas_instance_id'),
    listenerId: idOf(prefill.dimensions, 'lbaas_listener_id'),
    metricName: prefill.metricName,
    unit: prefill.unit,
    value: prefill.value === undefined ? null : Math.round(prefill.value * 1000) / 1000,
  };
}

export function alarmFormOf(rule: MetricAlarm): AlarmFormValues {
  const dimension = alarmDimensionKind(rule.metric.dimensions);
  const actions = rule.alarm_actions ?? [];
  const okActions = rule.ok_actions ?? [];
  const topics = [...actions, ...okActions].flatMap((action) => action.notificationList);
  return {
    name: rule.alarm_name,
    description: rule.alarm_description,
    dimension: dimension && dimension !== 'classic_lb' ? dimension : 'lb',
    loadBalancerId: idOf(rule.metric.dimensions, 'lbaas_instance_id'),
    listenerId: idOf(rule.metric.dimensions, 'lbaas_listener_id'),
    metricName: rule.metric.metric_name,
    period: String(rule.condition.period),
    filter: rule.condition.filter,
    operator: rule.condition.comparison_operator,
    value: rule.condition.value,
    unit: rule.condition.unit ?? '',
    count: rule.condition.count,
    suppress: String(rule.condition.suppress_duration ?? 0),
    level: String(rule.alarm_level),
    enabled: rule.alarm_enabled,
    actionEnabled: rule.alarm_action_enabled,
    notifyOnAlarm: actions.length > 0 || okActions.length === 0,
    notifyOnOk: okActions.length > 0,
    topics: [...new Set(topics)].join('\n'),
  };
}

function dimensionsOf(values: AlarmFormValues): { name: string; value: string }[] {
  const ids: Record<string, string> = {
    lbaas_instance_id: values.loadBalancerId,
    lbaas_listener_id: values.listenerId,
  };
  return ALARM_DIMENSION_KEYS[values.dimension].map((name) => ({ name, value: ids[name] ?? '' }));
}

function actionsOf(values: AlarmFormValues): { alarm_actions: AlarmAction[]; ok_actions: AlarmAction[] } {
  const action: AlarmAction[] = values.actionEnabled
    ? [{ type: 'notification', notificationList: topicList(values.topics) }]
    : [];
  return { alarm_actions: values.notifyOnAlarm ? action : [], ok_actions: values.notifyOnOk ? action : [] };
}

/** The create body; numbers left blank travel as null so the contract names the missing field. */
export function createAlarmBody(values: AlarmFormValues): CreateAlarmRequest {
  const actions = actionsOf(values);
  return {
    alarm_name: values.name,
    alarm_description: values.description,
    metric: { namespace: ELB_NAMESPACE, metric_name: values.metricName, dimensions: dimensionsOf(values) },
    condition: {
      period: Number(values.period) as MetricPeriod,
      filter: values.filter,
      comparison_operator: values.operator,
      value: values.value as number,
      ...(values.unit ? { unit: values.unit } : {}),
      count: values.count as number,
      suppress_duration: Number(values.suppress) as SuppressDuration,
    },
    alarm_enabled: values.enabled,
    alarm_action_enabled: values.actionEnabled,
    alarm_level: Number(values.level) as AlarmLevel,
    ...(actions.alarm_actions.length > 0 ? { alarm_actions: actions.alarm_actions } : {}),
    ...(actions.ok_actions.length > 0 ? { ok_actions: actions.ok_actions } : {}),
  };
}

/** Modify sends every editable field (the metric cannot change); empty lists clear the actions. */
export function modifyAlarmBody(values: AlarmFormValues): ModifyAlarmRequest {
  const { alarm_name, alarm_description, condition, alarm_action_enabled, alarm_level } = createAlarmBody(values);
  return { alarm_name, alarm_description, condition, alarm_action_enabled, alarm_level, ...actionsOf(values) };
}

/** Contract paths → form fields, so each API rule shows under the field that broke it. */
function fieldOf(path: readonly PropertyKey[]): keyof AlarmFormValues {
  const [head, next] = path.map(String);
  const byCondition: Record<string, keyof AlarmFormValues> = {
    value: 'value',
    count: 'count',
    unit: 'unit',
    period: 'period',
    filter: 'filter',
    comparison_operator: 'operator',
    suppress_duration: 'suppress',
  };
  if (head === 'alarm_name') return 'name';
  if (head === 'alarm_description') return 'description';
  if (head === 'condition') return byCondition[next ?? ''] ?? 'value';
  if (head === 'metric') return next === 'dimensions' ? 'loadBalancerId' : 'metricName';
  if (head === 'alarm_level') return 'level';
  return 'topics';
}

const RESOURCE_MESSAGES = {
  loadBalancerId: 'Select a load balancer.',
  listenerId: 'Select a listener.',
} as const;

export const alarmFormSchema = z.custom<AlarmFormValues>().superRefine((values, ctx) => {
  const keys = ALARM_DIMENSION_KEYS[values.dimension];
  if (keys.includes('lbaas_instance_id') && !values.loadBalancerId) {
    ctx.addIssue({ code: 'custom', path: ['loadBalancerId'], message: RESOURCE_MESSAGES.loadBalancerId });
  }
  if (keys.includes('lbaas_listener_id') && !values.listenerId) {
    ctx.addIssue({ code: 'custom', path: ['listenerId'], message: RESOURCE_MESSAGES.listenerId });
  }
  const topics = topicList(values.topics);
  if (values.actionEnabled) {
    topics.forEach((topic) => {
      const checked = alarmFields.smnTopicUrn.safeParse(topic);
      if (!checked.success) {
        ctx.addIssue({ code: 'custom', path: ['topics'], message: `${topic}: ${checked.error.issues[0]!.message}` });
      }
    });
    if (topics.length > MAX_NOTIFICATION_TARGETS) {
      ctx.addIssue({ code: 'custom', path: ['topics'], message: 'An action can notify at most 5 topics.' });
    }
  }
  const reported = new Set<string>();
  for (const issue of createAlarmRequest.safeParse(createAlarmBody(values)).error?.issues ?? []) {
    const field = fieldOf(issue.path);
    if (reported.has(field) || (field === 'loadBalancerId' && !values.loadBalancerId)) continue;
    reported.add(field);
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
});
