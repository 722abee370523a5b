import { describe, expect, it } from 'vitest';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { alignGroupStep, compatibleGroups, defaultGroupStep, groupStepSchema } from './group-step';

const pool = (id: string, protocol: Pool['protocol'], listeners: string[] = []): Pool => ({
  id,
  tenant_id: 't',
  name: id,
  description: '',
  protocol,
  lb_algorithm: 'ROUND_ROBIN',
  members: [],
  healthmonitor_id: null,
  admin_state_up: true,
  listeners: listeners.map((listener) => ({ id: listener })),
  loadbalancers: [{ id: 'lb' }],
  session_persistence: null,
});

describe('group step', () => {
  it('derives the backend protocol from the listener (HTTPS → HTTP, UDP → UDP)', () => {
    expect(defaultGroupStep('TERMINATED_HTTPS').protocol).toBe('HTTP');
    expect(defaultGroupStep('UDP').protocol).toBe('UDP');
    const aligned = alignGroupStep(
      { ...defaultGroupStep('HTTP'), sticky_type: 'HTTP_COOKIE', existingPoolId: 'p' },
      'TCP',
    );
    expect(aligned).toMatchObject({ protocol: 'TCP', sticky_type: 'SOURCE_IP', existingPoolId: '' });
  });

  it('offers only unused groups of the matching protocol', () => {
    const pools = [pool('free-http', 'HTTP'), pool('used-http', 'HTTP', ['l1']), pool('free-tcp', 'TCP')];
    expect(compatibleGroups(pools, 'HTTP').map((item) => item.id)).toEqual(['free-http']);
    expect(compatibleGroups(pools, 'TERMINATED_HTTPS').map((item) => item.id)).toEqual(['free-http']);
    expect(compatibleGroups(pools, 'UDP')).toEqual([]);
  });

  it('needs a chosen group in existing mode, and the pool rules in new mode', () => {
    expect(groupStepSchema.safeParse({ ...defaultGroupStep('HTTP'), mode: 'existing' }).error?.issues[0]?.message).toBe(
      'Select a backend server group.',
    );
    const sticky = { ...defaultGroupStep('HTTP'), lb_algorithm: 'SOURCE_IP', sticky: true };
    expect(groupStepSchema.safeParse(sticky).error?.issues[0]?.message).toContain('weighted round robin');
    expect(groupStepSchema.safeParse(defaultGroupStep('UDP')).success).toBe(true);
  });
});
