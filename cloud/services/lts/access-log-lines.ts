/**
 * The access-log lines of mock mode (FEATURES §9; guide/access_logging.rst): one line per request
 * of each HTTP/HTTPS listener of the load balancer bound to a log stream, in the guide's fixed
 * format (contract/elb-v3/access-log.ts). The traffic model (services/ces/traffic.ts) decides how
 * many requests each minute has and their status codes, so logs and metrics agree; this file only
 * dresses each request: deterministic time, client, request line, backend and TLS fields (hash of
 * listener, minute and index — no random source). TCP/UDP listeners are never logged.
 */
import {
  ACCESS_LOG_VERSION,
  type AccessLogRecord,
  type UpstreamGroups,
} from '../../../contract/elb-v3/access-log-fields';
import { formatAccessLogLine } from '../../../contract/elb-v3/access-log';
import type { ReadTx } from '../../store/store';
import type { ListenerRow, LoadBalancerRow } from '../../store/tables';
import { MINUTE_MS, minuteIndex, seedOf, uniform } from '../ces/noise';
import { minuteOf, trafficModel, type ListenerMinute, type ListenerPlan, type UpstreamMember } from '../ces/traffic';

interface ListenerSource {
  plan: ListenerPlan;
  listener: ListenerRow;
  https: boolean;
  /** Host names clients use: the certificates' domains on HTTPS, the frontend address on HTTP. */
  hosts: string[];
}

/** Everything about a load balancer a line needs, read from the store once per query. */
export interface LogSource {
  streamId: string;
  tenantId: string;
  loadBalancer: LoadBalancerRow;
  /** EIP bound to the load balancer, else its private VIP. */
  frontendAddress: string;
  listeners: ListenerSource[];
}

export interface GeneratedLine {
  timeMs: number;
  content: string;
}

export function logSource(tx: ReadTx, loadBalancerId: string, streamId: string): LogSource | undefined {
  const model = trafficModel(tx);
  const lbPlan = model.loadBalancer(loadBalancerId);
  if (!lbPlan) return undefined;
  const lb = lbPlan.loadBalancer;
  const eip = tx.all('publicips').find((ip) => ip.port_id === lb.vip_port_id);
  const frontendAddress = eip?.public_ip_address ?? lb.vip_address;
  const domainOf = (id: string | null) => (id ? (tx.get('certificates', id)?.domain ?? undefined) : undefined);
  const listeners = lbPlan.listeners
    .filter((plan) => plan.layer7)
    .map((plan): ListenerSource => {
      const { listener } = plan;
      const https = listener.protocol === 'TERMINATED_HTTPS';
      const domains = [listener.default_tls_container_ref, ...listener.sni_container_refs]
        .map(domainOf)
        .filter((domain): domain is string => domain !== undefined && !domain.startsWith('*'));
      return { plan, listener, https, hosts: https && domains.length > 0 ? domains : [frontendAddress] };
    });
  return { streamId, tenantId: lb.tenant_id, loadBalancer: lb, frontendAddress, listeners };
}

const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  'okhttp/4.12.0',
  'curl/8.5.0',
  'kube-probe/1.30',
];
const PATHS: Record<string, string[]> = {
  ok: ['/', '/index.html', '/products?page=2', '/api/v1/orders', '/api/v1/cart', '/static/app.js', '/images/logo.png'],
  '204': ['/api/v1/events'],
  '301': ['/shop', '/help'],
  '302': ['/login', '/account'],
  '304': ['/static/app.js', '/static/styles.css', '/images/logo.png'],
  '400': ['/api/v1/orders?page=-1'],
  '403': ['/admin', '/.env'],
  '404': ['/favicon.ico', '/old-catalogue.html', '/wp-login.php'],
};
const TLS12_CIPHERS = ['ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-GCM-SHA256'];
const CLIENT_PREFIXES = [93, 145, 178, 217, 80, 31];

/** A fixed pick of `items` for a uniform value. */
const pick = <T>(items: readonly T[], u: number): T => items[Math.min(items.length - 1, Math.floor(u * items.length))]!;
const seconds = (ms: number): number => Math.round(ms) / 1000;

/** A healthy member by weight (the listener's algorithm is not modelled); undefined when none serves. */
function weightedMember(members: UpstreamMember[], u: number): UpstreamMember | undefined {
  const serving = members.filter((member) => member.healthy && member.weight > 0);
  const total = serving.reduce((sum, member) => sum + member.weight, 0);
  let at = u * total;
  return serving.find((member) => (at -= member.weight) < 0) ?? serving[serving.length - 1];
}

/** The minute's status codes in a fixed shuffled order: exactly the traffic model's counts. */
function shuffledStatuses(counts: Record<string, number>, seed: number): number[] {
  const statuses = Object.keys(counts)
    .sort()
    .flatMap((code) => Array.from({ length: counts[code]! }, () => Number(code)));
  for (let index = statuses.length - 1; index > 0; index -= 1) {
    const other = Math.floor(uniform(seed, index) * (index + 1));
    [statuses[index], statuses[other]] = [statuses[other]!, statuses[index]!];
  }
  return statuses;
}

interface Upstream {
  addr: UpstreamGroups<string> | null;
  status: UpstreamGroups<number> | null;
  connect: UpstreamGroups<number> | null;
  header: UpstreamGroups<number> | null;
  response: UpstreamGroups<number> | null;
}

const NOT_FORWARDED: Upstream = { addr: null, status: null, connect: null, header: null, response: null };
const addressOf = (member: UpstreamMember) => `${member.address}:${member.port}`;

/**
 * Where the request went (guide Table 1): 503 is answered by the load balancer itself (`-`); 502
 * comes from a failed, unhealthy backend; with some backends unhealthy a few requests fail on one
 * and are retried on a healthy one (`502, 200`, two addresses).
 */
function upstreamOf(status: number, minute: ListenerMinute, requestMs: number, u: (salt: number) => number): Upstream {
  const unhealthy = minute.members.filter((member) => !member.healthy);
  const healthy = weightedMember(minute.members, u(20));
  const connect = seconds(1 + 3 * u(21));
  if (status === 503) return NOT_FORWARDED;
  if (status === 502) {
    const failed = unhealthy.length > 0 ? pick(unhealthy, u(22)) : (healthy ?? minute.members[0]);
    if (!failed) return NOT_FORWARDED;
    return {
      addr: [[addressOf(failed)]],
      status: [[502]],
      connect: [[connect]],
      header: [[null]],
      response: [[connect]],
    };
  }
  if (!healthy) return NOT_FORWARDED;
  const answered = status === 499 ? null : status;
  const response = seconds(requestMs * 0.92);
  const retried = unhealthy.length > 0 && u(23) < 0.1 ? pick(unhealthy, u(24)) : undefined;
  if (retried) {
    return {
      addr: [[addressOf(retried), addressOf(healthy)]],
      status: [[502, answered]],
      connect: [[connect, connect]],
      header: [[null, answered === null ? null : response]],
      response: [[connect, response]],
    };
  }
  return {
    addr: [[addressOf(healthy)]],
    status: [[answered]],
    connect: [[connect]],
    header: [[answered === null ? null : response]],
    response: [[response]],
  };
}

function requestMsOf(status: number, minute: ListenerMinute, u: number): number {
  if (status === 503) return 1 + 2 * u;
  if (status === 504) return 60_000 + 50 * u;
  const spread = Math.max(0, minute.maxResponseMs - minute.minResponseMs);
  return Math.max(1, minute.minResponseMs + spread * u ** 3);
}

const isoUtc = (timeMs: number): string =>
  `${new Date(Math.floor(timeMs / 1000) * 1000).toISOString().slice(0, 19)}+00:00`;

function record(
  source: LogSource,
  entry: ListenerSource,
  minute: ListenerMinute,
  status: number,
  timeMs: number,
  u: (salt: number) => number,
): AccessLogRecord {
  const { plan, listener, https } = entry;
  const requestMs = requestMsOf(status, minute, u(1));
  const upstream = upstreamOf(status, minute, requestMs, u);
  const client = Math.floor(u(2) * 400);
  const host = pick(entry.hosts, u(3));
  const served = status < 400;
  const body =
    status === 304 || status === 204 ? 0 : Math.round(served ? plan.responseBytes * (0.5 + u(4)) : 150 + 200 * u(4));
  return {
    msec: timeMs / 1000,
    access_log_topic_id: source.streamId,
    time_iso8601: isoUtc(timeMs),
    log_ver: ACCESS_LOG_VERSION,
    remote_addr: `${pick(CLIENT_PREFIXES, u(6))}.${((client * 37) % 250) + 1}.${((client * 11) % 250) + 2}.${(client % 200) + 10}`,
    remote_port: 1024 + Math.floor(u(7) * 64_000),
    status,
    request_method: u(8) < 0.8 ? 'GET' : 'POST',
    scheme: https ? 'https' : 'http',
    host,
    request_uri: pick(PATHS[String(status)] ?? PATHS.ok!, u(9)),
    server_protocol: https && listener.http2_enable ? 'HTTP/2.0' : 'HTTP/1.1',
    request_length: Math.round(plan.requestBytes * (0.7 + 0.6 * u(10))),
    bytes_sent: body + 180 + Math.floor(120 * u(11)),
    body_bytes_sent: body,
    request_time: seconds(requestMs),
    upstream_status: upstream.status,
    upstream_connect_time: upstream.connect,
    upstream_header_time: upstream.header,
    upstream_response_time: upstream.response,
    upstream_addr: upstream.addr,
    http_user_agent: pick(USER_AGENTS, u(12)),
    http_referer: u(13) < 0.4 ? `${https ? 'https' : 'http'}://${host}/` : null,
    http_x_forwarded_for: null,
    lb_name: `loadbalancer_${source.loadBalancer.id}`,
    listener_name: `listener_${listener.id}`,
    listener_id: null,
    pool_name: listener.default_pool_id ? `pool_${listener.default_pool_id}` : null,
    member_name: null,
    tenant_id: source.tenantId,
    eip_address: source.frontendAddress,
    eip_port: listener.protocol_port,
    upstream_addr_priv: upstream.addr,
    certificate_id: null,
    // Every security policy of the material offers TLS 1.2 (contract/elb-v2/tls-policies.ts).
    ssl_protocol: https ? 'TLSv1.2' : null,
    ssl_cipher: https ? pick(TLS12_CIPHERS, u(5)) : null,
    sni_domain_name: https ? host : null,
    tcpinfo_rtt: 4000 + Math.floor(76_000 * u(14)),
    self_defined_header: null,
  };
}

/**
 * Every line of one minute, oldest first; a line's index is its line_num sequence. Request i of
 * n falls in [i, i+1) n-ths of the minute, so times rise with the index.
 */
export function minuteLines(source: LogSource, minuteStartMs: number): GeneratedLine[] {
  const lines: (GeneratedLine & { order: number })[] = [];
  source.listeners.forEach((entry, listenerIndex) => {
    const minute = minuteOf(entry.plan, minuteStartMs);
    if (!minute || minute.requests === 0) return;
    const seed = seedOf(`${entry.listener.id}:${minuteIndex(minuteStartMs)}`);
    const statuses = shuffledStatuses(minute.statusCounts, seed);
    statuses.forEach((status, index) => {
      const requestSeed = seedOf(`${seed}:${index}`);
      const u = (salt: number) => uniform(requestSeed, salt);
      const timeMs = minuteStartMs + Math.floor(((index + u(0)) * MINUTE_MS) / statuses.length);
      const content = formatAccessLogLine(record(source, entry, minute, status, timeMs, u));
      lines.push({ timeMs, content, order: listenerIndex * 1_000_000 + index });
    });
  });
  return lines
    .sort((a, b) => a.timeMs - b.timeMs || a.order - b.order)
    .map(({ timeMs, content }) => ({ timeMs, content }));
}
