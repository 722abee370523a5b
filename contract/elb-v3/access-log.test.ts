import { describe, expect, it } from 'vitest';
import { formatAccessLogLine, parseAccessLogLine, upstreamAttempts } from './access-log';
import { ACCESS_LOG_EXAMPLE, type AccessLogRecord } from './access-log-fields';

function parsed(line: string): AccessLogRecord {
  const result = parseAccessLogLine(line);
  if (!result.ok) throw new Error(result.message);
  return result.record;
}

function failure(line: string) {
  const result = parseAccessLogLine(line);
  if (result.ok) throw new Error('expected a parse error');
  return result;
}

/** Replaces the 1-based position `n` of the documented example. */
function withField(n: number, text: string): string {
  const tokens = ACCESS_LOG_EXAMPLE.match(/"[^"]*"|\[[^\]]*\]|\S+/g) ?? [];
  tokens[n - 1] = text;
  return tokens.join(' ');
}

const HTTPS_LINE =
  '1530153091.868 04465dfa-640f-4567-8b58-45c9f8bbc23f [2018-06-28T10:31:31+08:00] elb_01 10.184.30.170:59605 200 ' +
  '"POST https://setting1.hicloud.com/AccountServer/IUserInfoMng/stAuth?Version=26400&cVersion=ID_SDK_2.6.4.300 HTTP/1.1" ' +
  '295 58470080 58469792 499.769 "502, 502 : 200" "0.008, 0.005 : 0.004" "-, 0.008 : 0.010" "0.008, - : 0.020" ' +
  '"100.64.1.246:80, 100.64.1.247:80 : 100.64.1.248:8080" ' +
  '"Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36" ' +
  '"http://10.154.197.90/" "10.154.197.90, 10.0.0.1" loadbalancer_789424af-3fd2-4292-8c62-2a2dd7005175 ' +
  'listener_fde03b66-f960-440e-954a-0be8b2b75093 - pool_066a5dc5-a3e4-4ea1-99f1-2a5716b681f6 ' +
  '"member_47b07465-075a-4d2f-8ce9-0b9f39bff160, -" 04dd36f921000fe20f95c00bba986340 4.17.12.248:443 ' +
  '"-, 192.168.1.2:8080" 17b03b19-b2cc-454e-921b-4d187cce31dc TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 www.test.com 39032 -';

describe('parseAccessLogLine on the documented example', () => {
  const record = parsed(ACCESS_LOG_EXAMPLE);

  it('reads every field by name', () => {
    expect(record).toEqual({
      msec: 1644819836.37,
      access_log_topic_id: 'eb11c5a9-93a7-4c48-80fc-03f61f638595',
      time_iso8601: '2022-02-14T14:23:56+08:00',
      log_ver: 'elb_01',
      remote_addr: '192.168.1.1',
      remote_port: 888,
      status: 200,
      request_method: 'POST',
      scheme: 'https',
      host: 'www.test.com',
      request_uri: '/example/HTTP/1.1',
      server_protocol: null,
      request_length: 1411,
      bytes_sent: 251,
      body_bytes_sent: 3,
      request_time: 0.011,
      upstream_status: [[200]],
      upstream_connect_time: [[0]],
      upstream_header_time: [[0.011]],
      upstream_response_time: [[0.011]],
      upstream_addr: [['100.64.0.129:8080']],
      http_user_agent: 'okhttp/3.13.1',
      http_referer: null,
      http_x_forwarded_for: null,
      lb_name: 'loadbalancer_295a7eee-9999-46ed-9fad-32a62ff0a687',
      listener_name: 'listener_20679192-8888-4e62-a814-a2f870f62148',
      listener_id: '3333fd44fe3b42cbaa1dc2c641994d90',
      pool_name: 'pool_89547549-6666-446e-9dbc-e3a551034c46',
      member_name: null,
      tenant_id: 'f2bc165ad9b4483a9b17762da851bbbb',
      eip_address: '121.64.212.1',
      eip_port: 443,
      upstream_addr_priv: [['10.1.1.2:8080']],
      certificate_id: null,
      ssl_protocol: 'TLSv1.2',
      ssl_cipher: 'ECDHE-RSA-AES256-GCM-SHA384',
      sni_domain_name: 'www.test.com',
      tcpinfo_rtt: 56704,
      self_defined_header: null,
    });
  });

  it('formats it back to the same line', () => {
    expect(formatAccessLogLine(record)).toBe(ACCESS_LOG_EXAMPLE);
  });
});

describe('parseAccessLogLine on an HTTPS line with retries', () => {
  const record = parsed(HTTPS_LINE);

  it('splits the request line', () => {
    expect(record).toMatchObject({
      request_method: 'POST',
      scheme: 'https',
      host: 'setting1.hicloud.com',
      request_uri: '/AccountServer/IUserInfoMng/stAuth?Version=26400&cVersion=ID_SDK_2.6.4.300',
      server_protocol: 'HTTP/1.1',
      request_time: 499.769,
    });
  });

  it("splits upstream values on ', ' (retries) and ' : ' (redirects), '-' being null", () => {
    expect(record.upstream_status).toEqual([[502, 502], [200]]);
    expect(record.upstream_connect_time).toEqual([[0.008, 0.005], [0.004]]);
    expect(record.upstream_header_time).toEqual([[null, 0.008], [0.01]]);
    expect(record.upstream_response_time).toEqual([[0.008, null], [0.02]]);
    expect(record.upstream_addr).toEqual([['100.64.1.246:80', '100.64.1.247:80'], ['100.64.1.248:8080']]);
    expect(record.upstream_addr_priv).toEqual([[null, '192.168.1.2:8080']]);
    expect(record.member_name).toEqual(['member_47b07465-075a-4d2f-8ce9-0b9f39bff160', null]);
    expect(upstreamAttempts(record.upstream_status)).toEqual([502, 502, 200]);
    expect(upstreamAttempts(null)).toEqual([]);
  });

  it('unquotes header fields with spaces and keeps HTTPS details', () => {
    expect(record.http_user_agent).toContain('(KHTML, like Gecko)');
    expect(record.http_x_forwarded_for).toBe('10.154.197.90, 10.0.0.1');
    expect(record.listener_id).toBeNull();
    expect(record.certificate_id).toBe('17b03b19-b2cc-454e-921b-4d187cce31dc');
    expect(record.tcpinfo_rtt).toBe(39032);
  });

  it('round-trips', () => {
    expect(formatAccessLogLine(record)).toBe(HTTPS_LINE);
  });
});

describe('documented value variants', () => {
  it('reads "-, 200", "502, 502: 200" and "502:"', () => {
    expect(parsed(withField(12, '"-, 200"')).upstream_status).toEqual([[null, 200]]);
    expect(parsed(withField(12, '"502, 502: 200"')).upstream_status).toEqual([[502, 502], [200]]);
    expect(parsed(withField(12, '"502:"')).upstream_status).toEqual([[502], [null]]);
    expect(parsed(withField(13, '"0.008:"')).upstream_connect_time).toEqual([[0.008], [null]]);
  });
  it('reads "-" as null for whole fields', () => {
    const record = parsed(withField(12, '"-"'));
    expect(record.upstream_status).toBeNull();
    expect(parsed(withField(7, '"-"'))).toMatchObject({ request_method: null, request_uri: null, host: null });
    expect(parsed(withField(26, '-'))).toMatchObject({ eip_address: null, eip_port: null });
    expect(parsed(withField(32, '-')).tcpinfo_rtt).toBeNull();
  });
  it('keeps requests without a scheme', () => {
    const record = parsed(withField(7, '"GET /health HTTP/1.0"'));
    expect(record).toMatchObject({ request_method: 'GET', scheme: null, host: null, request_uri: '/health' });
    expect(formatAccessLogLine(record)).toBe(withField(7, '"GET /health HTTP/1.0"'));
  });
});

describe('formatAccessLogLine', () => {
  it('writes seconds with millisecond resolution and escapes quotes', () => {
    const record: AccessLogRecord = {
      ...parsed(HTTPS_LINE),
      msec: 1700000000.5,
      request_time: 0,
      http_user_agent: 'curl "quoted" \\ agent',
      ssl_protocol: 'TLS 1.2',
    };
    const line = formatAccessLogLine(record);
    expect(line.startsWith('1700000000.500 ')).toBe(true);
    expect(line).toContain(' 0.000 "502, 502 : 200"');
    expect(line).toContain('"curl \\x22quoted\\x22 \\x5C agent"');
    expect(line).toContain(' TLS\\x201.2 ');
    expect(parsed(line)).toEqual(record);
  });
});

describe('parse errors name the position', () => {
  it('reports a missing field', () => {
    const line = ACCESS_LOG_EXAMPLE.slice(0, ACCESS_LOG_EXAMPLE.lastIndexOf(' '));
    expect(failure(line)).toEqual({
      ok: false,
      position: 33,
      field: 'self_defined_header',
      message: 'Field 33 (self_defined_header) is missing.',
    });
  });
  it('reports an extra field', () => {
    expect(failure(`${ACCESS_LOG_EXAMPLE} extra`)).toMatchObject({
      position: 34,
      message: 'Field 34 (extra field) is one too many; an access log line has 33 fields.',
    });
  });
  it('reports wrong enclosures', () => {
    expect(failure(withField(3, '2022-02-14T14:23:56+08:00'))).toMatchObject({
      position: 3,
      message: 'Field 3 (time_iso8601) must be in brackets.',
    });
    expect(failure(withField(12, '200'))).toMatchObject({ position: 12, field: 'upstream_status' });
    expect(failure(withField(20, '"lb"')).message).toBe('Field 20 (lb_name) must not be enclosed.');
  });
  it('reports bad numbers and addresses', () => {
    expect(failure(withField(6, 'OK')).message).toBe('Field 6 (status) must be a whole number.');
    expect(failure(withField(1, 'yesterday')).message).toBe('Field 1 (msec) must be a decimal number.');
    expect(failure(withField(13, '"fast"')).position).toBe(13);
    expect(failure(withField(5, '192.168.1.1')).message).toBe(
      'Field 5 (remote_addr:remote_port) must be address:port.',
    );
    expect(failure(withField(5, '-')).position).toBe(5);
    expect(failure(withField(2, '-')).message).toBe('Field 2 (access_log_topic_id) cannot be -.');
  });
  it('reports an unclosed quote', () => {
    const cut = ACCESS_LOG_EXAMPLE.indexOf('/3.13.1');
    expect(failure(ACCESS_LOG_EXAMPLE.slice(0, cut))).toMatchObject({
      position: 17,
      message: 'Field 17 (http_user_agent) is missing its closing double quote.',
    });
    expect(failure('1644819836.370 id [2022').message).toBe('Field 3 (time_iso8601) is missing its closing bracket.');
  });
});
