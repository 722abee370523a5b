/** v3 logtanks (api/elb/v3/log/*.rst; FEATURES §9) over the demo's LTS groups and streams (Gap 8). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { LogtankListResponse, LogtankResponse } from '../../../contract/elb-v3/logtanks';
import type { LogGroupListResponse, LogStreamListResponse } from '../../../contract/lts';
import { harness, type Harness } from '../../testing/harness';
import { conflict, lbByName, MISSING_ID, notFound, ok, refused, traceRows } from '../../testing/elb';

const LOGTANKS = '/v3/:project_id/elb/logtanks';
const invalidInput = (message: string | RegExp) => ({ status: 400, code: 'ELB.8902', message });

interface Ids {
  group: string;
  webStream: string;
  stagingStream: string;
  otherGroup: string;
  otherStream: string;
}

async function ltsIds(h: Harness): Promise<Ids> {
  const { log_groups } = await ok<LogGroupListResponse>(h, 'GET', '/v2/:project_id/groups');
  const group = log_groups.find((g) => g.log_group_name === 'lg-elb-prod')!.log_group_id;
  const otherGroup = log_groups.find((g) => g.log_group_name === 'lg-app-services')!.log_group_id;
  const streams = async (id: string) =>
    (await ok<LogStreamListResponse>(h, 'GET', `/v2/:project_id/groups/${id}/streams`)).log_streams;
  const elbStreams = await streams(group);
  return {
    group,
    webStream: elbStreams.find((s) => s.log_stream_name === 'ls-elb-web-prod')!.log_stream_id,
    stagingStream: elbStreams.find((s) => s.log_stream_name === 'ls-elb-staging')!.log_stream_id,
    otherGroup,
    otherStream: (await streams(otherGroup))[0]!.log_stream_id,
  };
}

let h: Harness;
let ids: Ids;
let staging: string;

beforeEach(async () => {
  h = harness();
  ids = await ltsIds(h);
  staging = (await lbByName(h, 'elb-staging')).id;
});

const body = (lb: string, group: string, stream: string) => ({
  logtank: { loadbalancer_id: lb, log_group_id: group, log_topic_id: stream },
});

describe('creating a logtank', () => {
  it('binds a load balancer to a stream of a group and records createLogtank', async () => {
    const created = await ok<LogtankResponse>(h, 'POST', LOGTANKS, body(staging, ids.group, ids.stagingStream));
    expect(created.logtank).toMatchObject({ loadbalancer_id: staging, log_topic_id: ids.stagingStream });
    expect(created.request_id).toMatch(/^req-/);
    expect(await traceRows(h, created.logtank.id)).toEqual([['createLogtank', '201', 'normal', 'logtank']]);
  });

  it('allows one logtank per load balancer', async () => {
    const web = (await lbByName(h, 'elb-web-prod')).id;
    await refused(h, 'POST', LOGTANKS, body(web, ids.group, ids.stagingStream), conflict(/already has access logging/));
  });

  it('needs the load balancer, the group and the stream, and the stream in the group', async () => {
    await refused(
      h,
      'POST',
      LOGTANKS,
      body(MISSING_ID, ids.group, ids.stagingStream),
      notFound('loadbalancer', MISSING_ID),
    );
    await refused(h, 'POST', LOGTANKS, body(staging, MISSING_ID, ids.stagingStream), notFound('log group', MISSING_ID));
    await refused(h, 'POST', LOGTANKS, body(staging, ids.group, MISSING_ID), notFound('log stream', MISSING_ID));
    await refused(
      h,
      'POST',
      LOGTANKS,
      body(staging, ids.group, ids.otherStream),
      invalidInput(`Log stream ${ids.otherStream} does not belong to log group ${ids.group}.`),
    );
  });

  it('refuses empty and invalid bodies with the v3 codes', async () => {
    await refused(h, 'POST', LOGTANKS, undefined, {
      status: 400,
      code: 'ELB.0002',
      message: 'RequestBody is null, request is invalid.',
    });
    await refused(h, 'POST', LOGTANKS, body(staging, 'x'.repeat(37), ids.stagingStream), invalidInput(/at most 36/));
  });

  it('gives a stream the logs of one load balancer only', async () => {
    await refused(
      h,
      'POST',
      LOGTANKS,
      body(staging, ids.group, ids.webStream),
      conflict(/already takes the access logs/),
    );
  });

  it('goes away with its load balancer, freeing the stream', async () => {
    const legacy = (await lbByName(h, 'elb-legacy-unused')).id;
    await ok(h, 'POST', LOGTANKS, body(legacy, ids.group, ids.stagingStream));
    await ok(h, 'DELETE', `/v2.0/lbaas/loadbalancers/${legacy}`);
    const left = await ok<LogtankListResponse>(h, 'GET', `${LOGTANKS}?loadbalancer_id=${legacy}`);
    expect(left.logtanks).toEqual([]);
    await ok(h, 'POST', LOGTANKS, body(staging, ids.group, ids.stagingStream));
  });

  it('binds a TCP-only load balancer too (only HTTP/HTTPS requests are ever logged)', async () => {
    const tcp = (await lbByName(h, 'elb-api-internal')).id;
    await ok(h, 'POST', LOGTANKS, body(tcp, ids.group, ids.stagingStream));
  });
});

describe('reading, changing and deleting', () => {
  it('lists with multi-value filters and page_info paging', async () => {
    const a = await ok<LogtankResponse>(h, 'POST', LOGTANKS, body(staging, ids.group, ids.stagingStream));
    const all = await ok<LogtankListResponse>(h, 'GET', LOGTANKS);
    expect(all.logtanks).toHaveLength(2);
    const web = all.logtanks.find((row) => row.id !== a.logtank.id)!;
    const both = await ok<LogtankListResponse>(h, 'GET', `${LOGTANKS}?id=${a.logtank.id}&id=${web.id}`);
    expect(both.logtanks).toHaveLength(2);
    const one = await ok<LogtankListResponse>(h, 'GET', `${LOGTANKS}?loadbalancer_id=${staging}`);
    expect(one.logtanks.map((row) => row.id)).toEqual([a.logtank.id]);
    const first = await ok<LogtankListResponse>(h, 'GET', `${LOGTANKS}?limit=1`);
    expect(first.page_info.current_count).toBe(1);
    const second = await ok<LogtankListResponse>(h, 'GET', `${LOGTANKS}?limit=1&marker=${first.page_info.next_marker}`);
    expect(second.logtanks[0]!.id).not.toBe(first.logtanks[0]!.id);
    const back = await ok<LogtankListResponse>(
      h,
      'GET',
      `${LOGTANKS}?limit=1&marker=${second.page_info.previous_marker}&page_reverse=true`,
    );
    expect(back.logtanks).toEqual(first.logtanks);
  });

  it('refuses limits outside 0–2000', async () => {
    await ok(h, 'GET', `${LOGTANKS}?limit=0`);
    await ok(h, 'GET', `${LOGTANKS}?limit=2000`);
    await refused(
      h,
      'GET',
      `${LOGTANKS}?limit=2001`,
      undefined,
      invalidInput(/limit must be a whole number from 0 to 2000/),
    );
    await refused(h, 'GET', `${LOGTANKS}?limit=-1`, undefined, invalidInput(/limit/));
  });

  it('shows, moves to another stream and deletes, with traces', async () => {
    const { logtank } = await ok<LogtankResponse>(h, 'POST', LOGTANKS, body(staging, ids.group, ids.stagingStream));
    const item = `${LOGTANKS}/${logtank.id}`;
    expect((await ok<LogtankResponse>(h, 'GET', item)).logtank).toEqual(logtank);
    await refused(
      h,
      'PUT',
      item,
      { logtank: { log_topic_id: ids.otherStream } },
      invalidInput(/does not belong to log group/),
    );
    const moved = await ok<LogtankResponse>(h, 'PUT', item, {
      logtank: { log_group_id: ids.otherGroup, log_topic_id: ids.otherStream },
    });
    expect(moved.logtank.log_topic_id).toBe(ids.otherStream);
    await ok(h, 'DELETE', item);
    await refused(h, 'GET', item, undefined, notFound('logtank', logtank.id));
    expect((await traceRows(h, logtank.id)).map(([name, code]) => `${name} ${code}`)).toEqual([
      'deleteLogtank 204',
      'updateLogtank 200',
      'updateLogtank 400',
      'createLogtank 201',
    ]);
  });
});
