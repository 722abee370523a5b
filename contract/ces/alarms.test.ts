import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import { alarmPaths, createAlarmRequest, listAlarmsQuery, modifyAlarmRequest, setAlarmEnabledRequest } from './alarms';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

const TOPIC = 'urn:smn:eu-de:68438a86d98e427e907e0097b7e35d48:elb-alarms';
const OTHER = 'urn:smn:eu-de:68438a86d98e427e907e0097b7e35d48:ops';
const notify = (...list: string[]) => [{ type: 'notification' as const, notificationList: list }];

const rule = {
  alarm_name: 'elb-connections',
  alarm_description: '',
  metric: {
    namespace: 'SYS.ELB',
    metric_name: 'm1_cps',
    dimensions: [{ name: 'lbaas_instance_id', value: '7ebe23cd-1d46-4a49-b707-1441c7f0d0d1' }],
  },
  condition: { period: 300, filter: 'average', comparison_operator: '>=', value: 1000, unit: 'count', count: 3 },
  alarm_enabled: true,
  alarm_action_enabled: true,
  alarm_level: 2,
  alarm_actions: notify(TOPIC),
  ok_actions: notify(TOPIC),
};

describe('alarm paths', () => {
  it('build the CES URLs', () => {
    expect(buildPath(alarmPaths.action, { project_id: 'p', alarm_id: 'al1' })).toBe('/V1.0/p/alarms/al1/action');
  });
});

describe('createAlarmRequest', () => {
  it('accepts a complete rule', () => expect(createAlarmRequest.safeParse(rule).success).toBe(true));

  it('requires actions when alarm actions are enabled, explicitly or by default', () => {
    const { alarm_actions: _a, ok_actions: _o, ...bare } = rule;
    const message = 'When alarm actions are enabled, specify alarm_actions or ok_actions.';
    expect(messages(createAlarmRequest.safeParse(bare))).toEqual([message]);
    const { alarm_action_enabled: _e, ...defaulted } = bare;
    expect(messages(createAlarmRequest.safeParse(defaulted))).toEqual([message]);
    expect(messages(createAlarmRequest.safeParse({ ...bare, alarm_actions: [], ok_actions: [] }))).toEqual([message]);
    expect(createAlarmRequest.safeParse({ ...bare, alarm_action_enabled: false }).success).toBe(true);
  });

  it('accepts either action list alone', () => {
    expect(createAlarmRequest.safeParse({ ...rule, ok_actions: undefined }).success).toBe(true);
    expect(createAlarmRequest.safeParse({ ...rule, alarm_actions: undefined }).success).toBe(true);
  });

  it('requires equal notification lists when both are present', () => {
    expect(messages(createAlarmRequest.safeParse({ ...rule, ok_actions: notify(OTHER) }))).toEqual([
      'alarm_actions and ok_actions must notify the same SMN topics.',
    ]);
    expect(
      createAlarmRequest.safeParse({ ...rule, alarm_actions: notify(TOPIC, OTHER), ok_actions: notify(OTHER, TOPIC) })
        .success,
    ).toBe(true);
  });

  it('requires dimensions unless a resource group is used', () => {
    const noDims = { ...rule, metric: { namespace: 'SYS.ELB', metric_name: 'm1_cps' } };
    expect(messages(createAlarmRequest.safeParse(noDims))).toEqual([
      'Select at least one dimension (required unless a resource group is used).',
    ]);
    expect(createAlarmRequest.safeParse({ ...noDims, metric: { ...noDims.metric, dimensions: [] } }).success).toBe(
      false,
    );
    expect(
      createAlarmRequest.safeParse({ ...noDims, metric: { ...noDims.metric, resource_group_id: 'rg16037865264' } })
        .success,
    ).toBe(true);
  });

  it('allows period 0 only for event alarms', () => {
    const event = { ...rule, condition: { ...rule.condition, period: 0 } };
    expect(messages(createAlarmRequest.safeParse(event))).toEqual([
      'The period can be 0 only for event alarms (alarm_type EVENT.SYS or EVENT.CUSTOM).',
    ]);
    expect(createAlarmRequest.safeParse({ ...event, alarm_type: 'EVENT.SYS' }).success).toBe(true);
    expect(createAlarmRequest.safeParse({ ...event, alarm_type: 'EVENT.CUSTOM' }).success).toBe(true);
    expect(createAlarmRequest.safeParse({ ...rule, alarm_type: 'EVENT.OTHER' }).success).toBe(false);
  });

  it('checks the metric, level and name', () => {
    expect(createAlarmRequest.safeParse({ ...rule, metric: { ...rule.metric, namespace: 'ELB' } }).success).toBe(false);
    expect(createAlarmRequest.safeParse({ ...rule, metric: { ...rule.metric, metric_name: '' } }).success).toBe(false);
    expect(createAlarmRequest.safeParse({ ...rule, alarm_level: 5 }).success).toBe(false);
    expect(createAlarmRequest.safeParse({ ...rule, alarm_name: 'x'.repeat(129) }).success).toBe(false);
  });
});

describe('modifyAlarmRequest', () => {
  it('accepts a partial change', () => {
    expect(modifyAlarmRequest.safeParse({ alarm_name: 'renamed' }).success).toBe(true);
    expect(modifyAlarmRequest.safeParse({ condition: { ...rule.condition, count: 5 } }).success).toBe(true);
  });
  it('refuses the metric (it cannot be changed) and an empty body', () => {
    expect(messages(modifyAlarmRequest.safeParse({ alarm_name: 'x', metric: rule.metric }))).toEqual([
      'The metric and dimensions of an alarm rule cannot be modified.',
    ]);
    expect(messages(modifyAlarmRequest.safeParse({}))).toEqual(['The request must change at least one field.']);
  });
  it('applies the action rules when alarm actions are turned on', () => {
    expect(modifyAlarmRequest.safeParse({ alarm_action_enabled: true }).success).toBe(false);
    expect(modifyAlarmRequest.safeParse({ alarm_action_enabled: true, ok_actions: notify(TOPIC) }).success).toBe(true);
    expect(modifyAlarmRequest.safeParse({ alarm_action_enabled: false }).success).toBe(true);
    expect(modifyAlarmRequest.safeParse({ alarm_actions: notify(TOPIC), ok_actions: notify(OTHER) }).success).toBe(
      false,
    );
  });
  it('keeps the condition ranges', () => {
    expect(modifyAlarmRequest.safeParse({ condition: { ...rule.condition, count: 6 } }).success).toBe(false);
    expect(modifyAlarmRequest.safeParse({ condition: { ...rule.condition, value: -1 } }).success).toBe(false);
  });
});

describe('setAlarmEnabledRequest', () => {
  it('takes a boolean alarm_enabled', () => {
    expect(setAlarmEnabledRequest.safeParse({ alarm_enabled: false }).success).toBe(true);
    expect(setAlarmEnabledRequest.safeParse({ alarm_enabled: 'true' }).success).toBe(false);
    expect(setAlarmEnabledRequest.safeParse({}).success).toBe(false);
  });
});

describe('listAlarmsQuery', () => {
  it('defaults to 100 records, newest first', () => {
    expect(listAlarmsQuery.parse({})).toEqual({ limit: 100, order: 'desc' });
  });
  it('accepts limit 1 to 100', () => {
    expect(listAlarmsQuery.parse({ limit: '1', start: 'al1441967036681YkazZ0deN', order: 'asc' }).limit).toBe(1);
    expect(listAlarmsQuery.parse({ limit: 100 }).limit).toBe(100);
    expect(messages(listAlarmsQuery.safeParse({ limit: 0 }))).toEqual(['limit must be a whole number from 1 to 100.']);
    expect(listAlarmsQuery.safeParse({ limit: 101 }).success).toBe(false);
    expect(listAlarmsQuery.safeParse({ order: 'newest' }).success).toBe(false);
  });
});
