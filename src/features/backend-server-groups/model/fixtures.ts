/** Small, fixed resources for the model's unit tests (STYLE rule 12: deterministic). */
import type { Server } from '../../../../contract/ecs/servers';
import type { HealthMonitor } from '../../../../contract/elb-v2/health-monitors';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Member } from '../../../../contract/elb-v2/members';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { Subnet } from '../../../../contract/vpc/vpcs';

export const subnet = (id: string, cidr: string, vpcId = 'vpc-1'): Subnet => ({
  id,
  name: id,
  description: '',
  cidr,
  gateway_ip: cidr.replace(/\.0\/\d+$/, '.1'),
  status: 'ACTIVE',
  vpc_id: vpcId,
  ipv6_enable: false,
  dhcp_enable: true,
  primary_dns: '',
  secondary_dns: '',
  dnsList: [],
  availability_zone: 'eu-de-01',
  neutron_network_id: `net-${id}`,
  neutron_subnet_id: `neutron-${id}`,
  tenant_id: 'p',
  created_at: '2026-10-01T08:00:00',
  updated_at: '2026-10-01T08:00:00',
});

export const server = (name: string, ip: string | undefined, extra: Partial<Server> = {}): Server => ({
  id: `id-${name}`,
  name,
  status: 'ACTIVE',
  addresses: ip
    ? { 'vpc-1': [{ addr: ip, version: 4, 'OS-EXT-IPS:port_id': `port-${name}`, 'OS-EXT-IPS:type': 'fixed' }] }
    : {},
  'OS-EXT-AZ:availability_zone': 'eu-de-01',
  metadata: { os_type: 'Linux', vpc_id: 'vpc-1' },
  flavor: { id: 's3.medium.2', vcpus: '1', ram: '2048' },
  created: '2026-10-01T08:00:00Z',
  ...extra,
});

export const member = (id: string, address: string, port: number, extra: Partial<Member> = {}): Member => ({
  id,
  tenant_id: 'p',
  name: `member-${id}`,
  address,
  protocol_port: port,
  subnet_id: 'neutron-web',
  admin_state_up: true,
  weight: 1,
  operating_status: 'ONLINE',
  ...extra,
});

export const pool = (extra: Partial<Pool> = {}): Pool => ({
  id: 'pool-1',
  tenant_id: 'p',
  name: 'server_group-web',
  description: '',
  protocol: 'HTTP',
  lb_algorithm: 'ROUND_ROBIN',
  members: [],
  healthmonitor_id: 'hm-1',
  admin_state_up: true,
  listeners: [{ id: 'listener-1' }],
  loadbalancers: [{ id: 'lb-1' }],
  session_persistence: null,
  ...extra,
});

export const monitor = (extra: Partial<HealthMonitor> = {}): HealthMonitor => ({
  id: 'hm-1',
  tenant_id: 'p',
  name: '',
  type: 'HTTP',
  delay: 5,
  timeout: 3,
  max_retries: 3,
  max_retries_down: 3,
  monitor_port: null,
  domain_name: null,
  url_path: '/',
  expected_codes: '200',
  http_method: 'GET',
  admin_state_up: true,
  pools: [{ id: 'pool-1' }],
  ...extra,
});

export const listener = (extra: Partial<Listener> = {}): Listener => ({
  id: 'listener-1',
  tenant_id: 'p',
  name: 'listener-http',
  description: '',
  protocol: 'HTTP',
  protocol_port: 80,
  loadbalancers: [{ id: 'lb-1' }],
  connection_limit: -1,
  admin_state_up: true,
  http2_enable: false,
  default_pool_id: 'pool-1',
  default_tls_container_ref: null,
  client_ca_tls_container_ref: null,
  sni_container_refs: [],
  tls_ciphers_policy: null,
  tags: [],
  created_at: '2026-10-01T08:00:00',
  updated_at: '2026-10-01T08:00:00',
  ...extra,
});

export const loadBalancer = (extra: Partial<LoadBalancer> = {}): LoadBalancer => ({
  id: 'lb-1',
  tenant_id: 'p',
  name: 'elb-1',
  description: '',
  vip_subnet_id: 'neutron-web',
  vip_port_id: 'port-vip',
  vip_address: '10.0.1.100',
  provider: 'vlb',
  provisioning_status: 'ACTIVE',
  operating_status: 'ONLINE',
  admin_state_up: true,
  listeners: [{ id: 'listener-1' }],
  pools: [{ id: 'pool-1' }],
  tags: [],
  created_at: '2026-10-01T08:00:00',
  updated_at: '2026-10-01T08:00:00',
  ...extra,
});
