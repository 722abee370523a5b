import { describe, expect, it } from 'vitest';
import { alarmAction, alarmCondition, alarmFields, notificationTargets } from './alarm-fields';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

const PROJECT = '68438a86d98e427e907e0097b7e35d48';
const urn = (topic = 'sd', region = 'eu-de', project = PROJECT) => `urn:smn:${region}:${project}:${topic}`;

describe('alarm_name and alarm_description', () => {
  it('accepts 1 to 128 letters, digits, _ and -', () => {
    expect(alarmFields.alarm_name.safeParse('a').success).toBe(true);
    expect(alarmFields.alarm_name.safeParse(`alarm-${'x'.repeat(122)}`).success).toBe(true);
    expect(alarmFields.alarm_name.safeParse('alarm_rp0E-1').success).toBe(true);
  });
  it('refuses blank, 129 characters and other characters', () => {
    expect(messages(alarmFields.alarm_name.safeParse(''))).toEqual(['Enter an alarm rule name.']);
    expect(messages(alarmFields.alarm_name.safeParse('x'.repeat(129)))).toEqual([
      'The alarm rule name can contain 1 to 128 characters.',
    ]);
    expect(alarmFields.alarm_name.safeParse('my alarm').success).toBe(false);
    expect(alarmFields.alarm_name.safeParse('alarm@1').success).toBe(false);
  });
  it('accepts a description of 0 to 256 characters', () => {
    expect(alarmFields.alarm_description.safeParse('').success).toBe(true);
    expect(alarmFields.alarm_description.safeParse('d'.repeat(256)).success).toBe(true);
    expect(alarmFields.alarm_description.safeParse('d'.repeat(257)).success).toBe(false);
  });
});

describe('condition', () => {
  const condition = { period: 300, filter: 'average', comparison_operator: '>=', value: 6, unit: 'count', count: 1 };
  it('accepts the documented example', () => expect(alarmCondition.safeParse(condition).success).toBe(true));

  it('C17: accepts thresholds from 0 to Number.MAX_VALUE', () => {
    for (const value of [0, 0.5, 1e108, 1e109, 1e300, Number.MAX_VALUE]) {
      expect(alarmCondition.safeParse({ ...condition, value }).success).toBe(true);
    }
  });
  it('C17: refuses negative, infinite and non-numeric thresholds', () => {
    for (const value of [-0.001, -Number.MIN_VALUE, Infinity, Number.NaN, '5']) {
      expect(messages(alarmCondition.safeParse({ ...condition, value }))).toEqual([
        'The threshold must be a number from 0 to Number.MAX_VALUE.',
      ]);
    }
  });
  it('accepts 1 to 5 consecutive periods', () => {
    expect(alarmCondition.safeParse({ ...condition, count: 1 }).success).toBe(true);
    expect(alarmCondition.safeParse({ ...condition, count: 5 }).success).toBe(true);
    for (const count of [0, 6, 2.5]) {
      expect(messages(alarmCondition.safeParse({ ...condition, count }))).toEqual([
        'The number of consecutive periods must be a whole number from 1 to 5.',
      ]);
    }
  });
  it('accepts the documented periods (0 is checked against the alarm type elsewhere)', () => {
    for (const period of [0, 1, 300, 1200, 3600, 14400, 86400]) {
      expect(alarmCondition.safeParse({ ...condition, period }).success).toBe(true);
    }
    expect(alarmCondition.safeParse({ ...condition, period: 60 }).success).toBe(false);
  });
  it('accepts the documented operators and filters only', () => {
    for (const op of ['>', '=', '<', '>=', '<=', '!=']) {
      expect(alarmCondition.safeParse({ ...condition, comparison_operator: op }).success).toBe(true);
    }
    expect(alarmCondition.safeParse({ ...condition, comparison_operator: '==' }).success).toBe(false);
    expect(alarmCondition.safeParse({ ...condition, filter: 'p99' }).success).toBe(false);
  });
  it('accepts the suppress_duration set only', () => {
    for (const suppress_duration of [0, 300, 600, 900, 1800, 3600, 10800, 21600, 43200, 86400]) {
      expect(alarmCondition.safeParse({ ...condition, suppress_duration }).success).toBe(true);
    }
    for (const suppress_duration of [1, 299, 7200, 86401]) {
      expect(alarmCondition.safeParse({ ...condition, suppress_duration }).success).toBe(false);
    }
  });
  it('limits the unit to 32 characters', () => {
    expect(alarmCondition.safeParse({ ...condition, unit: 'u'.repeat(32) }).success).toBe(true);
    expect(alarmCondition.safeParse({ ...condition, unit: 'u'.repeat(33) }).success).toBe(false);
  });
});

describe('alarm_level', () => {
  it('accepts 1 to 4 only', () => {
    for (const level of [1, 2, 3, 4]) expect(alarmFields.alarm_level.safeParse(level).success).toBe(true);
    for (const level of [0, 5, 2.5]) expect(alarmFields.alarm_level.safeParse(level).success).toBe(false);
  });
});

describe('SMN topic URN', () => {
  it('accepts the documented pattern at its limits', () => {
    expect(alarmFields.smnTopicUrn.safeParse(urn()).success).toBe(true);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t', 'r'.repeat(32))).success).toBe(true);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t'.repeat(256))).success).toBe(true);
    expect(alarmFields.smnTopicUrn.safeParse(urn('my_topic-1')).success).toBe(true);
  });
  it('refuses anything outside it', () => {
    expect(alarmFields.smnTopicUrn.safeParse(urn('t', 'r'.repeat(33))).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t', '')).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t'.repeat(257))).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t', 'eu-de', PROJECT.slice(1))).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(urn('t', 'eu-de', `${PROJECT}0`)).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(urn('a.b')).success).toBe(false);
    expect(alarmFields.smnTopicUrn.safeParse(`urn:sms:eu-de:${PROJECT}:t`).success).toBe(false);
  });
});

describe('alarmAction', () => {
  it('accepts 1 to 5 topics for a notification', () => {
    expect(alarmAction.safeParse({ type: 'notification', notificationList: [urn()] }).success).toBe(true);
    const five = ['a', 'b', 'c', 'd', 'e'].map((t) => urn(t));
    expect(alarmAction.safeParse({ type: 'notification', notificationList: five }).success).toBe(true);
    expect(messages(alarmAction.safeParse({ type: 'notification', notificationList: [...five, urn('f')] }))).toEqual([
      'An action can notify at most 5 topics.',
    ]);
    expect(messages(alarmAction.safeParse({ type: 'notification', notificationList: [] }))).toEqual([
      'A notification action needs at least one SMN topic.',
    ]);
  });
  it('requires an empty list for autoscaling', () => {
    expect(alarmAction.safeParse({ type: 'autoscaling', notificationList: [] }).success).toBe(true);
    expect(messages(alarmAction.safeParse({ type: 'autoscaling', notificationList: [urn()] }))).toEqual([
      'An autoscaling action must have an empty notificationList.',
    ]);
    expect(alarmAction.safeParse({ type: 'email', notificationList: [] }).success).toBe(false);
  });
  it('collects the topics of several actions as a sorted set', () => {
    const actions = [
      { type: 'notification' as const, notificationList: [urn('b'), urn('a')] },
      { type: 'notification' as const, notificationList: [urn('a')] },
    ];
    expect(notificationTargets(actions)).toEqual([urn('a'), urn('b')]);
    expect(notificationTargets()).toEqual([]);
  });
});
