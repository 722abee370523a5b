import { describe, expect, it } from 'vitest';
import type { MetricAlarm } from '../../../../contract/ces/alarms';
import {
  alarmFormOf,
  alarmFormOfPrefill,
  alarmFormSchema,
  createAlarmBody,
  emptyAlarmForm,
  modifyAlarmBody,
  type AlarmFormValues,
} from './alarm-form';

const TOPIC = 'urn:smn:eu-de:6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7:ops';
const valid: AlarmFormValues = {
  ...emptyAlarmForm,
  name: 'web-5xx',
  loadBalancerId: 'lb-1',
  metricName: 'mf_l7_http_5xx',
  value: 5,
  unit: 'count/s',
};

/** The first message per field. */
function errors(values: AlarmFormValues): Record<string, string> {
  const result = alarmFormSchema.safeParse(values);
  const out: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe('alarm form', () => {
  it('accepts a complete rule and builds the documented body', () => {
    expect(errors(valid)).toEqual({});
    expect(createAlarmBody(valid)).toEqual({
      alarm_name: 'web-5xx',
      alarm_description: '',
      metric: {
        namespace: 'SYS.ELB',
        metric_name: 'mf_l7_http_5xx',
        dimensions: [{ name: 'lbaas_instance_id', value: 'lb-1' }],
      },
      condition: {
        period: 300,
        filter: 'average',
        comparison_operator: '>',
        value: 5,
        unit: 'count/s',
        count: 3,
        suppress_duration: 0,
      },
      alarm_enabled: true,
      alarm_action_enabled: false,
      alarm_level: 2,
    });
  });

  it.each([
    ['name', { name: 'x'.repeat(128) }, undefined],
    ['name', { name: 'x'.repeat(129) }, 'The alarm rule name can contain 1 to 128 characters.'],
    ['description', { description: 'x'.repeat(257) }, 'The alarm description can contain at most 256 characters.'],
    ['count', { count: 0 }, 'The number of consecutive periods must be a whole number from 1 to 5.'],
    ['count', { count: 5 }, undefined],
    ['value', { value: 0 }, undefined],
    ['value', { value: Number.MAX_VALUE }, undefined],
    ['value', { value: Infinity }, 'The threshold must be a number from 0 to Number.MAX_VALUE.'],
    ['value', { value: -0.1 }, 'The threshold must be a number from 0 to Number.MAX_VALUE.'],
    ['unit', { unit: 'u'.repeat(33) }, 'The unit can contain at most 32 characters.'],
    ['listenerId', { dimension: 'lb_listener' as const }, 'Select a listener.'],
  ])('%s %j → %s', (field, patch, message) => {
    expect(errors({ ...valid, ...patch })[field]).toBe(message);
  });

  it('checks every topic, at most 5, and at least one trigger', () => {
    const notify = { ...valid, actionEnabled: true };
    expect(errors({ ...notify, topics: TOPIC })).toEqual({});
    expect(errors({ ...notify, topics: 'urn:smn:x' }).topics).toMatch(/^urn:smn:x: Enter an SMN topic URN/);
    expect(errors({ ...notify, topics: Array(6).fill(TOPIC).join('\n') }).topics).toBe(
      'An action can notify at most 5 topics.',
    );
    expect(errors({ ...notify, topics: '' }).topics).toBe('A notification action needs at least one SMN topic.');
    expect(errors({ ...notify, topics: TOPIC, notifyOnAlarm: false, notifyOnOk: false }).topics).toBe(
      'When alarm actions are enabled, specify alarm_actions or ok_actions.',
    );
    const body = createAlarmBody({ ...notify, topics: `${TOPIC}\n${TOPIC}`, notifyOnOk: false });
    expect(body.alarm_actions).toEqual([{ type: 'notification', notificationList: [TOPIC, TOPIC] }]);
    expect(body.ok_actions).toBeUndefined();
  });

  it('round-trips a rule and sends empty action lists to clear them on modify', () => {
    const rule: MetricAlarm = {
      alarm_id: 'al1',
      update_time: 0,
      alarm_state: 'ok',
      ...createAlarmBody({ ...valid, actionEnabled: true, topics: TOPIC }),
      alarm_description: '',
      alarm_enabled: true,
      alarm_level: 2,
      alarm_action_enabled: true,
      metric: { ...createAlarmBody(valid).metric, dimensions: [{ name: 'lbaas_instance_id', value: 'lb-1' }] },
    };
    const form = alarmFormOf(rule);
    expect(form).toMatchObject({ topics: TOPIC, notifyOnAlarm: true, notifyOnOk: true, loadBalancerId: 'lb-1' });
    expect(modifyAlarmBody({ ...form, actionEnabled: false })).toMatchObject({ alarm_actions: [], ok_actions: [] });
  });

  it('starts from a chart: its metric and resource, the threshold from its value, a valid name', () => {
    const form = alarmFormOfPrefill({
      metricName: 'm4_ncps',
      dimensions: [{ name: 'lbaas_listener_id', value: 'l-1' }],
      unit: 'count/s',
      resourceName: 'listener http 80',
      value: 12.34567,
    });
    expect(form).toMatchObject({
      dimension: 'listener',
      listenerId: 'l-1',
      value: 12.346,
      name: 'listener-http-80-m4_ncps',
    });
  });
});
