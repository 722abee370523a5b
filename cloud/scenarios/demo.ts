/**
 * `demo`: a realistic small account. A production VPC with web, app and database
 * tiers, a staging VPC, servers (one stopped, one whose app listens on the wrong
 * port, so health has real reasons), EIPs bound and free, and load balancers
 * public, private, disabled, empty and busy.
 */
import type { Snapshot } from '../store/store';
import type { Subnet } from '../../contract/vpc/vpcs';
import type { ListenerRow, LoadBalancerRow, ServerRow } from '../store/tables';
import { DEFAULT_QUOTAS, SCENARIO_PROJECT_ID, ScenarioBuilder } from './builder';
import {
  apiCertificate,
  demoCaCertificate,
  shopCertificate,
  wildcardOrgCertificate,
  wwwCertificate,
} from './demo-certificates';
import { seedDemoClassicListeners } from './demo-classic';

export const DEMO_NAMESPACE = 100;

export function seedDemo(builder: ScenarioBuilder): ScenarioBuilder {
  const prod = builder.vpc('vpc-prod', '10.0.0.0/16');
  const web = builder.subnet(prod, 'subnet-web', '10.0.1.0/24');
  const app = builder.subnet(prod, 'subnet-app', '10.0.2.0/24', 'eu-de-02');
  const db = builder.subnet(prod, 'subnet-db', '10.0.3.0/24', 'eu-de-02');
  const staging = builder.vpc('vpc-staging', '172.16.0.0/16');
  const stagingNet = builder.subnet(staging, 'subnet-staging', '172.16.10.0/24');
  const shared = builder.vpc('vpc-shared-services', '192.168.0.0/16');
  const mgmt = builder.subnet(shared, 'subnet-mgmt', '192.168.1.0/24', 'eu-de-03');

  const webServers = [11, 12, 13, 14].map((host, i) =>
    builder.server(web, `ecs-web-0${i + 1}`, `10.0.1.${host}`, { listening: [22, 80, 443] }),
  );
  const appServers = [21, 22, 23].map((host, i) =>
    builder.server(app, `ecs-app-0${i + 1}`, `10.0.2.${host}`, { listening: [22, 8080], vcpus: 4 }),
  );
  const stoppedApp = builder.server(app, 'ecs-app-04', '10.0.2.24', {
    status: 'SHUTOFF',
    listening: [22, 8080],
    vcpus: 4,
  });
  builder.server(db, 'ecs-db-01', '10.0.3.31', { listening: [22, 5432], vcpus: 8 });
  const stagingOk = builder.server(stagingNet, 'ecs-staging-01', '172.16.10.11', { listening: [22, 80] });
  // Its application listens on 8081 while the group checks 80: unhealthy for a real reason.
  const stagingMisconfigured = builder.server(stagingNet, 'ecs-staging-02', '172.16.10.12', { listening: [22, 8081] });
  builder.server(mgmt, 'ecs-bastion', '192.168.1.10', { listening: [22], os: 'Linux' });
  builder.server(web, 'ecs-win-iis-01', '10.0.1.40', { listening: [80, 3389], os: 'Windows' });

  const webLb = builder.loadBalancer(web, 'elb-web-prod', '10.0.1.100', {
    description: 'Public entry point of the shop front end',
    tags: [
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'web' },
      { key: 'cost-center', value: 'cc-1042' },
    ],
    eip: { address: '80.158.10.21', bandwidth: 100 },
  });
  const http = builder.listener(webLb, 'listener-http-80', 'HTTP', 80, { tags: [{ key: 'env', value: 'prod' }] });
  const webPool = builder.pool(webLb, 'server_group-web', 'HTTP', {
    listener: http,
    sticky: { type: 'HTTP_COOKIE', persistence_timeout: 20 },
  });
  webServers.forEach((server) => builder.member(webPool, server, web, 80, 10));
  builder.monitor(webPool, 'HTTP', { url_path: '/healthz', domain_name: 'www.example.com' });
  const apiPool = builder.pool(webLb, 'server_group-api', 'HTTP', { algorithm: 'LEAST_CONNECTIONS' });
  appServers.forEach((server) => builder.member(apiPool, server, app, 8080));
  builder.monitor(apiPool, 'HTTP', { url_path: '/api/health', monitor_port: 8080 });
  builder.policy(http, 'forwarding_policy-api', apiPool, [
    { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'www.example.com' },
    { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api/' },
  ]);

  const apiLb = builder.loadBalancer(app, 'elb-api-internal', '10.0.2.100', {
    description: 'Private load balancer for the order service',
    tags: [
      { key: 'env', value: 'prod' },
      { key: 'team', value: 'orders' },
    ],
  });
  const tcp = builder.listener(apiLb, 'listener-tcp-8080', 'TCP', 8080);
  const tcpPool = builder.pool(apiLb, 'server_group-orders', 'TCP', { listener: tcp, algorithm: 'LEAST_CONNECTIONS' });
  [...appServers, stoppedApp].forEach((server) => builder.member(tcpPool, server, app, 8080));
  builder.monitor(tcpPool, 'TCP', { delay: 4, timeout: 2 });

  const stagingLb = builder.loadBalancer(stagingNet, 'elb-staging', '172.16.10.100', {
    tags: [{ key: 'env', value: 'staging' }],
    eip: { address: '80.158.10.22', bandwidth: 10 },
  });
  const stagingHttp = builder.listener(stagingLb, 'listener-http', 'HTTP', 80);
  const stagingPool = builder.pool(stagingLb, 'server_group-staging', 'HTTP', { listener: stagingHttp });
  builder.member(stagingPool, stagingOk, stagingNet, 80);
  builder.member(stagingPool, stagingMisconfigured, stagingNet, 80);
  builder.monitor(stagingPool, 'HTTP');

  const dnsLb = builder.loadBalancer(mgmt, 'elb-dns-resolver', '192.168.1.100', {
    description: 'UDP 53 for internal resolvers',
  });
  const udp = builder.listener(dnsLb, 'listener-udp-53', 'UDP', 53);
  builder.pool(dnsLb, 'server_group-dns', 'UDP', {
    listener: udp,
    algorithm: 'SOURCE_IP',
    sticky: { type: 'SOURCE_IP', persistence_timeout: 20 },
  });

  builder.loadBalancer(web, 'elb-legacy-unused', '10.0.1.101', { description: 'No listeners: safe to delete' });
  builder.loadBalancer(app, 'elb-maintenance', '10.0.2.101', {
    enabled: false,
    description: 'Disabled during the database migration',
  });
  builder.loadBalancer(web, 'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01', '10.0.1.102', {
    tags: [{ key: 'env', value: 'prod' }],
    eip: { address: '80.158.10.23', bandwidth: 300 },
  });

  const classicPortal = builder.classicLoadBalancer(prod, 'classic-portal', 'External', '80.158.10.40', {
    bandwidth: 20,
    description: 'Customer portal, not yet migrated to an enhanced load balancer',
  });
  const classicIntranet = builder.classicLoadBalancer(prod, 'classic-intranet', 'Internal', '10.0.1.150', {
    adminState: 0,
    securityGroupId: 'sg-3f1c2b7a-intranet',
  });

  builder.eip('80.158.10.31', 5);
  builder.eip('80.158.10.32', 50, { type: '5_mailbgp' });
  builder.eip('80.158.10.33', 1000);
  seedDemoCertificates(builder, webLb, webServers, web);
  seedDemoAccessLogs(builder, webLb);
  seedDemoAlarms(builder, { webLb, http, apiLb, stagingLb });
  // Classic: frozen by an administrator, so every write is refused (ecs-app-04, stopped, is in the same
  // VPC as classic-portal: adding it as a backend ECS shows a failing job).
  builder.classicLoadBalancer(prod, 'classic-billing-frozen', 'External', '80.158.10.41', {
    bandwidth: 5,
    adminState: 2,
    description: 'Frozen: overdue invoice',
  });
  seedDemoClassicListeners(builder, { portal: classicPortal, intranet: classicIntranet, webServers, appServers });
  return builder;
}

/**
 * Certificates (expiry as each certificate says) and the HTTPS listener of elb-web-prod that uses
 * three of them: www.example.com as its server certificate, shop (expiring) and api (expired) for SNI.
 * Seeded last, so the IDs of everything seeded before them stay as they were.
 */
function seedDemoCertificates(
  builder: ScenarioBuilder,
  webLb: LoadBalancerRow,
  webServers: ServerRow[],
  web: Subnet,
): void {
  const www = builder.certificate('cert-www-example-com', wwwCertificate, {
    domain: 'www.example.com',
    expireTime: '2027-09-30 23:59:59',
    description: 'Shop front end, chain with the demo CA',
  });
  const shop = builder.certificate('cert-shop-example-com', shopCertificate, {
    domain: 'shop.example.com',
    expireTime: '2026-12-20 23:59:59',
  });
  const api = builder.certificate('cert-api-example-com', apiCertificate, {
    domain: 'api.example.com',
    expireTime: '2026-10-15 23:59:59',
    description: 'Expired: replace it',
  });
  builder.certificate('cert-wildcard-example-org', wildcardOrgCertificate, {
    domain: '*.example.org',
    expireTime: '2027-03-31 23:59:59',
  });
  builder.certificate(
    'ca-example-demo-clients',
    { certificate: demoCaCertificate },
    {
      type: 'client',
      expireTime: '2036-01-01 00:00:00',
      description: 'Issues the client certificates of partner systems',
    },
  );
  const https = builder.listener(webLb, 'listener-https-443', 'TERMINATED_HTTPS', 443, {
    default_tls_container_ref: www.id,
    sni_container_refs: [shop.id, api.id],
    http2_enable: true,
  });
  const tlsPool = builder.pool(webLb, 'server_group-web-tls', 'HTTP', { listener: https });
  webServers.forEach((server) => builder.member(tlsPool, server, web, 80));
  builder.monitor(tlsPool, 'HTTP', { url_path: '/healthz' });
}

/**
 * LTS log groups and streams (Gap 8) and access logging of elb-web-prod into ls-elb-web-prod;
 * ls-elb-staging is free, so elb-staging can be configured in the console. Seeded after the
 * certificates, so earlier IDs stay as they were.
 */
function seedDemoAccessLogs(builder: ScenarioBuilder, webLb: LoadBalancerRow): void {
  const elbGroup = builder.logGroup('lg-elb-prod', 30);
  const webStream = builder.logStream(elbGroup, 'ls-elb-web-prod');
  builder.logStream(elbGroup, 'ls-elb-staging');
  const appGroup = builder.logGroup('lg-app-services');
  builder.logStream(appGroup, 'ls-orders-api');
  builder.logtank(webLb, webStream);
}

/**
 * Cloud Eye alarm rules on the demo's load balancers: elb-api-internal has a stopped server, so its
 * unhealthy-server rule is in alarm; the staging rule is disabled. Seeded last, so earlier IDs stay.
 */
function seedDemoAlarms(
  builder: ScenarioBuilder,
  lbs: { webLb: LoadBalancerRow; http: ListenerRow; apiLb: LoadBalancerRow; stagingLb: LoadBalancerRow },
): void {
  const oncall = [
    { type: 'notification' as const, notificationList: [`urn:smn:eu-de:${SCENARIO_PROJECT_ID}:elb-oncall`] },
  ];
  const lbDimension = (lb: LoadBalancerRow) => ({ name: 'lbaas_instance_id', value: lb.id });
  const metric = (metricName: string, dimensions: { name: string; value: string }[]) => ({
    namespace: 'SYS.ELB',
    metric_name: metricName,
    dimensions,
  });
  builder.alarm({
    alarm_name: 'elb-web-prod-5xx',
    alarm_description: 'The shop front end answers server errors',
    metric: metric('mf_l7_http_5xx', [lbDimension(lbs.webLb)]),
    condition: {
      period: 300,
      filter: 'average',
      comparison_operator: '>',
      // Usually below 0.02/s; the evening peaks cross it.
      value: 0.02,
      unit: 'count/s',
      count: 3,
      suppress_duration: 3600,
    },
    alarm_level: 1,
    alarm_actions: oncall,
    ok_actions: oncall,
  });
  builder.alarm({
    alarm_name: 'elb-api-internal-unhealthy-servers',
    alarm_description: 'A backend server of the order service fails its health check',
    metric: metric('m9_abnormal_servers', [lbDimension(lbs.apiLb)]),
    condition: {
      period: 1,
      filter: 'max',
      comparison_operator: '>',
      value: 0,
      unit: 'count',
      count: 1,
      suppress_duration: 21600,
    },
    alarm_level: 2,
    alarm_actions: oncall,
    ok_actions: oncall,
  });
  builder.alarm({
    alarm_name: 'listener-http-80-new-connections',
    metric: metric('m4_ncps', [lbDimension(lbs.webLb), { name: 'lbaas_listener_id', value: lbs.http.id }]),
    condition: { period: 300, filter: 'average', comparison_operator: '>=', value: 1, unit: 'count/s', count: 2 },
    alarm_level: 3,
    alarm_action_enabled: false,
  });
  builder.alarm({
    alarm_name: 'elb-staging-response-time',
    alarm_description: 'Paused while staging is rebuilt',
    metric: metric('m14_l7_rt', [lbDimension(lbs.stagingLb)]),
    condition: { period: 1200, filter: 'average', comparison_operator: '>', value: 800, unit: 'ms', count: 3 },
    alarm_enabled: false,
    alarm_level: 4,
    alarm_action_enabled: false,
  });
}

export const demo = (): Snapshot => seedDemo(new ScenarioBuilder('demo', DEMO_NAMESPACE)).build();

/** `quota-full`: the demo account with every load balancer of its quota in use. */
export function quotaFull(): Snapshot {
  const snapshot = seedDemo(new ScenarioBuilder('quota-full', DEMO_NAMESPACE)).build();
  snapshot.meta.quotas = {
    ...DEFAULT_QUOTAS,
    loadbalancer: snapshot.tables.loadbalancers.length,
    listener: snapshot.tables.listeners.length,
    publicip: snapshot.tables.publicips.length,
    elb: snapshot.tables.classicLoadbalancers.length,
  };
  return snapshot;
}
