import { describe, expect, it } from 'vitest';
import type { StatusTreeLoadBalancer } from '../../../../contract/elb-v2/status-tree';
import { blockersByKind, deletePlan } from './delete-plan';

const pool = (id: string, members: string[], monitor = true) => ({
  id,
  name: `group-${id}`,
  healthmonitor: monitor
    ? { id: `hm-${id}`, name: '', type: 'HTTP' as const, provisioning_status: 'ACTIVE' as const }
    : null,
  members: members.map((address, i) => ({
    id: `m-${id}-${i}`,
    address,
    protocol_port: 80,
    operating_status: 'ONLINE' as const,
    provisioning_status: 'ACTIVE' as const,
  })),
  operating_status: 'ONLINE' as const,
  provisioning_status: 'ACTIVE' as const,
});

const tree: StatusTreeLoadBalancer = {
  id: 'lb',
  name: 'web',
  operating_status: 'ONLINE',
  provisioning_status: 'ACTIVE',
  pools: [pool('a', ['10.0.0.1']), pool('b', ['10.0.0.2', '10.0.0.3'], false)],
  listeners: [
    {
      id: 'l1',
      name: 'http',
      operating_status: 'ONLINE',
      provisioning_status: 'ACTIVE',
      pools: [pool('a', ['10.0.0.1'])],
      l7policies: [
        { id: 'p1', name: 'api', action: 'REDIRECT_TO_POOL', provisioning_status: 'ACTIVE', rules: [] },
        { id: 'r1', name: 'to-https', action: 'REDIRECT_TO_LISTENER', provisioning_status: 'ACTIVE', rules: [] },
      ],
    },
  ],
};

describe('deletePlan', () => {
  it('deletes in an order the API accepts and ends with the load balancer', () => {
    expect(deletePlan(tree).map((step) => `${step.kind}:${step.id}`)).toEqual([
      'policy:p1',
      'redirect:r1',
      'member:m-a-0',
      'member:m-b-0',
      'member:m-b-1',
      'healthmonitor:hm-a',
      'pool:a',
      'pool:b',
      'listener:l1',
      'loadbalancer:lb',
    ]);
  });

  it('lists blockers in the guide order for the preview', () => {
    expect(blockersByKind(deletePlan(tree)).map((group) => `${group.kind}:${group.steps.length}`)).toEqual([
      'policy:1',
      'redirect:1',
      'member:3',
      'listener:1',
      'pool:2',
      'healthmonitor:1',
    ]);
  });

  it('has only the load balancer to delete when nothing is attached', () => {
    const empty = { ...tree, pools: [], listeners: [] };
    expect(deletePlan(empty)).toEqual([{ kind: 'loadbalancer', id: 'lb', label: 'web' }]);
    expect(blockersByKind(deletePlan(empty))).toEqual([]);
  });
});
