import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  classicMonitorCounters,
  classicMonitorMetricIds,
  classicMonitorPaths,
  type ClassicMonitorEntry,
} from './monitor';

describe('classic monitor', () => {
  it('spells the documented URI', () => {
    expect(buildPath(classicMonitorPaths.list, { project_id: 'p' })).toBe('/v1.0/p/elbaas/monitor');
  });
  it('maps every counter of the documented entry to its CES metric', () => {
    const entry: ClassicMonitorEntry = {
      act_conn: 0,
      cps: 0,
      create_time: '2016-05-20 16:46:49',
      in_Bps: 0,
      in_pps: 0,
      inact_conn: 0,
      loadbalancer_id: '34cf6520808d4766ae1455586ab94ba8',
      loadbalancer_ip: '10.10.1.233',
      loadbalancer_name: 'lb0721',
      ncps: 0,
      out_Bps: 0,
      out_pps: 0,
    };
    const numeric = Object.entries(entry)
      .filter(([, value]) => typeof value === 'number')
      .map(([key]) => key);
    expect([...classicMonitorCounters].sort()).toEqual(numeric.sort());
    for (const counter of classicMonitorCounters)
      expect(classicMonitorMetricIds[counter]).toMatch(new RegExp(`_${counter}$`));
  });
});
