/**
 * Reads and writes access-log lines (FEATURES §9; guide/access_logging.rst). The console's viewer
 * parses lines; the mock cloud formats records into lines. Seconds are written with millisecond
 * resolution (3 decimals). Upstream fields hold one group per upstream (separated by ' : ') of
 * one value per attempt (separated by ', '); `-` is null. Quotes and backslashes inside values
 * are escaped as \x22 and \x5C, as nginx does.
 */
import {
  ACCESS_LOG_FIELDS,
  ACCESS_LOG_FIELD_COUNT,
  type AccessLogEnclosure,
  type AccessLogRecord,
  type UpstreamGroups,
} from './access-log-fields';

export type AccessLogParseResult =
  { ok: true; record: AccessLogRecord } | { ok: false; position: number; field: string; message: string };

interface Token {
  text: string;
  enclosure: AccessLogEnclosure;
}

class FieldError extends Error {
  constructor(
    readonly position: number,
    message: string,
  ) {
    super(message);
  }
}

const fieldName = (position: number): string => ACCESS_LOG_FIELDS[position - 1]?.name ?? 'extra field';
function fail(position: number, rule: string): never {
  throw new FieldError(position, `Field ${position} (${fieldName(position)}) ${rule}`);
}

const unescape = (text: string): string =>
  text.replace(/\\x([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < line.length) {
    if (line[index] === ' ') {
      index += 1;
      continue;
    }
    const open = line[index];
    const close = open === '"' ? '"' : open === '[' ? ']' : ' ';
    const start = close === ' ' ? index : index + 1;
    let end = line.indexOf(close, start);
    if (end < 0) {
      if (close !== ' ')
        fail(tokens.length + 1, `is missing its closing ${close === '"' ? 'double quote' : 'bracket'}.`);
      end = line.length;
    }
    tokens.push({
      text: line.slice(start, end),
      enclosure: close === '"' ? 'quotes' : close === ']' ? 'brackets' : 'none',
    });
    index = close === ' ' ? end : end + 1;
  }
  return tokens;
}

const ENCLOSURE_RULES: Record<AccessLogEnclosure, string> = {
  quotes: 'must be in double quotes.',
  brackets: 'must be in brackets.',
  none: 'must not be enclosed.',
};

function reader(tokens: Token[]) {
  const raw = (position: number): string => {
    const token = tokens[position - 1];
    const expected = ACCESS_LOG_FIELDS[position - 1]?.enclosure ?? 'none';
    if (!token) return fail(position, 'is missing.');
    if (token.enclosure !== expected) fail(position, ENCLOSURE_RULES[expected]);
    return token.text;
  };
  const text = (position: number): string | null => {
    const value = raw(position);
    return value === '-' ? null : unescape(value);
  };
  const number = (position: number, value: string, pattern: RegExp): number =>
    pattern.test(value) ? Number(value) : fail(position, `must be a ${pattern === INT ? 'whole' : 'decimal'} number.`);
  const required = (position: number): string => text(position) ?? fail(position, 'cannot be -.');
  const addrPort = (position: number): [string | null, number | null] => {
    const value = raw(position);
    if (value === '-') return [null, null];
    const cut = value.lastIndexOf(':');
    if (cut < 0) fail(position, 'must be address:port.');
    const port = value.slice(cut + 1);
    return [
      value.slice(0, cut) === '-' ? null : value.slice(0, cut),
      port === '-' ? null : number(position, port, INT),
    ];
  };
  const groups = <T>(position: number, parse: (item: string) => T, addresses: boolean): UpstreamGroups<T> | null => {
    const value = raw(position);
    if (value === '-') return null;
    return value
      .split(addresses ? ' : ' : /\s*:\s*/)
      .map((group) => group.split(/\s*,\s*/).map((item) => (item === '-' || item === '' ? null : parse(item))));
  };
  return { raw, text, number, required, addrPort, groups };
}

const INT = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const URL_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/;

function parseRequest(line: string | null) {
  if (line === null)
    return { request_method: null, scheme: null, host: null, request_uri: null, server_protocol: null };
  const parts = line.split(' ');
  const protocol = parts.length >= 3 ? (parts.pop() ?? null) : null;
  const method = parts.shift() ?? null;
  const target = parts.join(' ');
  const url = URL_RE.exec(target);
  return {
    request_method: method,
    scheme: url?.[1] ?? null,
    host: url?.[2] ?? null,
    request_uri: url ? (url[3] ?? '') : target === '' ? null : target,
    server_protocol: protocol,
  };
}

/** Splits a line into named values, or names the first position that breaks the format. */
export function parseAccessLogLine(line: string): AccessLogParseResult {
  try {
    const tokens = tokenize(line.trim());
    if (tokens.length > ACCESS_LOG_FIELD_COUNT) {
      return fail(
        ACCESS_LOG_FIELD_COUNT + 1,
        `is one too many; an access log line has ${ACCESS_LOG_FIELD_COUNT} fields.`,
      );
    }
    const f = reader(tokens);
    const int = (p: number) => f.number(p, f.raw(p), INT);
    const decimal = (p: number) => f.number(p, f.raw(p), DECIMAL);
    const optionalInt = (p: number) => (f.raw(p) === '-' ? null : int(p));
    const [remote_addr, remote_port] = f.addrPort(5);
    if (remote_addr === null || remote_port === null) fail(5, 'must be the client address:port.');
    const [eip_address, eip_port] = f.addrPort(26);
    const record: AccessLogRecord = {
      msec: decimal(1),
      access_log_topic_id: f.required(2),
      time_iso8601: f.required(3),
      log_ver: f.required(4),
      remote_addr,
      remote_port,
      status: int(6),
      ...parseRequest(f.text(7)),
      request_length: int(8),
      bytes_sent: int(9),
      body_bytes_sent: int(10),
      request_time: decimal(11),
      upstream_status: f.groups(12, (item) => f.number(12, item, INT), false),
      upstream_connect_time: f.groups(13, (item) => f.number(13, item, DECIMAL), false),
      upstream_header_time: f.groups(14, (item) => f.number(14, item, DECIMAL), false),
      upstream_response_time: f.groups(15, (item) => f.number(15, item, DECIMAL), false),
      upstream_addr: f.groups(16, unescape, true),
      http_user_agent: f.text(17),
      http_referer: f.text(18),
      http_x_forwarded_for: f.text(19),
      lb_name: f.text(20),
      listener_name: f.text(21),
      listener_id: f.text(22),
      pool_name: f.text(23),
      member_name: f.groups(24, unescape, true)?.flat() ?? null,
      tenant_id: f.text(25),
      eip_address,
      eip_port,
      upstream_addr_priv: f.groups(27, unescape, true),
      certificate_id: f.text(28),
      ssl_protocol: f.text(29),
      ssl_cipher: f.text(30),
      sni_domain_name: f.text(31),
      tcpinfo_rtt: optionalInt(32),
      self_defined_header: f.text(33),
    };
    return { ok: true, record };
  } catch (error) {
    if (!(error instanceof FieldError)) throw error;
    return { ok: false, position: error.position, field: fieldName(error.position), message: error.message };
  }
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const escapeQuoted = (value: string): string => value.replace(/\\/g, '\\x5C').replace(/"/g, '\\x22');
const escapeBare = (value: string): string => escapeQuoted(value).replace(/ /g, '\\x20');
const bare = (value: string | number | null): string => (value === null ? '-' : escapeBare(String(value)));
const quoted = (value: string | null): string => `"${value === null ? '-' : escapeQuoted(value)}"`;
const seconds = (value: number): string => value.toFixed(3);

function formatGroups<T>(groups: UpstreamGroups<T> | null, show: (value: T) => string): string {
  if (groups === null) return '-';
  return groups.map((group) => group.map((item) => (item === null ? '-' : show(item))).join(', ')).join(' : ');
}

function formatRequest(record: AccessLogRecord): string | null {
  const target =
    record.scheme !== null && record.host !== null
      ? `${record.scheme}://${record.host}${record.request_uri ?? ''}`
      : record.request_uri;
  const parts = [record.request_method, target, record.server_protocol].filter((part) => part !== null && part !== '');
  return parts.length === 0 ? null : parts.join(' ');
}

/** The inverse of parseAccessLogLine: one line in the fixed format. */
export function formatAccessLogLine(record: AccessLogRecord): string {
  const eip =
    record.eip_address === null && record.eip_port === null
      ? '-'
      : `${bare(record.eip_address)}:${bare(record.eip_port)}`;
  return [
    seconds(record.msec),
    bare(record.access_log_topic_id),
    `[${record.time_iso8601}]`,
    bare(record.log_ver),
    `${bare(record.remote_addr)}:${record.remote_port}`,
    String(record.status),
    quoted(formatRequest(record)),
    String(record.request_length),
    String(record.bytes_sent),
    String(record.body_bytes_sent),
    seconds(record.request_time),
    `"${formatGroups(record.upstream_status, String)}"`,
    `"${formatGroups(record.upstream_connect_time, seconds)}"`,
    `"${formatGroups(record.upstream_header_time, seconds)}"`,
    `"${formatGroups(record.upstream_response_time, seconds)}"`,
    `"${formatGroups(record.upstream_addr, escapeQuoted)}"`,
    quoted(record.http_user_agent),
    quoted(record.http_referer),
    quoted(record.http_x_forwarded_for),
    bare(record.lb_name),
    bare(record.listener_name),
    bare(record.listener_id),
    bare(record.pool_name),
    `"${record.member_name === null ? '-' : formatGroups([record.member_name], escapeQuoted)}"`,
    bare(record.tenant_id),
    eip,
    `"${formatGroups(record.upstream_addr_priv, escapeQuoted)}"`,
    bare(record.certificate_id),
    bare(record.ssl_protocol),
    bare(record.ssl_cipher),
    bare(record.sni_domain_name),
    bare(record.tcpinfo_rtt),
    bare(record.self_defined_header),
  ].join(' ');
}

/** Every attempt of an upstream field, in order (for display). */
export function upstreamAttempts<T>(groups: UpstreamGroups<T> | null): (T | null)[] {
  return groups === null ? [] : groups.flat();
}
