/** Small fixed resources for the progress model's tests (STYLE rule 12: deterministic). */
import type { Server } from '../../../../contract/ecs/servers';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { Member } from '../../../../contract/elb-v2/members';

const CREATED = '2026-10-01T08:00:00';

export function ecs(name: string, ip: string, extra: Partial<Server> = {}): Server {
  const nic = {
    addr: ip,
    version: 4 as const,
    'OS-EXT-IPS:port_id': `port-${name}`,
    'OS-EXT-IPS:type': 'fixed' as const,
  };
  return {
    ...{ id: `ecs-${name}`, name, status: 'ACTIVE', addresses: { 'vpc-1': [nic] }, created: CREATED },
    ...{ 'OS-EXT-AZ:availability_zone': 'eu-de-01', metadata: { os_type: 'Linux', vpc_id: 'vpc-1' } },
    ...{ flavor: { id: 's3.large.2', vcpus: '2', ram: '4096' } },
    ...extra,
  };
}

export function backend(id: string, address: string, extra: Partial<Member> = {}): Member {
  return {
    ...{ id, tenant_id: 'p', name: '', address, protocol_port: 80, subnet_id: 'neutron-web' },
    ...{ admin_state_up: true, weight: 1, operating_status: 'ONLINE' },
    ...extra,
  };
}

/** A policy forwarding `www.example.com<path>` (exact match) to `poolId`. */
export function forwardTo(name: string, path: string, poolId: string, extra: Partial<L7Policy> = {}): L7Policy {
  const rule = (type: 'HOST_NAME' | 'PATH', value: string) => ({
    ...{ id: `${name}-${type}`, tenant_id: 'p', admin_state_up: true, type, compare_type: 'EQUAL_TO' as const },
    ...{ invert: false, key: null, value, provisioning_status: 'ACTIVE' as const },
  });
  return {
    ...{ id: name, tenant_id: 'p', name, description: '', admin_state_up: true, listener_id: 'listener-http' },
    ...{ action: 'REDIRECT_TO_POOL', redirect_pool_id: poolId, redirect_listener_id: null, redirect_url: null },
    ...{
      position: 100,
      provisioning_status: 'ACTIVE',
      rules: [rule('HOST_NAME', 'www.example.com'), rule('PATH', path)],
    },
    ...extra,
  };
}
