/**
 * Builds scenario snapshots with fixed IDs and times. Every scenario gets its own
 * ID namespace, so the n-th resource of a scenario always has the same ID.
 */
import { toV2Timestamp } from '../../contract/common';
import { toCertificateTimestamp, type Certificate, type CertificateType } from '../../contract/elb-v2/certificates';
import type { Tag } from '../../contract/elb-v2/tags';
import type { PublicIp } from '../../contract/vpc/publicips';
import type { Subnet, Vpc } from '../../contract/vpc/vpcs';
import type { ClassicLoadBalancer } from '../../contract/elb-classic/load-balancers';
import type { ClassicCertificate } from '../../contract/elb-classic/certificates';
import type { ClassicHealthCheck } from '../../contract/elb-classic/health-checks';
import type { CreateClassicListenerRequest } from '../../contract/elb-classic/listeners';
import { deterministicHex32, deterministicUuid } from '../ids';
import { listenerProtocolDefaults } from '../services/elb/listeners';
import { CLASSIC_HEALTH_CHECK_DEFAULTS } from '../services/classic/health-checks';
import { newClassicListenerSettings } from '../services/classic/listener-settings';
import { alarmIdOf, alarmRowOf } from '../services/ces/alarms';
import type { CreateAlarmRequest } from '../../contract/ces/alarms';
import type { Meta, Snapshot } from '../store/store';
import {
  emptyTables,
  type AlarmRow,
  type ClassicMemberRow,
  type HealthMonitorRow,
  type ListenerRow,
  type LoadBalancerRow,
  type MemberRow,
  type PoolRow,
  type LogGroupRow,
  type LogStreamRow,
  type ServerRow,
  type Tables,
} from '../store/tables';

/** 2026-10-01T08:00:00Z: seeds are dated from here, a minute apart. */
export const SEED_EPOCH_MS = Date.UTC(2026, 9, 1, 8, 0, 0);
/** The project every scenario belongs to (the console's default config uses it too). */
export const SCENARIO_PROJECT_ID = '6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7';

export const DEFAULT_QUOTAS: Record<string, number> = {
  loadbalancer: 50,
  listener: 100,
  pool: 500,
  member: 1000,
  healthmonitor: 500,
  l7policy: 500,
  certificate: 120,
  publicip: 20,
  /** Classic load balancers (the classic quota API's `elb`). */
  elb: 10,
  /**
   * Listeners of one classic load balancer (ELB.6091 "Request lb has more than user listener quota"
   * beyond it; the quota API leaves the listener `used` count empty because it is per load balancer).
   */
  classic_listener: 10,
  /** Backend ECSs of one classic listener (ELB.2001 beyond it). */
  classic_member: 100,
};

export class ScenarioBuilder {
  private readonly tables = emptyTables();
  private count = 0;

  constructor(
    private readonly name: string,
    private readonly namespace: number,
    readonly quotas: Record<string, number> = DEFAULT_QUOTAS,
  ) {}

  id(): string {
    this.count += 1;
    return deterministicUuid(this.namespace, this.count);
  }

  /** Creation time of the n-th seeded resource. */
  time(minutesAfterEpoch: number): string {
    return toV2Timestamp(SEED_EPOCH_MS + minutesAfterEpoch * 60_000);
  }

  vpc(name: string, cidr: string): Vpc {
    const created = this.time(this.count);
    const vpc: Vpc = {
      id: this.id(),
      name,
      description: '',
      cidr,
      status: 'OK',
      enterprise_project_id: '0',
      routes: [],
      enable_shared_snat: false,
      tenant_id: SCENARIO_PROJECT_ID,
      created_at: created,
      updated_at: created,
    };
    this.tables.vpcs.push(vpc);
    return vpc;
  }

  subnet(vpc: Vpc, name: string, cidr: string, az = 'eu-de-01'): Subnet {
    const created = this.time(this.count);
    const gateway = cidr.replace(/\.\d+\/\d+$/, '.1');
    const subnet: Subnet = {
      id: this.id(),
      name,
      description: '',
      cidr,
      gateway_ip: gateway,
      status: 'ACTIVE',
      vpc_id: vpc.id,
      ipv6_enable: false,
      dhcp_enable: true,
      primary_dns: '100.125.4.25',
      secondary_dns: '100.125.129.199',
      dnsList: ['100.125.4.25', '100.125.129.199'],
      availability_zone: az,
      neutron_network_id: this.id(),
      neutron_subnet_id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      created_at: created,
      updated_at: created,
    };
    this.tables.subnets.push(subnet);
    return subnet;
  }

  server(
    subnet: Subnet,
    name: string,
    ip: string,
    options: { status?: ServerRow['status']; listening?: number[]; os?: 'Linux' | 'Windows'; vcpus?: number } = {},
  ): ServerRow {
    const portId = this.id();
    const server: ServerRow = {
      id: this.id(),
      name,
      status: options.status ?? 'ACTIVE',
      addresses: {
        [subnet.vpc_id]: [{ addr: ip, version: 4, 'OS-EXT-IPS:port_id': portId, 'OS-EXT-IPS:type': 'fixed' }],
      },
      'OS-EXT-AZ:availability_zone': subnet.availability_zone,
      metadata: { os_type: options.os ?? 'Linux', vpc_id: subnet.vpc_id },
      flavor: {
        id: `s3.large.${options.vcpus ?? 2}`,
        vcpus: String(options.vcpus ?? 2),
        ram: String((options.vcpus ?? 2) * 4096),
      },
      created: `${this.time(this.count)}Z`,
      listening_ports: options.listening ?? [22],
    };
    this.tables.servers.push(server);
    this.tables.ports.push({
      id: portId,
      subnet_id: subnet.neutron_subnet_id,
      fixed_ip: ip,
      device_owner: 'compute:nova',
      device_id: server.id,
    });
    return server;
  }

  eip(
    address: string,
    bandwidth: number,
    options: { portId?: string; privateIp?: string; type?: string } = {},
  ): PublicIp {
    const eip: PublicIp = {
      id: this.id(),
      status: options.portId ? 'ACTIVE' : 'DOWN',
      type: options.type ?? '5_bgp',
      public_ip_address: address,
      ip_version: 4,
      tenant_id: SCENARIO_PROJECT_ID,
      create_time: this.time(this.count).replace('T', ' '),
      bandwidth_id: this.id(),
      bandwidth_size: bandwidth,
      bandwidth_share_type: 'PER',
      bandwidth_name: `bandwidth-${address.split('.').slice(-2).join('-')}`,
      enterprise_project_id: '0',
      ...(options.portId ? { port_id: options.portId, private_ip_address: options.privateIp } : {}),
    };
    this.tables.publicips.push(eip);
    return eip;
  }

  loadBalancer(
    subnet: Subnet,
    name: string,
    ip: string,
    options: {
      description?: string;
      tags?: Tag[];
      enabled?: boolean;
      eip?: { address: string; bandwidth: number };
    } = {},
  ): LoadBalancerRow {
    const created = this.time(this.count);
    const lb: LoadBalancerRow = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      name,
      description: options.description ?? '',
      vip_subnet_id: subnet.neutron_subnet_id,
      vip_port_id: this.id(),
      vip_address: ip,
      admin_state_up: options.enabled ?? true,
      tags: options.tags ?? [],
      created_at: created,
      updated_at: created,
    };
    this.tables.loadbalancers.push(lb);
    this.tables.ports.push({
      id: lb.vip_port_id,
      subnet_id: subnet.neutron_subnet_id,
      fixed_ip: ip,
      device_owner: 'neutron:LOADBALANCER',
      device_id: lb.id,
    });
    if (options.eip) this.eip(options.eip.address, options.eip.bandwidth, { portId: lb.vip_port_id, privateIp: ip });
    return lb;
  }

  listener(
    lb: LoadBalancerRow,
    name: string,
    protocol: ListenerRow['protocol'],
    port: number,
    options: Partial<
      Pick<
        ListenerRow,
        | 'description'
        | 'tags'
        | 'http2_enable'
        | 'default_tls_container_ref'
        | 'client_ca_tls_container_ref'
        | 'sni_container_refs'
        | 'tls_ciphers_policy'
      >
    > = {},
  ): ListenerRow {
    const created = this.time(this.count);
    const listener: ListenerRow = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      loadbalancer_id: lb.id,
      name,
      description: options.description ?? '',
      protocol,
      protocol_port: port,
      default_pool_id: null,
      connection_limit: -1,
      admin_state_up: true,
      http2_enable: options.http2_enable ?? false,
      default_tls_container_ref: options.default_tls_container_ref ?? null,
      client_ca_tls_container_ref: options.client_ca_tls_container_ref ?? null,
      sni_container_refs: options.sni_container_refs ?? [],
      // The same defaults as a listener added through the API.
      ...listenerProtocolDefaults(protocol),
      ...(options.tls_ciphers_policy ? { tls_ciphers_policy: options.tls_ciphers_policy } : {}),
      tags: options.tags ?? [],
      created_at: created,
      updated_at: created,
    };
    this.tables.listeners.push(listener);
    return listener;
  }

  pool(
    lb: LoadBalancerRow,
    name: string,
    protocol: PoolRow['protocol'],
    options: {
      listener?: ListenerRow;
      algorithm?: PoolRow['lb_algorithm'];
      sticky?: PoolRow['session_persistence'];
    } = {},
  ): PoolRow {
    const pool: PoolRow = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      loadbalancer_id: lb.id,
      name,
      description: '',
      protocol,
      lb_algorithm: options.algorithm ?? 'ROUND_ROBIN',
      session_persistence: options.sticky ?? null,
      admin_state_up: true,
      created_at: this.time(this.count),
    };
    this.tables.pools.push(pool);
    if (options.listener) {
      const index = this.tables.listeners.indexOf(options.listener);
      this.tables.listeners[index] = { ...options.listener, default_pool_id: pool.id };
    }
    return pool;
  }

  member(pool: PoolRow, server: ServerRow, subnet: Subnet, port: number, weight = 1): MemberRow {
    const address = Object.values(server.addresses)[0]![0]!.addr;
    const member: MemberRow = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      pool_id: pool.id,
      name: server.name,
      address,
      protocol_port: port,
      subnet_id: subnet.neutron_subnet_id,
      weight,
      admin_state_up: true,
      created_at: this.time(this.count),
    };
    this.tables.members.push(member);
    return member;
  }

  monitor(pool: PoolRow, type: HealthMonitorRow['type'], options: Partial<HealthMonitorRow> = {}): HealthMonitorRow {
    const monitor: HealthMonitorRow = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      pool_id: pool.id,
      name: '',
      type,
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
      ...options,
    };
    this.tables.healthmonitors.push(monitor);
    return monitor;
  }

  policy(
    listener: ListenerRow,
    name: string,
    pool: PoolRow,
    rules: { type: 'HOST_NAME' | 'PATH'; compare_type: 'EQUAL_TO' | 'STARTS_WITH' | 'REGEX'; value: string }[],
  ) {
    const policy = {
      id: this.id(),
      tenant_id: SCENARIO_PROJECT_ID,
      listener_id: listener.id,
      name,
      description: '',
      action: 'REDIRECT_TO_POOL' as const,
      redirect_pool_id: pool.id,
      redirect_listener_id: null,
      position: 100,
      admin_state_up: true,
      provisioning_status: 'ACTIVE' as const,
      created_at: this.time(this.count),
    };
    this.tables.l7policies.push(policy);
    for (const rule of rules) {
      this.tables.l7rules.push({
        id: this.id(),
        tenant_id: SCENARIO_PROJECT_ID,
        l7policy_id: policy.id,
        admin_state_up: true,
        provisioning_status: 'ACTIVE',
        ...rule,
      });
    }
    return policy;
  }

  /**
   * A certificate with the given PEM. `expireTime` must be what the certificate says (a test checks
   * every seeded certificate against its parsed notAfter): the scenario does not parse at build time.
   */
  certificate(
    name: string,
    pem: { certificate: string; privateKey?: string },
    options: { type?: CertificateType; domain?: string; expireTime: string; description?: string },
  ): Certificate {
    this.count += 1;
    const created = toCertificateTimestamp(SEED_EPOCH_MS + this.count * 60_000);
    const type = options.type ?? 'server';
    const certificate: Certificate = {
      id: deterministicHex32(this.namespace, this.count),
      tenant_id: SCENARIO_PROJECT_ID,
      admin_state_up: true,
      name,
      description: options.description ?? '',
      type,
      domain: type === 'server' ? (options.domain ?? null) : null,
      certificate: pem.certificate,
      private_key: type === 'server' ? (pem.privateKey ?? '') : '',
      expire_time: options.expireTime,
      create_time: created,
      update_time: created,
    };
    this.tables.certificates.push(certificate);
    return certificate;
  }

  /** Classic IDs are 32 hexadecimal characters; times are `YYYY-MM-DD HH:MM:SS`. */
  classicLoadBalancer(
    vpc: Vpc,
    name: string,
    type: ClassicLoadBalancer['type'],
    vipAddress: string,
    options: {
      bandwidth?: number;
      adminState?: ClassicLoadBalancer['admin_state_up'];
      description?: string;
      securityGroupId?: string;
    } = {},
  ): ClassicLoadBalancer {
    this.count += 1;
    const created = this.time(this.count).replace('T', ' ');
    const lb: ClassicLoadBalancer = {
      id: deterministicHex32(this.namespace, this.count),
      name,
      description: options.description ?? null,
      status: 'ACTIVE',
      type,
      vip_address: vipAddress,
      bandwidth: type === 'External' ? (options.bandwidth ?? 10) : null,
      vpc_id: vpc.id,
      admin_state_up: options.adminState ?? 1,
      vip_subnet_id: null,
      security_group_id: type === 'Internal' ? (options.securityGroupId ?? null) : null,
      create_time: created,
      update_time: created,
    };
    this.tables.classicLoadbalancers.push(lb);
    return lb;
  }

  /** A running backend ECS of a classic listener, addressed by its private IP (adding_backend_ecss.rst). */
  classicMember(listener: Tables['classicListeners'], server: ServerRow): ClassicMemberRow {
    this.count += 1;
    const created = this.time(this.count).replace('T', ' ');
    const address = Object.values(server.addresses)[0]![0]!.addr;
    const member: ClassicMemberRow = {
      id: deterministicHex32(this.namespace, this.count),
      listener_id: listener.id,
      server_address: address,
      address,
      status: 'ACTIVE',
      health_status: 'UNAVAILABLE',
      server_name: server.name,
      server_id: server.id,
      job_id: null,
      create_time: created,
      update_time: created,
    };
    this.tables.classicMembers.push(member);
    return member;
  }

  /** The ID and time of the next classic seed (32 hex characters; `YYYY-MM-DD HH:MM:SS`). */
  private nextClassic(): { id: string; time: string } {
    this.count += 1;
    return { id: deterministicHex32(this.namespace, this.count), time: this.time(this.count).replace('T', ' ') };
  }

  /** A classic listener with the settings the API stores for that body (listener-settings.ts). */
  classicListener(
    lb: ClassicLoadBalancer,
    name: string,
    body: Omit<CreateClassicListenerRequest, 'name' | 'loadbalancer_id'>,
  ): Tables['classicListeners'] {
    const { id, time } = this.nextClassic();
    const listener: Tables['classicListeners'] = {
      id,
      name,
      description: body.description ?? '',
      loadbalancer_id: lb.id,
      port: body.port,
      backend_port: body.backend_port,
      ...newClassicListenerSettings({ ...body, name, loadbalancer_id: lb.id }),
      status: 'ACTIVE',
      admin_state_up: true,
      healthcheck_id: null,
      create_time: time,
      update_time: time,
    };
    this.tables.classicListeners.push(listener);
    return listener;
  }

  /** The health check of a classic listener (the route's defaults unless given); links the listener to it. */
  classicHealthCheck(
    listener: Tables['classicListeners'],
    protocol: ClassicHealthCheck['healthcheck_protocol'],
    options: { uri?: string; port?: number } = {},
  ): ClassicHealthCheck {
    const { id, time } = this.nextClassic();
    const check: ClassicHealthCheck = {
      id,
      listener_id: listener.id,
      healthcheck_protocol: protocol,
      ...CLASSIC_HEALTH_CHECK_DEFAULTS,
      healthcheck_uri: protocol === 'HTTP' ? (options.uri ?? CLASSIC_HEALTH_CHECK_DEFAULTS.healthcheck_uri) : '',
      healthcheck_connect_port: options.port ?? listener.backend_port,
      create_time: time,
      update_time: time,
    };
    this.tables.classicHealthChecks.push(check);
    listener.healthcheck_id = check.id;
    return check;
  }

  /** A classic server certificate with its PEM (the API parses uploads; seeds are trusted). */
  classicCertificate(
    name: string,
    pem: { certificate: string; privateKey: string },
    options: { domain?: string; description?: string } = {},
  ): ClassicCertificate {
    const { id, time } = this.nextClassic();
    const certificate: ClassicCertificate = {
      id,
      name,
      description: options.description ?? '',
      domain: options.domain ?? null,
      certificate: pem.certificate,
      private_key: pem.privateKey,
      create_time: time,
      update_time: time,
    };
    this.tables.classicCertificates.push(certificate);
    return certificate;
  }

  /** An LTS log group (Gap 8); logs are kept `ttlInDays` days. */
  logGroup(name: string, ttlInDays = 7): LogGroupRow {
    const group: LogGroupRow = {
      id: this.id(),
      name,
      creation_time: SEED_EPOCH_MS + this.count * 60_000,
      ttl_in_days: ttlInDays,
    };
    this.tables.logGroups.push(group);
    return group;
  }

  logStream(group: LogGroupRow, name: string): LogStreamRow {
    const stream: LogStreamRow = {
      id: this.id(),
      log_group_id: group.id,
      name,
      creation_time: SEED_EPOCH_MS + this.count * 60_000,
    };
    this.tables.logStreams.push(stream);
    return stream;
  }

  /** Access logging of `lb` into `stream`, from the seed time on. */
  logtank(lb: LoadBalancerRow, stream: LogStreamRow): void {
    this.tables.logtanks.push({
      id: this.id(),
      project_id: SCENARIO_PROJECT_ID,
      loadbalancer_id: lb.id,
      log_group_id: stream.log_group_id,
      log_topic_id: stream.id,
      created_ms: SEED_EPOCH_MS + this.count * 60_000,
    });
  }

  /** A Cloud Eye alarm rule, stored as the API stores a created one (services/ces/alarms.ts). */
  alarm(body: CreateAlarmRequest): AlarmRow {
    this.count += 1;
    const created = SEED_EPOCH_MS + this.count * 60_000;
    const row = alarmRowOf(body, alarmIdOf(created, deterministicHex32(this.namespace, this.count)), created);
    this.tables.alarms.push(row);
    return row;
  }

  build(): Snapshot {
    const meta: Meta = { sequence: 0, scenario: this.name, projectId: SCENARIO_PROJECT_ID, quotas: { ...this.quotas } };
    // The builder is used once: its tables become the snapshot.
    return { version: 1, meta, tables: this.tables };
  }
}
