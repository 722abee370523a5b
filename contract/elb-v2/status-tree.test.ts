import { describe, expect, it } from 'vitest';
import { statusTreeLoadBalancerStatus, statusTreeMemberStatus, type StatusTreeResponse } from './status-tree';

// The documented example response (querying_the_status_tree_of_a_load_balancer.rst) type-checks.
const example: StatusTreeResponse = {
  statuses: {
    loadbalancer: {
      name: 'lb-jy',
      provisioning_status: 'ACTIVE',
      listeners: [
        {
          name: 'listener-jy-1',
          provisioning_status: 'ACTIVE',
          pools: [
            {
              name: 'pool-jy-1',
              provisioning_status: 'ACTIVE',
              healthmonitor: {
                type: 'TCP',
                id: '7422b51a-0ed2-4702-9429-4f88349276c6',
                name: '',
                provisioning_status: 'ACTIVE',
              },
              members: [
                {
                  protocol_port: 80,
                  address: '192.168.44.11',
                  id: '7bbf7151-0dce-4087-b316-06c7fa17b894',
                  operating_status: 'ONLINE',
                  provisioning_status: 'ACTIVE',
                },
              ],
              id: 'c54b3286-2349-4c5c-ade1-e6bb0b26ad18',
              operating_status: 'ONLINE',
            },
          ],
          l7policies: [],
          id: 'eb84c5b4-9bc5-4bee-939d-3900fb05dc7b',
          operating_status: 'ONLINE',
        },
      ],
      pools: [],
      id: '38278031-cfca-44be-81be-a412f618773b',
      operating_status: 'ONLINE',
    },
  },
};

describe('status tree', () => {
  it('models the documented example', () => {
    expect(example.statuses.loadbalancer.listeners[0]?.pools[0]?.members[0]?.operating_status).toBe('ONLINE');
  });

  it('derives the load balancer status: DISABLED > DEGRADED > ONLINE', () => {
    const listeners = example.statuses.loadbalancer.listeners;
    expect(statusTreeLoadBalancerStatus(true, listeners)).toBe('ONLINE');
    expect(statusTreeLoadBalancerStatus(false, listeners)).toBe('DISABLED');
    const faultyPolicy = [
      {
        l7policies: [
          { id: 'p', name: '', action: 'REDIRECT_TO_POOL' as const, provisioning_status: 'ERROR' as const, rules: [] },
        ],
      },
    ];
    expect(statusTreeLoadBalancerStatus(true, faultyPolicy)).toBe('DEGRADED');
    expect(statusTreeLoadBalancerStatus(false, faultyPolicy)).toBe('DISABLED');
    const faultyRule = [
      {
        l7policies: [
          {
            id: 'p',
            name: '',
            action: 'REDIRECT_TO_POOL' as const,
            provisioning_status: 'ACTIVE' as const,
            rules: [{ id: 'r', type: 'PATH' as const, provisioning_status: 'ERROR' as const }],
          },
        ],
      },
    ];
    expect(statusTreeLoadBalancerStatus(true, faultyRule)).toBe('DEGRADED');
  });

  it('reports DISABLED members when anything above is administratively down', () => {
    const up = { member: true, pool: true, loadbalancer: true };
    expect(statusTreeMemberStatus('OFFLINE', up)).toBe('OFFLINE');
    expect(statusTreeMemberStatus('OFFLINE', { ...up, member: false })).toBe('DISABLED');
    expect(statusTreeMemberStatus('ONLINE', { ...up, pool: false })).toBe('DISABLED');
    expect(statusTreeMemberStatus('NO_MONITOR', { ...up, loadbalancer: false })).toBe('DISABLED');
  });
});
