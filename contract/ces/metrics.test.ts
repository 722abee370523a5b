import { describe, expect, it } from 'vitest';
import {
  dimensionFor,
  ELB_DIMENSIONS,
  ELB_NAMESPACE,
  elbDimensionNames,
  elbMetrics,
  findElbMetric,
  listMetricsQuery,
  metricMarker,
  metricsFor,
} from './metrics';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('ELB metric catalogue', () => {
  it('lists the 33 metrics of §10.1 once each, in SYS.ELB', () => {
    expect(ELB_NAMESPACE).toBe('SYS.ELB');
    expect(elbMetrics).toHaveLength(33);
    expect(new Set(elbMetrics.map((item) => item.id)).size).toBe(33);
    expect(elbMetrics[0]?.id).toBe('m1_cps');
    expect(elbMetrics.at(-1)?.id).toBe('l4_ncps_usage');
    expect(elbMetrics.every((item) => item.name !== '' && item.meaning.endsWith('.'))).toBe(true);
  });

  it('records unit, objects and layer as documented', () => {
    expect(findElbMetric('m1_cps')).toMatchObject({
      name: 'Concurrent Connections',
      unit: 'count',
      objects: ['lb', 'listener', 'classic_lb'],
      layer: 'L4',
    });
    expect(findElbMetric('m7_in_Bps')).toMatchObject({ unit: 'byte/s' });
    expect(findElbMetric('m5_in_pps')).toMatchObject({ unit: 'packet/s' });
    expect(findElbMetric('m9_abnormal_servers')).toMatchObject({ objects: ['lb', 'classic_lb'], layer: 'L4' });
    expect(findElbMetric('mb_l7_qps')).toMatchObject({ unit: 'query/s', objects: ['lb', 'listener'], layer: 'L7' });
    expect(findElbMetric('m14_l7_rt')).toMatchObject({ unit: 'ms', layer: 'L7' });
    expect(findElbMetric('l4_in_bps_usage')).toMatchObject({ unit: '%', objects: ['lb'], layer: 'usage' });
    expect(findElbMetric('nope')).toBeUndefined();
  });

  it('counts 10 L4, 14 L7 and 9 usage metrics', () => {
    const count = (layer: string) => elbMetrics.filter((item) => item.layer === layer).length;
    expect([count('L4'), count('L7'), count('usage')]).toEqual([10, 14, 9]);
  });

  it('offers per object only what applies', () => {
    expect(metricsFor('classic_lb').map((item) => item.id)).toEqual(elbMetrics.slice(0, 10).map((item) => item.id));
    const listener = metricsFor('listener').map((item) => item.id);
    expect(listener).not.toContain('m9_abnormal_servers');
    expect(listener).not.toContain('l7_qps_usage');
    expect(listener).toContain('mb_l7_qps');
    expect(metricsFor('listener', { layer7: false }).every((item) => item.layer === 'L4')).toBe(true);
    expect(metricsFor('lb')).toHaveLength(33);
  });

  it('names the dimension of each object', () => {
    expect(elbDimensionNames).toEqual(['lbaas_instance_id', 'lbaas_listener_id', 'lb_instance_id']);
    expect(dimensionFor('lb')).toBe(ELB_DIMENSIONS.loadBalancer);
    expect(dimensionFor('listener')).toBe('lbaas_listener_id');
    expect(dimensionFor('classic_lb')).toBe('lb_instance_id');
  });
});

describe('listMetricsQuery', () => {
  it('fills the documented defaults', () => {
    expect(listMetricsQuery.parse({ namespace: 'SYS.ELB' })).toMatchObject({ limit: 1000, order: 'desc' });
  });
  it('accepts limit 1 and 1000, refuses 0 and 1001', () => {
    expect(listMetricsQuery.parse({ limit: '1' }).limit).toBe(1);
    expect(listMetricsQuery.parse({ limit: 1000 }).limit).toBe(1000);
    expect(messages(listMetricsQuery.safeParse({ limit: 0 }))).toEqual([
      'limit must be a whole number from 1 to 1000.',
    ]);
    expect(listMetricsQuery.safeParse({ limit: '1001' }).success).toBe(false);
  });
  it('accepts order asc or desc only', () => {
    expect(listMetricsQuery.parse({ order: 'asc' }).order).toBe('asc');
    expect(messages(listMetricsQuery.safeParse({ order: 'up' }))).toEqual(['The order must be asc or desc.']);
  });
  it('accepts up to three dimensions numbered from 0', () => {
    const three = { 'dim.0': 'lbaas_instance_id,a', 'dim.1': 'lbaas_listener_id,b', 'dim.2': 'x,c' };
    expect(listMetricsQuery.safeParse(three).success).toBe(true);
    expect(messages(listMetricsQuery.safeParse({ ...three, 'dim.3': 'y,d' }))).toEqual([
      'A query can use at most 3 dimensions (dim.0 to dim.2).',
    ]);
    expect(messages(listMetricsQuery.safeParse({ 'dim.1': 'k,v' }))).toEqual([
      'Dimensions must be numbered from dim.0 without gaps.',
    ]);
  });
  it('checks the key and value lengths of a dimension', () => {
    expect(listMetricsQuery.safeParse({ 'dim.0': `${'k'.repeat(32)},v` }).success).toBe(true);
    expect(listMetricsQuery.safeParse({ 'dim.0': `${'k'.repeat(33)},v` }).success).toBe(false);
    expect(listMetricsQuery.safeParse({ 'dim.0': `k,${'v'.repeat(256)}` }).success).toBe(true);
    expect(listMetricsQuery.safeParse({ 'dim.0': `k,${'v'.repeat(257)}` }).success).toBe(false);
  });
  it('refuses a malformed namespace', () => {
    expect(listMetricsQuery.safeParse({ namespace: 'ELB' }).success).toBe(false);
  });
});

describe('metricMarker', () => {
  it('writes namespace.metric_name.key:value', () => {
    const item = {
      namespace: 'SYS.ELB',
      metric_name: 'm1_cps',
      unit: 'count',
      dimensions: [{ name: 'lbaas_instance_id', value: 'abc' }],
    };
    expect(metricMarker(item)).toBe('SYS.ELB.m1_cps.lbaas_instance_id:abc');
    expect(metricMarker({ ...item, dimensions: [] })).toBe('SYS.ELB.m1_cps');
  });
});
