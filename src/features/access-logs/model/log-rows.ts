/**
 * Log lines as the viewer shows them (FEATURES §9): each line parsed into the guide's fields, or
 * kept raw with the parse error; the viewer's filters; each field as display text.
 */
import { parseAccessLogLine, type AccessLogParseResult } from '../../../../contract/elb-v3/access-log';
import {
  ACCESS_LOG_FIELDS,
  type AccessLogRecord,
  type UpstreamGroups,
} from '../../../../contract/elb-v3/access-log-fields';
import type { LogLine } from '../../../../contract/lts';

export interface LogRow {
  lineNum: string;
  raw: string;
  parsed: AccessLogParseResult;
}

export const toLogRows = (lines: readonly LogLine[]): LogRow[] =>
  lines.map((line) => ({ lineNum: line.line_num, raw: line.content, parsed: parseAccessLogLine(line.content) }));

export const STATUS_CLASSES = ['2xx', '3xx', '4xx', '5xx'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];

export interface LogFilters {
  statusClass: StatusClass | '';
  /** An exact 3-digit status code, or ''. */
  status: string;
  client: string;
  upstream: string;
  /** Part of the request path. */
  url: string;
  listenerId: string;
}

export const NO_FILTERS: LogFilters = {
  statusClass: '',
  status: '',
  client: '',
  upstream: '',
  url: '',
  listenerId: '',
};

export const hasFilters = (filters: LogFilters): boolean => Object.values(filters).some((value) => value !== '');

/** Every upstream attempt's address (`-` left out). */
export const upstreamAddresses = (record: AccessLogRecord): string[] =>
  (record.upstream_addr_priv ?? []).flat().filter((address): address is string => address !== null);

/**
 * Words the log query can search for first (LTS keywords: every word must occur in the line). Each
 * filter value occurs in the text of a matching line, so the server's answer contains every match;
 * `matchesFilters` then applies the exact rules.
 */
export function keywordsOf(filters: LogFilters): string {
  return [
    filters.status,
    filters.client,
    filters.upstream,
    filters.url,
    filters.listenerId && `listener_${filters.listenerId}`,
  ]
    .flatMap((value) => value.trim().split(/\s+/))
    .filter(Boolean)
    .join(' ');
}

const contains = (text: string | null, part: string): boolean =>
  part.trim() === '' || (text ?? '').toLowerCase().includes(part.trim().toLowerCase());

/** A line that does not parse matches only while no filter is set, so it is never hidden silently. */
export function matchesFilters(row: LogRow, filters: LogFilters): boolean {
  if (!row.parsed.ok) return !hasFilters(filters);
  const { record } = row.parsed;
  return (
    (filters.statusClass === '' || String(record.status).startsWith(filters.statusClass[0]!)) &&
    (filters.status === '' || String(record.status) === filters.status.trim()) &&
    contains(`${record.remote_addr}:${record.remote_port}`, filters.client) &&
    (filters.upstream.trim() === '' ||
      upstreamAddresses(record).some((address) => contains(address, filters.upstream))) &&
    contains(record.request_uri, filters.url) &&
    (filters.listenerId === '' || record.listener_name === `listener_${filters.listenerId}`)
  );
}

const dash = (value: string | number | null): string => (value === null || value === '' ? '-' : String(value));
const groupsText = <T>(groups: UpstreamGroups<T> | null, show: (value: T) => string = String): string =>
  groups === null
    ? '-'
    : groups.map((group) => group.map((item) => (item === null ? '-' : show(item))).join(', ')).join(' : ');
const secondsText = (value: number) => value.toFixed(3);

export function requestLine(record: AccessLogRecord): string {
  const target =
    record.scheme && record.host ? `${record.scheme}://${record.host}${record.request_uri ?? ''}` : record.request_uri;
  return [record.request_method, target, record.server_protocol].filter(Boolean).join(' ') || '-';
}

/** The text of one position of the line (ACCESS_LOG_FIELDS order), as the guide writes it. */
const FIELD_TEXT: readonly ((record: AccessLogRecord) => string)[] = [
  (r) => r.msec.toFixed(3),
  (r) => r.access_log_topic_id,
  (r) => r.time_iso8601,
  (r) => r.log_ver,
  (r) => `${r.remote_addr}:${r.remote_port}`,
  (r) => String(r.status),
  requestLine,
  (r) => String(r.request_length),
  (r) => String(r.bytes_sent),
  (r) => String(r.body_bytes_sent),
  (r) => secondsText(r.request_time),
  (r) => groupsText(r.upstream_status),
  (r) => groupsText(r.upstream_connect_time, secondsText),
  (r) => groupsText(r.upstream_header_time, secondsText),
  (r) => groupsText(r.upstream_response_time, secondsText),
  (r) => groupsText(r.upstream_addr),
  (r) => dash(r.http_user_agent),
  (r) => dash(r.http_referer),
  (r) => dash(r.http_x_forwarded_for),
  (r) => dash(r.lb_name),
  (r) => dash(r.listener_name),
  (r) => dash(r.listener_id),
  (r) => dash(r.pool_name),
  (r) => (r.member_name === null ? '-' : r.member_name.map(dash).join(', ')),
  (r) => dash(r.tenant_id),
  (r) => (r.eip_address === null && r.eip_port === null ? '-' : `${dash(r.eip_address)}:${dash(r.eip_port)}`),
  (r) => groupsText(r.upstream_addr_priv),
  (r) => dash(r.certificate_id),
  (r) => dash(r.ssl_protocol),
  (r) => dash(r.ssl_cipher),
  (r) => dash(r.sni_domain_name),
  (r) => dash(r.tcpinfo_rtt),
  (r) => dash(r.self_defined_header),
];

export const fieldText = (record: AccessLogRecord, position: number): string =>
  FIELD_TEXT[position - 1]?.(record) ?? '-';

/** Every documented field with its position, for the expanded row. */
export const allFields = (record: AccessLogRecord) =>
  ACCESS_LOG_FIELDS.map((field) => ({ ...field, text: fieldText(record, field.position) }));

/** `pool_<id>` → the backend server group ID. */
export const poolIdOf = (record: AccessLogRecord): string | undefined =>
  record.pool_name?.startsWith('pool_') ? record.pool_name.slice('pool_'.length) : undefined;

/** `listener_<id>` → the listener ID. */
export const listenerIdOf = (record: AccessLogRecord): string | undefined =>
  record.listener_name?.startsWith('listener_') ? record.listener_name.slice('listener_'.length) : undefined;
