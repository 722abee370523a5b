import { describe, expect, it } from 'vitest';
import { dimensionsOf, metricOptions, type MonitoredResource } from './monitored-resource';

const classic: MonitoredResource = { kind: 'classic_lb', id: 'c1', name: 'classic-portal', layer7: false };
const enhanced: MonitoredResource = { kind: 'lb', id: 'e1', name: 'elb-web', layer7: true };

describe('monitored resources', () => {
  it('charts a classic load balancer by lb_instance_id with its Layer-4 metrics and server health', () => {
    expect(dimensionsOf(classic)).toEqual([{ name: 'lb_instance_id', value: 'c1' }]);
    expect(metricOptions([classic]).map((metric) => metric.id)).toEqual([
      'm1_cps',
      'm2_act_conn',
      'm3_inact_conn',
      'm4_ncps',
      'm5_in_pps',
      'm6_out_pps',
      'm7_in_Bps',
      'm8_out_Bps',
      'm9_abnormal_servers',
      'ma_normal_servers',
    ]);
  });

  it('keeps the enhanced load balancer metrics, Layer-7 ones included', () => {
    expect(dimensionsOf(enhanced)).toEqual([{ name: 'lbaas_instance_id', value: 'e1' }]);
    const ids = metricOptions([enhanced]).map((metric) => metric.id);
    expect(ids).toContain('mb_l7_qps');
    expect(ids).toContain('m9_abnormal_servers');
    expect(ids.some((id) => id.endsWith('_usage'))).toBe(false);
  });
});
