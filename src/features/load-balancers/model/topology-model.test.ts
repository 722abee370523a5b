import { describe, expect, it } from 'vitest';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { StatusTreeLoadBalancer, StatusTreePool } from '../../../../contract/elb-v2/status-tree';
import { topologyModel, unhealthyOnly } from './topology-model';

const pool = (id: string, statuses: ('ONLINE' | 'OFFLINE')[]): StatusTreePool => ({
  id,
  name: id,
  healthmonitor: null,
  members: statuses.map((operating_status, i) => ({
    id: `${id}-m${i}`,
    address: `10.0.0.${i}`,
    protocol_port: 80,
    operating_status,
    provisioning_status: 'ACTIVE',
  })),
  operating_status: 'ONLINE',
  provisioning_status: 'ACTIVE',
});
const web = pool('web', ['ONLINE', 'OFFLINE']);
const api = pool('api', ['ONLINE']);
const spare = pool('spare', ['OFFLINE']);
const tree: StatusTreeLoadBalancer = {
  id: 'lb',
  name: 'lb',
  operating_status: 'ONLINE',
  provisioning_status: 'ACTIVE',
  pools: [web, api, spare],
  listeners: [
    {
      id: 'l1',
      name: 'http',
      operating_status: 'ONLINE',
      provisioning_status: 'ACTIVE',
      pools: [web, api],
      l7policies: [],
    },
  ],
};
const listener = { id: 'l1', protocol: 'HTTP', protocol_port: 80, default_pool_id: 'web' } as Listener;
const policy = {
  id: 'p1',
  name: 'api',
  listener_id: 'l1',
  redirect_pool_id: 'api',
  provisioning_status: 'ACTIVE',
} as L7Policy;

describe('topology', () => {
  it('routes a listener to its default group and its policies’ groups; the rest are detached', () => {
    const topology = topologyModel(tree, [listener], [policy]);
    expect(topology.listeners[0]).toMatchObject({ protocol: 'HTTP', port: 80, unhealthy: 1 });
    expect(topology.listeners[0]!.routes.map((route) => `${route.via.kind}:${route.group.id}`)).toEqual([
      'default:web',
      'policy:api',
    ]);
    expect(topology.detached.map((item) => item.id)).toEqual(['spare']);
    expect(topology.counts).toMatchObject({ ONLINE: 2, OFFLINE: 2 });
  });

  it('keeps only the paths to unhealthy servers when asked', () => {
    const only = unhealthyOnly(topologyModel(tree, [listener], [policy]));
    expect(only.listeners[0]!.routes.map((route) => route.group.id)).toEqual(['web']);
    expect(only.listeners[0]!.routes[0]!.group.members.map((member) => member.operating_status)).toEqual(['OFFLINE']);
    expect(only.detached.map((item) => item.id)).toEqual(['spare']);
  });
});
