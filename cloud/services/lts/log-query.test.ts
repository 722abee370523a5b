/**
 * LTS groups, streams and the access-log query (Gap 8): lines agree with the traffic model that
 * the metrics use, parse in the guide's format, are deterministic and page by line_num.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAccessLogLine } from '../../../contract/elb-v3/access-log';
import type { LogtankListResponse } from '../../../contract/elb-v3/logtanks';
import type {
  CreateLogGroupResponse,
  CreateLogStreamResponse,
  LogGroupListResponse,
  LogQueryRequest,
  LogQueryResponse,
  LogStreamListResponse,
} from '../../../contract/lts';
import { ok, lbByName } from '../../testing/elb';
import { harness, type Harness } from '../../testing/harness';
import { MINUTE_MS, minuteFloor } from '../ces/noise';
import { listenerMinute } from '../ces/traffic';

let h: Harness;
let group: string;
let stream: string;
let webLbId: string;

const query = (body: LogQueryRequest, streamId = stream) =>
  h.send<LogQueryResponse>('POST', `/v2/:project_id/groups/${group}/streams/${streamId}/content/query`, body);

beforeEach(async () => {
  h = harness();
  const { log_groups } = await ok<LogGroupListResponse>(h, 'GET', '/v2/:project_id/groups');
  group = log_groups.find((g) => g.log_group_name === 'lg-elb-prod')!.log_group_id;
  const { log_streams } = await ok<LogStreamListResponse>(h, 'GET', `/v2/:project_id/groups/${group}/streams`);
  stream = log_streams.find((s) => s.log_stream_name === 'ls-elb-web-prod')!.log_stream_id;
  webLbId = (await lbByName(h, 'elb-web-prod')).id;
});

describe('log groups and streams', () => {
  it('creates a group and a stream, refusing bad and duplicate names in the LTS format', async () => {
    const created = await ok<CreateLogGroupResponse>(h, 'POST', '/v2/:project_id/groups', {
      log_group_name: 'lg-new',
      ttl_in_days: 30,
    });
    const { log_stream_id } = await ok<CreateLogStreamResponse>(
      h,
      'POST',
      `/v2/:project_id/groups/${created.log_group_id}/streams`,
      { log_stream_name: 'ls-new' },
    );
    const { log_streams } = await ok<LogStreamListResponse>(
      h,
      'GET',
      `/v2/:project_id/groups/${created.log_group_id}/streams`,
    );
    expect(log_streams.map((s) => [s.log_stream_id, s.log_stream_name])).toEqual([[log_stream_id, 'ls-new']]);
    const duplicate = await h.send('POST', '/v2/:project_id/groups', { log_group_name: 'lg-new' });
    expect(duplicate).toEqual({
      status: 400,
      body: { error_code: 'LTS.0104', error_msg: 'A log group named lg-new already exists.' },
    });
    const bad = await h.send<{ error_code: string; error_msg: string }>('POST', '/v2/:project_id/groups', {
      log_group_name: '_x',
    });
    expect(bad.body).toEqual({
      error_code: 'LTS.0009',
      error_msg: 'Invalid log_group_name: The log group name cannot start with a period or underscore.',
    });
  });

  it('answers an unknown group in the LTS format, and other /v2/ paths as LTS too', async () => {
    const missing = await h.send('GET', '/v2/:project_id/groups/nope/streams');
    expect(missing).toEqual({
      status: 400,
      body: { error_code: 'LTS.0201', error_msg: 'The log group nope does not exist.' },
    });
    const unknown = await h.send<{ error_code: string }>('GET', '/v2/:project_id/unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error_code).toBe('APIGW.0101');
    expect(Object.keys(unknown.body)).toEqual(['error_code', 'error_msg']);
  });
});

describe('querying access logs', () => {
  const now = () => h.clock.now();
  const lastHour = () => ({ start_time: String(now() - 3_600_000), end_time: String(now()) });

  it('writes exactly the traffic model’s requests and status codes, per minute', async () => {
    const minute = minuteFloor(now()) - 10 * MINUTE_MS;
    const res = await query({ start_time: String(minute), end_time: String(minute + MINUTE_MS - 1), limit: 5000 });
    expect(res.status).toBe(200);
    const listeners = h.cloud.store.read((tx) =>
      tx.all('listeners').filter((l) => l.loadbalancer_id === webLbId && l.protocol !== 'TCP' && l.protocol !== 'UDP'),
    );
    const expected = h.cloud.store.read((tx) => listeners.map((l) => listenerMinute(tx, l.id, minute)!));
    const requests = expected.reduce((sum, m) => sum + m.requests, 0);
    expect(requests).toBeGreaterThan(0);
    expect(res.body.logs).toHaveLength(requests);
    expect(res.body.isQueryComplete).toBe(true);
    for (const [index, listener] of listeners.entries()) {
      const statuses: Record<string, number> = {};
      for (const line of res.body.logs) {
        const parsed = parseAccessLogLine(line.content);
        if (!parsed.ok) throw new Error(parsed.message);
        if (parsed.record.listener_name !== `listener_${listener.id}`) continue;
        statuses[parsed.record.status] = (statuses[parsed.record.status] ?? 0) + 1;
      }
      expect(statuses).toEqual(expected[index]!.statusCounts);
    }
  });

  it('fills every field of the guide’s format, HTTPS fields only on HTTPS', async () => {
    const res = await query({ ...lastHour(), limit: 2000 });
    const records = res.body.logs.map((line) => {
      const parsed = parseAccessLogLine(line.content);
      if (!parsed.ok) throw new Error(`${parsed.message}: ${line.content}`);
      return parsed.record;
    });
    expect(records.length).toBe(2000);
    const https = records.filter((r) => r.scheme === 'https');
    const http = records.filter((r) => r.scheme === 'http');
    expect(https.length).toBeGreaterThan(0);
    expect(http.length).toBeGreaterThan(0);
    expect(https.every((r) => r.ssl_protocol === 'TLSv1.2' && r.ssl_cipher && r.sni_domain_name === r.host)).toBe(true);
    expect(http.every((r) => r.ssl_protocol === null && r.ssl_cipher === null && r.sni_domain_name === null)).toBe(
      true,
    );
    expect(new Set(records.map((r) => r.lb_name))).toEqual(new Set([`loadbalancer_${webLbId}`]));
    expect(new Set(records.map((r) => `${r.eip_address}:${r.eip_port}`))).toEqual(
      new Set(['80.158.10.21:80', '80.158.10.21:443']),
    );
    expect(records.every((r) => r.access_log_topic_id === stream && r.log_ver === 'elb_01')).toBe(true);
    const members = h.cloud.store.read(
      (tx) => new Set(tx.all('members').map((m) => `${m.address}:${m.protocol_port}`)),
    );
    const upstreams = records.flatMap((r) => r.upstream_addr_priv?.flat() ?? []);
    expect(upstreams.length).toBeGreaterThan(0);
    expect(upstreams.every((address) => address !== null && members.has(address))).toBe(true);
    expect(records.every((r) => r.pool_name?.startsWith('pool_'))).toBe(true);
  });

  it('is newest first with is_desc, deterministic, and pages by line_num without gaps', async () => {
    const range = { ...lastHour(), is_desc: true };
    const all = (await query({ ...range, limit: 300 })).body.logs;
    expect((await query({ ...range, limit: 300 })).body.logs).toEqual(all);
    const times = all.map((line) => line.line_num);
    expect([...times].sort().reverse()).toEqual(times);
    const first = (await query({ ...range, limit: 100 })).body;
    expect(first.isQueryComplete).toBe(false);
    const second = (await query({ ...range, limit: 100, line_num: first.logs.at(-1)!.line_num })).body;
    const third = (await query({ ...range, limit: 100, line_num: second.logs.at(-1)!.line_num })).body;
    expect([...first.logs, ...second.logs, ...third.logs]).toEqual(all);
    const back = (await query({ ...range, limit: 100, line_num: third.logs[0]!.line_num, search_type: 'backwards' }))
      .body;
    expect(back.logs).toEqual(second.logs);
  });

  it('filters by keywords and keeps to the time range', async () => {
    const res = await query({ ...lastHour(), keywords: 'wp-login.php get', limit: 20 });
    expect(res.body.logs.length).toBeGreaterThan(0);
    for (const line of res.body.logs) {
      const parsed = parseAccessLogLine(line.content);
      // Keywords match anywhere in the line, ignoring case; this path is only ever answered 404.
      expect(parsed.ok && parsed.record.status === 404 && parsed.record.request_uri === '/wp-login.php').toBe(true);
      expect(line.content).toContain('"GET ');
    }
    const start = now() - 120_000;
    const window = await query({ start_time: String(start), end_time: String(now()), limit: 5000 });
    expect(window.body.logs.every((line) => Number(line.line_num.slice(0, 13)) >= start)).toBe(true);
  });

  it('has no lines before the logtank existed or for a stream without a logtank', async () => {
    const { logtanks } = await ok<LogtankListResponse>(h, 'GET', '/v3/:project_id/elb/logtanks');
    await ok(h, 'DELETE', `/v3/:project_id/elb/logtanks/${logtanks[0]!.id}`);
    const res = await query({ ...lastHour() });
    expect(res.body).toEqual({ logs: [], count: 0, isQueryComplete: true });
  });

  it('refuses a bad query body and a stream of another group', async () => {
    const bad = await query({ start_time: '2', end_time: '1' });
    expect(bad).toEqual({
      status: 400,
      body: { error_code: 'LTS.0009', error_msg: 'Invalid start_time: start_time must not be after end_time.' },
    });
    const wrong = await h.send('POST', `/v2/:project_id/groups/${group}/streams/nope/content/query`, lastHour());
    expect(wrong.body).toEqual({ error_code: 'LTS.0208', error_msg: 'The log stream nope does not exist.' });
  });
});
