import { describe, expect, it } from 'vitest';
import { alarmDimensionKind, alarmMetricsFor, watchedDimension } from './elb-alarm-targets';

const lb = { name: 'lbaas_instance_id', value: 'lb-1' };
const listener = { name: 'lbaas_listener_id', value: 'listener-1' };

describe('ELB alarm targets', () => {
  it('recognises the documented dimension sets, in order, and nothing else', () => {
    expect(alarmDimensionKind([lb])).toBe('lb');
    expect(alarmDimensionKind([listener])).toBe('listener');
    expect(alarmDimensionKind([lb, listener])).toBe('lb_listener');
    expect(alarmDimensionKind([{ name: 'lb_instance_id' }])).toBe('classic_lb');
    expect(alarmDimensionKind([listener, lb])).toBeUndefined();
    expect(alarmDimensionKind([])).toBeUndefined();
    expect(alarmDimensionKind([{ name: 'pool_id' }])).toBeUndefined();
  });

  it('offers layer-7 metrics only for HTTP/HTTPS listeners and server counts only for load balancers', () => {
    const ids = (metrics: { id: string }[]) => metrics.map((metric) => metric.id);
    expect(ids(alarmMetricsFor('listener', { layer7: false }))).not.toContain('mb_l7_qps');
    expect(ids(alarmMetricsFor('lb_listener', { layer7: true }))).toContain('mb_l7_qps');
    expect(ids(alarmMetricsFor('lb_listener'))).not.toContain('m9_abnormal_servers');
    expect(ids(alarmMetricsFor('lb'))).toContain('m9_abnormal_servers');
  });

  it('watches the last dimension: the listener of a pair', () => {
    expect(watchedDimension([lb, listener])).toBe(listener);
  });
});
