/** Small fixed ELB resources for the diagnostics' unit tests (STYLE rule 12: deterministic). */
import type { Certificate } from '../../contract/elb-v2/certificates';
import type { Listener, ListenerProtocol } from '../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../contract/elb-v2/load-balancers';
import type { Pool } from '../../contract/elb-v2/pools';

const CREATED = '2026-10-01T08:00:00';
const PORTS: Record<ListenerProtocol, number> = { HTTP: 80, TERMINATED_HTTPS: 443, TCP: 8080, UDP: 53 };

export function testListener(protocol: ListenerProtocol, extra: Partial<Listener> = {}): Listener {
  return {
    ...{ id: `listener-${protocol.toLowerCase()}`, tenant_id: 'p', name: `listener-${protocol.toLowerCase()}` },
    ...{ description: '', protocol, protocol_port: PORTS[protocol], loadbalancers: [{ id: 'lb-1' }] },
    ...{ connection_limit: -1, admin_state_up: true, http2_enable: false, default_pool_id: null },
    ...{ default_tls_container_ref: null, client_ca_tls_container_ref: null, sni_container_refs: [] },
    ...{ tls_ciphers_policy: null, tags: [], created_at: CREATED, updated_at: CREATED },
    ...extra,
  };
}

export function testLoadBalancer(extra: Partial<LoadBalancer> = {}): LoadBalancer {
  return {
    ...{ id: 'lb-1', tenant_id: 'p', name: 'elb-test', description: '', vip_subnet_id: 'neutron-web' },
    ...{ vip_port_id: 'port-vip', vip_address: '10.0.1.100', provider: 'vlb', provisioning_status: 'ACTIVE' },
    ...{ operating_status: 'ONLINE', admin_state_up: true, listeners: [], pools: [], tags: [] },
    ...{ created_at: CREATED, updated_at: CREATED },
    ...extra,
  };
}

export function testCertificate(id: string, domain: string | null, expireTime: string): Certificate {
  return {
    ...{ id, tenant_id: 'p', admin_state_up: true, name: id, description: null, type: 'server', domain },
    ...{ certificate: '', private_key: '', expire_time: expireTime, create_time: CREATED, update_time: CREATED },
  };
}

/** A backend server group with `members` backend servers. */
export function testPool(id: string, members: number): Pool {
  return {
    ...{ id, tenant_id: 'p', name: id, description: '', protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' },
    members: Array.from({ length: members }, (_, index) => ({ id: `${id}-m${index}` })),
    ...{ healthmonitor_id: null, admin_state_up: true, listeners: [], loadbalancers: [{ id: 'lb-1' }] },
    session_persistence: null,
  };
}
