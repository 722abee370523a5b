/**
 * The fixed access-log line (FEATURES §9; guide/access_logging.rst, Tables 1 and 2). The format
 * cannot be changed; only HTTP/HTTPS (Layer-7) requests are logged. The documented template has
 * 33 space-separated positions; quoted positions may contain spaces, `-` stands for "no value".
 */

/** How a position is written: bare, "in double quotes" or [in brackets]. */
export type AccessLogEnclosure = 'none' | 'quotes' | 'brackets';

export interface AccessLogField {
  /** 1-based position in the line. */
  position: number;
  /** The template's variable(s) at this position. */
  name: string;
  label: string;
  meaning: string;
  enclosure: AccessLogEnclosure;
}

type FieldRow = [name: string, label: string, meaning: string, enclosure?: AccessLogEnclosure];

const ROWS: FieldRow[] = [
  ['msec', 'Time', 'Time in seconds since the epoch, with millisecond resolution.'],
  ['access_log_topic_id', 'Log stream ID', 'ID (UUID) of the LTS log stream.'],
  ['time_iso8601', 'Local time', 'Local time in ISO 8601 format.', 'brackets'],
  ['log_ver', 'Log format version', 'Log format version, always elb_01.'],
  ['remote_addr:remote_port', 'Client address', 'IP address and port of the client.'],
  ['status', 'Status code', 'HTTP status code returned to the client.'],
  [
    'request_method scheme://host request_uri server_protocol',
    'Request',
    'Request method, scheme (HTTP or HTTPS), host name, the unmodified request URI and the protocol.',
    'quotes',
  ],
  ['request_length', 'Request length', 'Bytes received from the client, including header and body.'],
  ['bytes_sent', 'Bytes sent', 'Bytes sent to the client.'],
  ['body_bytes_sent', 'Body bytes sent', 'Bytes sent to the client, excluding the response header.'],
  ['request_time', 'Request time', 'Seconds from the first request packet to the response packet.'],
  [
    'upstream_status',
    'Backend status code',
    'Status code returned by the backend server; several on retries, - when the request was not routed.',
    'quotes',
  ],
  [
    'upstream_connect_time',
    'Backend connect time',
    'Seconds to connect to the backend server; several on retries, - when not routed.',
    'quotes',
  ],
  [
    'upstream_header_time',
    'Backend header time',
    'Seconds to receive the response header from the backend server; several on retries, - when not routed.',
    'quotes',
  ],
  [
    'upstream_response_time',
    'Backend response time',
    'Seconds to receive the response from the backend server; several on retries, - when not routed.',
    'quotes',
  ],
  ['upstream_addr', 'Backend address', 'IP address and port of the backend server (can be ignored).', 'quotes'],
  ['http_user_agent', 'User agent', 'User-Agent header received by the load balancer.', 'quotes'],
  ['http_referer', 'Referer', 'Referer header received by the load balancer.', 'quotes'],
  ['http_x_forwarded_for', 'X-Forwarded-For', 'X-Forwarded-For header received by the load balancer.', 'quotes'],
  ['lb_name', 'Load balancer', 'loadbalancer_ followed by the load balancer ID.'],
  ['listener_name', 'Listener', 'listener_ followed by the listener ID.'],
  ['listener_id', 'Listener ID', 'Listener ID (can be ignored).'],
  ['pool_name', 'Backend server group', 'pool_ followed by the backend server group ID.'],
  ['member_name', 'Backend server', 'member_ followed by the server ID (not supported yet, -).', 'quotes'],
  ['tenant_id', 'Tenant ID', 'Tenant (project) ID.'],
  ['eip_address:eip_port', 'Frontend address', 'EIP of the load balancer and the listener frontend port.'],
  ['upstream_addr_priv', 'Backend private address', 'Private IP address and port of the backend server.', 'quotes'],
  ['certificate_id', 'Certificate ID', 'HTTPS: certificate used for the SSL connection (not supported yet).'],
  ['ssl_protocol', 'SSL protocol', 'HTTPS: protocol of the SSL connection; - for other listeners.'],
  ['ssl_cipher', 'SSL cipher', 'HTTPS: cipher suite of the SSL connection; - for other listeners.'],
  ['sni_domain_name', 'SNI domain name', 'HTTPS: SNI domain name sent by the client; - for other listeners.'],
  ['tcpinfo_rtt', 'TCP RTT', 'TCP round-trip time between the load balancer and the client, in microseconds.'],
  ['self_defined_header', 'Reserved', 'Reserved, always -.'],
];

/** Every position of the line, in order. */
export const ACCESS_LOG_FIELDS: readonly AccessLogField[] = ROWS.map(([name, label, meaning, enclosure], index) => ({
  position: index + 1,
  name,
  label,
  meaning,
  enclosure: enclosure ?? 'none',
}));

export const ACCESS_LOG_FIELD_COUNT = ACCESS_LOG_FIELDS.length;
export const ACCESS_LOG_VERSION = 'elb_01';

/** Upstream groups, each a list of attempts; `[[502, 200]]` = one retry, `[[502], [200]]` = a redirect. */
export type UpstreamGroups<T> = (T | null)[][];

/** A parsed line: the template's variables by name; `-` is null. */
export interface AccessLogRecord {
  msec: number;
  access_log_topic_id: string;
  time_iso8601: string;
  log_ver: string;
  remote_addr: string;
  remote_port: number;
  status: number;
  request_method: string | null;
  scheme: string | null;
  host: string | null;
  request_uri: string | null;
  server_protocol: string | null;
  request_length: number;
  bytes_sent: number;
  body_bytes_sent: number;
  request_time: number;
  upstream_status: UpstreamGroups<number> | null;
  upstream_connect_time: UpstreamGroups<number> | null;
  upstream_header_time: UpstreamGroups<number> | null;
  upstream_response_time: UpstreamGroups<number> | null;
  upstream_addr: UpstreamGroups<string> | null;
  http_user_agent: string | null;
  http_referer: string | null;
  http_x_forwarded_for: string | null;
  lb_name: string | null;
  listener_name: string | null;
  listener_id: string | null;
  pool_name: string | null;
  member_name: (string | null)[] | null;
  tenant_id: string | null;
  eip_address: string | null;
  eip_port: number | null;
  upstream_addr_priv: UpstreamGroups<string> | null;
  certificate_id: string | null;
  ssl_protocol: string | null;
  ssl_cipher: string | null;
  sni_domain_name: string | null;
  tcpinfo_rtt: number | null;
  self_defined_header: string | null;
}

/** The documented example line (guide/access_logging.rst, "Example Log"). */
export const ACCESS_LOG_EXAMPLE =
  '1644819836.370 eb11c5a9-93a7-4c48-80fc-03f61f638595 [2022-02-14T14:23:56+08:00] elb_01 192.168.1.1:888 200 ' +
  '"POST https://www.test.com/example/HTTP/1.1" 1411 251 3 0.011 "200" "0.000" "0.011" "0.011" "100.64.0.129:8080" ' +
  '"okhttp/3.13.1" "-" "-" loadbalancer_295a7eee-9999-46ed-9fad-32a62ff0a687 ' +
  'listener_20679192-8888-4e62-a814-a2f870f62148 3333fd44fe3b42cbaa1dc2c641994d90 ' +
  'pool_89547549-6666-446e-9dbc-e3a551034c46 "-" f2bc165ad9b4483a9b17762da851bbbb 121.64.212.1:443 "10.1.1.2:8080" ' +
  '- TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 www.test.com 56704 -';
