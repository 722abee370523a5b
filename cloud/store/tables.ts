/**
 * Row shapes of every table. Rows are the service's own records: close to the
 * wire objects, plus what the service needs to derive statuses (pending windows,
 * which ports a server really listens on). Views in services/ turn rows into wire objects.
 */
import type { HealthMonitorHttpMethod } from '../../contract/elb-v2/health-monitors';
import type { SessionPersistence } from '../../contract/elb-v2/sticky-session';
import type { Tag } from '../../contract/elb-v2/tags';
import type { TlsCiphersPolicy } from '../../contract/elb-v2/tls-policies';
import type { PublicIp } from '../../contract/vpc/publicips';
import type { Subnet, Vpc } from '../../contract/vpc/vpcs';
import type { Server } from '../../contract/ecs/servers';
import type { Trace } from '../../contract/cts/traces';
import type { ClassicLoadBalancer } from '../../contract/elb-classic/load-balancers';
import type { ClassicListener } from '../../contract/elb-classic/listeners';
import type { ClassicMember } from '../../contract/elb-classic/members';
import type { ClassicHealthCheck } from '../../contract/elb-classic/health-checks';
import type { ClassicCertificate } from '../../contract/elb-classic/certificates';
import type { ClassicJob } from '../../contract/elb-classic/jobs';
import type { Certificate } from '../../contract/elb-v2/certificates';
import type { MetricAlarm } from '../../contract/ces/alarms';
import type { AlarmHistory } from '../../contract/ces/alarm-history';
import type { Logtank } from '../../contract/elb-v3/logtanks';

/**
 * A classic asynchronous job (api/elb/classic-v1.0/querying_the_job_status.rst). It is RUNNING
 * until the clock passes `end_ms`; then services/classic/jobs.ts settles it: applies `effect`
 * (on SUCCESS) or rolls back what the starting request did (on FAIL) and stores the final status.
 */
export interface ClassicJobRow extends ClassicJob {
  /** The store's key: the same value as `job_id`. */
  id: string;
  begin_ms: number;
  end_ms: number;
  /** How the job ends; decided when it starts, so the outcome is deterministic. */
  outcome: { status: 'SUCCESS' } | { status: 'FAIL'; error_code: string; fail_reason: string };
  effect: ClassicJobEffect;
}

/** What settling a job does to the other classic tables. */
export type ClassicJobEffect =
  | { kind: 'createLb'; loadbalancer_id: string }
  | {
      kind: 'updateLb';
      loadbalancer_id: string;
      changes: Partial<Pick<ClassicLoadBalancer, 'name' | 'description' | 'bandwidth' | 'admin_state_up'>>;
    }
  | { kind: 'deleteLb'; loadbalancer_id: string; keepEip: boolean }
  | { kind: 'addMembers'; listener_id: string; member_ids: string[] }
  | { kind: 'removeMembers'; listener_id: string; member_ids: string[] };

/**
 * A backend ECS of a classic listener: one row per (listener, ECS). The wire object lists the
 * listeners of the ECS; the view builds it from the rows that share `server_id`.
 */
export interface ClassicMemberRow extends Omit<ClassicMember, 'listeners'> {
  listener_id: string;
  /** While an add or remove job runs: its id (the member shows PENDING). */
  job_id: string | null;
}

/** A short provisioning window after a write; the status is ACTIVE again once `until` passes. */
export interface Pending {
  status: 'PENDING_CREATE' | 'PENDING_UPDATE';
  until: number;
}

export interface LoadBalancerRow {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  vip_subnet_id: string;
  vip_port_id: string;
  vip_address: string;
  admin_state_up: boolean;
  tags: Tag[];
  created_at: string;
  updated_at: string;
  pending?: Pending;
}

export interface ListenerRow {
  id: string;
  tenant_id: string;
  loadbalancer_id: string;
  name: string;
  description: string;
  protocol: 'TCP' | 'UDP' | 'HTTP' | 'TERMINATED_HTTPS';
  protocol_port: number;
  default_pool_id: string | null;
  connection_limit: number;
  admin_state_up: boolean;
  http2_enable: boolean;
  default_tls_container_ref: string | null;
  client_ca_tls_container_ref: string | null;
  sni_container_refs: string[];
  tls_ciphers_policy: TlsCiphersPolicy | null;
  keepalive_timeout: number | null;
  client_timeout: number | null;
  member_timeout: number | null;
  insert_headers: Record<string, boolean>;
  transparent_client_ip_enable: boolean;
  tags: Tag[];
  created_at: string;
  updated_at: string;
}

/** As stored by the service: `withStickyDefaults` of the request (sticky-session.ts). */
export type SessionPersistenceRow = SessionPersistence;

export interface PoolRow {
  id: string;
  tenant_id: string;
  loadbalancer_id: string;
  name: string;
  description: string;
  protocol: 'TCP' | 'UDP' | 'HTTP';
  lb_algorithm: 'ROUND_ROBIN' | 'LEAST_CONNECTIONS' | 'SOURCE_IP';
  session_persistence: SessionPersistenceRow | null;
  admin_state_up: boolean;
  created_at: string;
}

export interface MemberRow {
  id: string;
  tenant_id: string;
  pool_id: string;
  name: string;
  address: string;
  protocol_port: number;
  subnet_id: string;
  weight: number;
  admin_state_up: boolean;
  created_at: string;
}

export interface HealthMonitorRow {
  id: string;
  tenant_id: string;
  pool_id: string;
  name: string;
  type: 'TCP' | 'UDP_CONNECT' | 'HTTP';
  delay: number;
  timeout: number;
  max_retries: number;
  max_retries_down: number;
  monitor_port: number | null;
  domain_name: string | null;
  url_path: string;
  expected_codes: string;
  http_method: HealthMonitorHttpMethod;
  admin_state_up: boolean;
}

export interface L7PolicyRow {
  id: string;
  tenant_id: string;
  listener_id: string;
  name: string;
  description: string;
  action: 'REDIRECT_TO_POOL' | 'REDIRECT_TO_LISTENER';
  redirect_pool_id: string | null;
  redirect_listener_id: string | null;
  position: number;
  admin_state_up: boolean;
  /** ERROR marks a policy that duplicates another one on the listener ("Faulty"). */
  provisioning_status: 'ACTIVE' | 'ERROR';
  created_at: string;
}

export interface L7RuleRow {
  id: string;
  tenant_id: string;
  l7policy_id: string;
  type: 'HOST_NAME' | 'PATH';
  compare_type: 'EQUAL_TO' | 'STARTS_WITH' | 'REGEX';
  value: string;
  admin_state_up: boolean;
  provisioning_status: 'ACTIVE' | 'ERROR';
}

export interface WhitelistRow {
  id: string;
  tenant_id: string;
  listener_id: string;
  enable_whitelist: boolean;
  whitelist: string;
}

/** A network port: a load balancer's VIP port or a server's NIC. EIPs bind to ports. */
export interface PortRow {
  id: string;
  subnet_id: string;
  fixed_ip: string;
  device_owner: 'neutron:LOADBALANCER' | 'compute:nova';
  device_id: string;
}

/** A server plus what the scenario says it really serves, so health is derived, not stored. */
export interface ServerRow extends Server {
  /** Ports an application listens on; a member on any other port is unhealthy. */
  listening_ports: number[];
}

/** An LTS log group (Gap 8), answered as LogGroup. */
export interface LogGroupRow {
  id: string;
  name: string;
  creation_time: number;
  ttl_in_days: number;
}

/** An LTS log stream of one group (Gap 8), answered as LogStream. */
export interface LogStreamRow {
  id: string;
  log_group_id: string;
  name: string;
  creation_time: number;
}

/** One entry of an alarm rule's history: a state change, or an alarm repeated after suppress_duration. */
export type AlarmRecord = Pick<AlarmHistory, 'alarm_status' | 'update_time' | 'trigger_time' | 'datapoints'>;

/** A Cloud Eye alarm rule; its state is derived from the metrics whenever it is read (services/ces/alarm-state.ts). */
export interface AlarmRow extends Omit<MetricAlarm, 'alarm_id' | 'alarm_state' | 'update_time'> {
  id: string;
  created_ms: number;
  /** Evaluation runs from here: the rule's creation, its last condition change, or being enabled again. */
  evaluated_from: number;
  /** History recorded before `evaluated_from`, kept when the condition changed or the rule was disabled. */
  past: AlarmRecord[];
}

export interface Tables {
  loadbalancers: LoadBalancerRow;
  listeners: ListenerRow;
  pools: PoolRow;
  members: MemberRow;
  healthmonitors: HealthMonitorRow;
  l7policies: L7PolicyRow;
  l7rules: L7RuleRow;
  whitelists: WhitelistRow;
  /** Stored as answered: `expire_time` was read from the certificate itself when it was uploaded. */
  certificates: Certificate;
  ports: PortRow;
  vpcs: Vpc;
  subnets: Subnet;
  publicips: PublicIp;
  servers: ServerRow;
  /** `sequence` orders traces recorded in the same millisecond. */
  traces: Trace & { id: string; sequence: number };
  classicLoadbalancers: ClassicLoadBalancer;
  /** Stored without `member_number`; the view counts the listener's members. */
  classicListeners: Omit<ClassicListener, 'member_number'>;
  classicMembers: ClassicMemberRow;
  classicHealthChecks: ClassicHealthCheck;
  classicCertificates: ClassicCertificate;
  classicJobs: ClassicJobRow;
  /** Cloud Eye alarm rules, by alarm_id. */
  alarms: AlarmRow;
  /** Access-log settings (v3 logtanks); `created_ms` bounds the log lines a query returns. */
  logtanks: Logtank & { created_ms: number };
  /** LTS (Gap 8): a log group and its streams. */
  logGroups: LogGroupRow;
  logStreams: LogStreamRow;
}

export const tableNames = [
  'loadbalancers',
  'listeners',
  'pools',
  'members',
  'healthmonitors',
  'l7policies',
  'l7rules',
  'whitelists',
  'certificates',
  'ports',
  'vpcs',
  'subnets',
  'publicips',
  'servers',
  'traces',
  'classicLoadbalancers',
  'classicListeners',
  'classicMembers',
  'classicHealthChecks',
  'classicCertificates',
  'classicJobs',
  'alarms',
  'logtanks',
  'logGroups',
  'logStreams',
] as const satisfies readonly (keyof Tables)[];

export function emptyTables(): { [T in keyof Tables]: Tables[T][] } {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as { [T in keyof Tables]: Tables[T][] };
}
