/** GET metric-data and POST batch-query-metric-data: shapes, the points limit and errors. */
import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type { BatchMetricDataResponse, MetricDataResponse } from '../../../contract/ces/metric-data';
import { harness, type Harness } from '../../testing/harness';
import { lbByName } from '../../testing/elb';

const SINGLE = '/V1.0/:project_id/metric-data';
const BATCH = '/V1.0/:project_id/batch-query-metric-data';
const HOUR = 3_600_000;

async function refused(h: Harness, method: string, path: string, body: unknown, code: string, message: RegExp) {
  const res = await h.send<WrappedErrorBody>(method, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).toMatch(message);
}

const refusedQuery = (h: Harness, path: string, message: RegExp) =>
  refused(h, 'GET', path, undefined, 'ces.0013', message);

async function setup() {
  const h = harness();
  const lb = await lbByName(h, 'elb-web-prod');
  const now = h.clock.now();
  return { h, lb, now };
}

describe('GET /V1.0/{project_id}/metric-data', () => {
  it('answers the requested aggregation with the unit on each point', async () => {
    const { h, lb, now } = await setup();
    const query = `namespace=SYS.ELB&metric_name=m7_in_Bps&dim.0=lbaas_instance_id,${lb.id}&from=${now - HOUR}&to=${now}&period=300&filter=max`;
    const res = await h.send<MetricDataResponse>('GET', `${SINGLE}?${query}`);
    expect(res.status).toBe(200);
    expect(res.body.metric_name).toBe('m7_in_Bps');
    expect(res.body.datapoints).toHaveLength(12);
    expect(Object.keys(res.body.datapoints[0]!).sort()).toEqual(['max', 'timestamp', 'unit']);
    expect(res.body.datapoints[0]).toMatchObject({ timestamp: now - HOUR, unit: 'byte/s' });
  });

  it('answers no points for another namespace or an unknown resource', async () => {
    const { h, now } = await setup();
    const res = await h.send<MetricDataResponse>(
      'GET',
      `${SINGLE}?namespace=SYS.ECS&metric_name=cpu_util&dim.0=instance_id,x&from=${now - HOUR}&to=${now}&period=1&filter=average`,
    );
    expect(res.body).toEqual({ metric_name: 'cpu_util', datapoints: [] });
  });

  it('refuses a bad query in the Cloud Eye format', async () => {
    const { h, lb, now } = await setup();
    const base = `namespace=SYS.ELB&metric_name=m1_cps&dim.0=lbaas_instance_id,${lb.id}`;
    const ask = (rest: string) => `${SINGLE}?${base}&${rest}`;
    await refusedQuery(h, ask(`from=${now}&to=${now}&period=1&filter=max`), /earlier than the end time/);
    await refusedQuery(h, ask(`from=${now - HOUR}&to=${now}&period=60&filter=max`), /1, 300, 1200/);
    await refusedQuery(h, ask(`from=${now - HOUR}&to=${now}&period=1&filter=median`), /average, max/);
    await refusedQuery(h, `${SINGLE}?namespace=SYS.ELB&metric_name=m1_cps&from=1&to=2&period=1&filter=max`, /dim\.0/);
    await refusedQuery(h, ask(`from=soon&to=${now}&period=1&filter=max`), /from must be a UNIX timestamp/);
  });
});

describe('POST /V1.0/{project_id}/batch-query-metric-data', () => {
  const metric = (name: string, lbId: string) => ({
    namespace: 'SYS.ELB',
    metric_name: name,
    dimensions: [{ name: 'lbaas_instance_id', value: lbId }],
  });

  it('answers each metric with its unit and dimensions', async () => {
    const { h, lb, now } = await setup();
    const body = {
      metrics: [metric('mb_l7_qps', lb.id), metric('m14_l7_rt', lb.id)],
      from: now - HOUR,
      to: now,
      period: '1',
      filter: 'average',
    };
    const res = await h.send<BatchMetricDataResponse>('POST', BATCH, body);
    expect(res.status).toBe(200);
    expect(res.body.metrics.map((item) => [item.metric_name, item.unit, item.datapoints.length])).toEqual([
      ['mb_l7_qps', 'query/s', 60],
      ['m14_l7_rt', 'ms', 60],
    ]);
    expect(res.body.metrics[0]!.dimensions).toEqual(body.metrics[0]!.dimensions);
    expect(Object.keys(res.body.metrics[0]!.datapoints[0]!).sort()).toEqual(['average', 'timestamp']);
  });

  it('moves from forward to stay within 3000 points', async () => {
    const { h, lb, now } = await setup();
    const metrics = [metric('m1_cps', lb.id), metric('m4_ncps', lb.id)];
    const body = { metrics, from: now - 3 * 24 * HOUR, to: now, period: '1', filter: 'max' };
    const res = await h.send<BatchMetricDataResponse>('POST', BATCH, body);
    // 2 metrics × 1500 minutes = 3000 points.
    expect(res.body.metrics.map((item) => item.datapoints.length)).toEqual([1500, 1500]);
    expect(res.body.metrics[0]!.datapoints[0]!.timestamp).toBe(now - 1500 * 60_000);
  });

  it('validates the body at its limits', async () => {
    const { h, lb, now } = await setup();
    const valid = { metrics: [metric('m1_cps', lb.id)], from: now - HOUR, to: now, period: '300', filter: 'sum' };
    expect((await h.send('POST', BATCH, valid)).status).toBe(200);
    const tenMetrics = Array.from({ length: 10 }, () => metric('m1_cps', lb.id));
    expect((await h.send('POST', BATCH, { ...valid, metrics: tenMetrics })).status).toBe(200);
    await refused(
      h,
      'POST',
      BATCH,
      { ...valid, metrics: [...tenMetrics, metric('m1_cps', lb.id)] },
      'ces.0014',
      /at most 10 metrics/,
    );
    await refused(h, 'POST', BATCH, { ...valid, metrics: [] }, 'ces.0014', /at least one metric/);
    await refused(h, 'POST', BATCH, { ...valid, period: 300 }, 'ces.0014', /period/);
    await refused(h, 'POST', BATCH, { ...valid, from: now, to: now - 1 }, 'ces.0014', /earlier than the end time/);
    await refused(h, 'POST', BATCH, { ...valid, from: 123 }, 'ces.0014', /13-digit/);
    const fiveDimensions = Array.from({ length: 5 }, (_, index) => ({ name: `d${index}`, value: 'v' }));
    await refused(
      h,
      'POST',
      BATCH,
      { ...valid, metrics: [{ ...metric('m1_cps', lb.id), dimensions: fiveDimensions }] },
      'ces.0014',
      /at most 4 dimensions/,
    );
    const empty = await h.send<WrappedErrorBody>('POST', BATCH);
    expect(empty.body.error.code).toBe('ces.0001');
  });
});
