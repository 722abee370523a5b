/** GET /V1.0/{project_id}/metrics: discovery, filters, paging and errors in the Cloud Eye format. */
import { describe, expect, it } from 'vitest';
import type { WrappedErrorBody } from '../../../contract/common';
import type { MetricListResponse } from '../../../contract/ces/metrics';
import { harness, type Harness } from '../../testing/harness';
import { lbByName, listenerIdByName } from '../../testing/elb';

const METRICS = '/V1.0/:project_id/metrics';
/** The transport-level metrics every listener reports, in the catalogue's order. */
const LAYER4 = [
  'm1_cps',
  'm2_act_conn',
  'm3_inact_conn',
  'm4_ncps',
  'm5_in_pps',
  'm6_out_pps',
  'm7_in_Bps',
  'm8_out_Bps',
];

async function listMetrics(h: Harness, query = ''): Promise<MetricListResponse> {
  const res = await h.send<MetricListResponse>('GET', `${METRICS}${query ? `?${query}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function refusedQuery(h: Harness, query: string, message: string | RegExp) {
  const res = await h.send<WrappedErrorBody>('GET', `${METRICS}?${query}`);
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('ces.0013');
  if (typeof message === 'string') expect(res.body.error.message).toBe(message);
  else expect(res.body.error.message).toMatch(message);
}

describe('GET /V1.0/{project_id}/metrics', () => {
  it('lists the metrics each load balancer and listener reports, with units', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const { metrics, meta_data } = await listMetrics(h, `dim.0=lbaas_instance_id,${lb.id}&order=asc`);
    expect(metrics.map((item) => item.metric_name)).toEqual([
      ...LAYER4,
      'm9_abnormal_servers',
      'ma_normal_servers',
      'mb_l7_qps',
      'mc_l7_http_2xx',
      'md_l7_http_3xx',
      'me_l7_http_4xx',
      'mf_l7_http_5xx',
      'm10_l7_http_other_status',
      'm11_l7_http_404',
      'm12_l7_http_499',
      'm13_l7_http_502',
      'm14_l7_rt',
      'm1a_l7_upstream_rt_max',
      'm1b_l7_upstream_rt_min',
      'm1c_l7_rt_max',
      'm1d_l7_rt_min',
    ]);
    expect(metrics[6]).toEqual({
      namespace: 'SYS.ELB',
      dimensions: [{ name: 'lbaas_instance_id', value: lb.id }],
      metric_name: 'm7_in_Bps',
      unit: 'byte/s',
    });
    expect(meta_data).toEqual({ count: 24, total: 24, marker: `SYS.ELB.m1d_l7_rt_min.lbaas_instance_id:${lb.id}` });
  });

  it('offers no L7 or server-count metrics for a TCP listener', async () => {
    const h = harness();
    const tcp = await listenerIdByName(h, 'listener-tcp-8080');
    const { metrics } = await listMetrics(h, `dim.0=lbaas_listener_id,${tcp}`);
    expect(metrics.map((item) => item.metric_name)).toEqual([...LAYER4].reverse());
  });

  it('filters by namespace and metric name, newest resource first by default', async () => {
    const h = harness();
    const { metrics, meta_data } = await listMetrics(h, 'namespace=SYS.ELB&metric_name=m9_abnormal_servers');
    const lbs = (await h.send<{ loadbalancers: { id: string }[] }>('GET', '/v2.0/lbaas/loadbalancers')).body;
    const classic = (await h.send<{ loadbalancers: { id: string }[] }>('GET', '/v1.0/:project_id/elbaas/loadbalancers'))
      .body;
    // Enhanced (lbaas_instance_id) and classic (lb_instance_id) load balancers both count servers.
    expect(meta_data.total).toBe(lbs.loadbalancers.length + classic.loadbalancers.length);
    expect(metrics.every((item) => item.metric_name === 'm9_abnormal_servers')).toBe(true);
    const asc = await listMetrics(h, 'namespace=SYS.ELB&metric_name=m9_abnormal_servers&order=asc');
    expect(asc.metrics).toEqual([...metrics].reverse());
    expect((await listMetrics(h, 'namespace=SYS.ECS')).metrics).toEqual([]);
  });

  it('pages with start and limit', async () => {
    const h = harness();
    const all = await listMetrics(h, 'limit=1000');
    const first = await listMetrics(h, 'limit=5');
    expect(first.metrics).toEqual(all.metrics.slice(0, 5));
    expect(first.meta_data.count).toBe(5);
    expect(first.meta_data.total).toBe(all.meta_data.total);
    const second = await listMetrics(h, `limit=5&start=${encodeURIComponent(first.meta_data.marker)}`);
    expect(second.metrics).toEqual(all.metrics.slice(5, 10));
  });

  it('validates the query at its limits', async () => {
    const h = harness();
    await listMetrics(h, 'limit=1');
    await refusedQuery(h, 'limit=0', 'Invalid limit: limit must be a whole number from 1 to 1000.');
    await refusedQuery(h, 'limit=1001', 'Invalid limit: limit must be a whole number from 1 to 1000.');
    await refusedQuery(h, 'order=up', 'Invalid order: The order must be asc or desc.');
    await refusedQuery(h, 'namespace=ELB', /namespace/);
    await refusedQuery(h, 'dim.0=lbaas_instance_id', /key,value/);
    await refusedQuery(h, 'dim.1=lbaas_instance_id,x', /without gaps/);
    await refusedQuery(h, 'dim.0=a,b&dim.1=c,d&dim.2=e,f&dim.3=g,h', /at most 3 dimensions/);
    await refusedQuery(h, 'start=SYS.ELB.nothing', /no metric matches the marker/);
  });
});
