/** Alarm rules (api/ces/alarm_rules/*.rst; FEATURES §10.2, §10.3): CRUD, paging, errors and derived states. */
import { describe, expect, it } from 'vitest';
import type { AlarmHistoryResponse } from '../../../contract/ces/alarm-history';
import type { AlarmDetailResponse, AlarmListResponse, CreateAlarmResponse } from '../../../contract/ces/alarms';
import { harness, type Harness } from '../../testing/harness';
import { lbByName, listenerIdByName, V2 } from '../../testing/elb';

const ALARMS = '/V1.0/:project_id/alarms';
const HISTORY = '/V1.0/:project_id/alarm-histories';
const TOPIC = 'urn:smn:eu-de:6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7:ops';

async function send<T>(h: Harness, method: string, path: string, body: unknown, status: number): Promise<T> {
  const res = await h.send<T>(method, path, body);
  expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

async function cesError(h: Harness, method: string, path: string, body: unknown, status: number, code: string) {
  const res = await send<{ error: { code: string; message: string } }>(h, method, path, body, status);
  expect(res.error.code).toBe(code);
  return res.error.message;
}

async function ruleOn(h: Harness, lbName: string, patch: Record<string, unknown> = {}) {
  const lb = await lbByName(h, lbName);
  return {
    alarm_name: 'unhealthy-servers',
    metric: {
      namespace: 'SYS.ELB',
      metric_name: 'm9_abnormal_servers',
      dimensions: [{ name: 'lbaas_instance_id', value: lb.id }],
    },
    condition: { period: 1, filter: 'max', comparison_operator: '>', value: 0, count: 1 },
    alarm_action_enabled: false,
    ...patch,
  };
}

async function create(h: Harness, body: unknown): Promise<string> {
  return (await send<CreateAlarmResponse>(h, 'POST', ALARMS, body, 201)).alarm_id;
}

const detail = async (h: Harness, id: string) =>
  (await send<AlarmDetailResponse>(h, 'GET', `${ALARMS}/${id}`, undefined, 200)).metric_alarms[0];

/**
 * Disables a member of the web pool: it counts as an unhealthy server from that minute on (a dated change;
 * series.ts cannot date a health-check port change, so that one would apply to the past too).
 */
async function disableWebMember(h: Harness) {
  const pool = h.cloud.store.read((tx) => tx.all('pools').find((row) => row.name === 'server_group-web')!);
  const member = h.cloud.store.read((tx) => tx.all('members').find((row) => row.pool_id === pool.id)!);
  await send(h, 'PUT', `${V2}/pools/${pool.id}/members/${member.id}`, { member: { admin_state_up: false } }, 200);
}

describe('alarm rules', () => {
  it('creates a rule with the documented defaults and derives its state from the metrics', async () => {
    const h = harness();
    const id = await create(h, await ruleOn(h, 'elb-web-prod'));
    expect(id).toMatch(/^al\d{13}[0-9a-f]{10}$/);
    expect(await detail(h, id)).toMatchObject({
      alarm_id: id,
      alarm_description: '',
      alarm_enabled: true,
      alarm_level: 2,
      alarm_state: 'ok',
    });
    await disableWebMember(h);
    h.clock.advance(60_000);
    expect((await detail(h, id))?.alarm_state).toBe('alarm');
  });

  it('shows the demo rules in their real states', async () => {
    const h = harness();
    const list = await send<AlarmListResponse>(h, 'GET', ALARMS, undefined, 200);
    const states = Object.fromEntries(list.metric_alarms.map((rule) => [rule.alarm_name, rule.alarm_state]));
    expect(states['elb-api-internal-unhealthy-servers']).toBe('alarm');
    expect(states['elb-staging-response-time']).toBe('insufficient_data');
    expect(list.meta_data).toEqual({ count: 4, marker: list.metric_alarms[3]!.alarm_id, total: 4 });
  });

  it('refuses what the API refuses, in the CES error body', async () => {
    const h = harness();
    const rule = await ruleOn(h, 'elb-web-prod');
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    const invalid = (body: unknown) => cesError(h, 'POST', ALARMS, body, 400, 'ces.0014');
    expect(await invalid({ ...rule, alarm_name: 'has space' })).toBe(
      'Invalid alarm_name: The alarm rule name can contain only letters, digits, underscores (_) and hyphens (-).',
    );
    expect(await invalid({ ...rule, condition: { ...rule.condition, count: 6 } })).toMatch(/condition\[count\]/);
    const dims = (dimensions: unknown[], metric_name = 'm1_cps') => ({
      ...rule,
      metric: { ...rule.metric, metric_name, dimensions },
    });
    expect(await invalid(dims([{ name: 'lbaas_instance_id', value: 'missing-lb' }]))).toBe(
      'Invalid metric[dimensions]: Load balancer missing-lb does not exist.',
    );
    expect(await invalid(dims([{ name: 'lbaas_listener_id', value: tcp }], 'mb_l7_qps'))).toBe(
      'Invalid metric[metric_name]: mb_l7_qps is reported only for HTTP and HTTPS listeners.',
    );
    expect(await invalid(dims([{ name: 'lbaas_listener_id', value: tcp }], 'm9_abnormal_servers'))).toMatch(
      /not reported for the dimension lbaas_listener_id/,
    );
    const web = rule.metric.dimensions[0]!;
    expect(await invalid(dims([web, { name: 'lbaas_listener_id', value: tcp }]))).toMatch(
      /does not belong to load balancer/,
    );
    expect(await invalid({ ...rule, metric: { ...rule.metric, namespace: 'SYS.ECS' } })).toMatch(
      /SYS\.ECS is not monitored/,
    );
    expect(await invalid({ ...rule, alarm_type: 'EVENT.SYS' })).toMatch(/Invalid alarm_type/);
    expect(await invalid({ ...rule, alarm_action_enabled: true })).toMatch(/specify alarm_actions or ok_actions/);
    expect(await cesError(h, 'POST', ALARMS, undefined, 400, 'ces.0001')).toBe('The content must be specified.');
    expect(await cesError(h, 'GET', `${ALARMS}/al0`, undefined, 404, 'ces.0016')).toBe(
      'The alarm rule al0 does not exist.',
    );
  });

  it('pages by start (the alarm after which to begin), limit and order', async () => {
    const h = harness();
    const all = (await send<AlarmListResponse>(h, 'GET', `${ALARMS}?order=asc`, undefined, 200)).metric_alarms;
    const ids = all.map((rule) => rule.alarm_id);
    expect([...ids].sort()).toEqual(ids);
    const first = await send<AlarmListResponse>(h, 'GET', `${ALARMS}?order=asc&limit=3`, undefined, 200);
    expect(first.meta_data).toEqual({ count: 3, marker: ids[2], total: 4 });
    const next = await send<AlarmListResponse>(h, 'GET', `${ALARMS}?order=asc&limit=3&start=${ids[2]}`, undefined, 200);
    expect(next.metric_alarms.map((rule) => rule.alarm_id)).toEqual([ids[3]]);
    const desc = await send<AlarmListResponse>(h, 'GET', ALARMS, undefined, 200);
    expect(desc.metric_alarms.map((rule) => rule.alarm_id)).toEqual([...ids].reverse());
    expect(await cesError(h, 'GET', `${ALARMS}?limit=101`, undefined, 400, 'ces.0013')).toMatch(/from 1 to 100/);
    expect(await cesError(h, 'GET', `${ALARMS}?start=al1`, undefined, 400, 'ces.0013')).toMatch(/al1 does not exist/);
  });

  it('modifies everything but the metric and the type, keeping the action rules on the result', async () => {
    const h = harness();
    const id = await create(h, await ruleOn(h, 'elb-web-prod'));
    const path = `${ALARMS}/${id}`;
    await send(h, 'PUT', path, { alarm_name: 'renamed', alarm_level: 1 }, 204);
    expect(await detail(h, id)).toMatchObject({ alarm_name: 'renamed', alarm_level: 1 });
    expect(await cesError(h, 'PUT', path, { metric: { metric_name: 'm1_cps' } }, 400, 'ces.0014')).toMatch(
      /cannot be modified/,
    );
    expect(await cesError(h, 'PUT', path, { alarm_type: 'EVENT.SYS' }, 400, 'ces.0014')).toMatch(/cannot be changed/);
    expect(await cesError(h, 'PUT', path, { alarm_action_enabled: true }, 400, 'ces.0014')).toMatch(
      /specify alarm_actions/,
    );
    const notify = [{ type: 'notification', notificationList: [TOPIC] }];
    await send(h, 'PUT', path, { alarm_action_enabled: true, alarm_actions: notify }, 204);
    expect((await detail(h, id))?.alarm_actions).toEqual(notify);
  });

  it('keeps the state of a disabled rule, evaluates again once enabled, and deletes', async () => {
    const h = harness();
    const id = await create(h, await ruleOn(h, 'elb-web-prod'));
    await send(h, 'PUT', `${ALARMS}/${id}/action`, { alarm_enabled: false }, 204);
    await disableWebMember(h);
    h.clock.advance(60_000);
    expect(await detail(h, id)).toMatchObject({ alarm_enabled: false, alarm_state: 'ok' });
    await send(h, 'PUT', `${ALARMS}/${id}/action`, { alarm_enabled: true }, 204);
    expect((await detail(h, id))?.alarm_state).toBe('alarm');
    expect(await cesError(h, 'PUT', `${ALARMS}/${id}/action`, { alarm_enabled: 'yes' }, 400, 'ces.0014')).toMatch(
      /alarm_enabled must be true or false/,
    );
    await send(h, 'DELETE', `${ALARMS}/${id}`, undefined, 204);
    await cesError(h, 'DELETE', `${ALARMS}/${id}`, undefined, 404, 'ces.0016');
  });
});

describe('alarm history', () => {
  it('lists state changes newest first, by rule and status, and keeps them across a condition change', async () => {
    const h = harness();
    const id = await create(h, await ruleOn(h, 'elb-web-prod'));
    const created = h.clock.now();
    h.clock.advance(5 * 60_000);
    await disableWebMember(h);
    const broken = h.clock.now();
    h.clock.advance(5 * 60_000);
    const history = async (query: string) =>
      send<AlarmHistoryResponse>(h, 'GET', `${HISTORY}?alarm_id=${id}${query}`, undefined, 200);
    const all = await history('');
    // The broken minute is judged once it has ended, at the next minute.
    expect(all.alarm_histories.map((entry) => [entry.alarm_status, entry.trigger_time])).toEqual([
      ['alarm', Math.floor(broken / 60_000) * 60_000 + 60_000],
      ['ok', created],
    ]);
    expect(all.alarm_histories[0]!.datapoints).toEqual([{ time: Math.floor(broken / 60_000) * 60_000, value: 1 }]);
    expect((await history('&alarm_status=ok')).meta_data.total).toBe(1);
    expect((await history('&limit=1&start=1')).alarm_histories.map((entry) => entry.alarm_status)).toEqual(['ok']);

    await send(
      h,
      'PUT',
      `${ALARMS}/${id}`,
      { condition: { period: 1, filter: 'max', comparison_operator: '>', value: 10, count: 1 } },
      204,
    );
    h.clock.advance(60_000);
    const after = await history('');
    expect(after.alarm_histories.map((entry) => entry.alarm_status)).toEqual(['ok', 'alarm', 'ok']);
    expect((await history(`&from=${broken + 2 * 60_000}`)).meta_data.total).toBe(1);
    expect(await cesError(h, 'GET', `${HISTORY}?from=5&to=4`, undefined, 400, 'ces.0013')).toMatch(/earlier than/);
  });
});
