import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_FIELD_COUNT, ACCESS_LOG_FIELDS, ACCESS_LOG_VERSION } from './access-log-fields';

describe('access log field list', () => {
  it('has the 33 positions of the documented template, in order', () => {
    expect(ACCESS_LOG_FIELD_COUNT).toBe(33);
    expect(ACCESS_LOG_FIELDS.map((field) => field.position)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(ACCESS_LOG_FIELDS.map((field) => field.name).join(' ')).toBe(
      'msec access_log_topic_id time_iso8601 log_ver remote_addr:remote_port status ' +
        'request_method scheme://host request_uri server_protocol request_length bytes_sent body_bytes_sent ' +
        'request_time upstream_status upstream_connect_time upstream_header_time upstream_response_time ' +
        'upstream_addr http_user_agent http_referer http_x_forwarded_for lb_name listener_name listener_id ' +
        'pool_name member_name tenant_id eip_address:eip_port upstream_addr_priv certificate_id ssl_protocol ' +
        'ssl_cipher sni_domain_name tcpinfo_rtt self_defined_header',
    );
    expect(ACCESS_LOG_VERSION).toBe('elb_01');
  });

  it('marks the quoted and bracketed positions', () => {
    const at = (enclosure: string) =>
      ACCESS_LOG_FIELDS.filter((field) => field.enclosure === enclosure).map((field) => field.position);
    expect(at('brackets')).toEqual([3]);
    expect(at('quotes')).toEqual([7, 12, 13, 14, 15, 16, 17, 18, 19, 24, 27]);
  });

  it('gives every position a label and a meaning', () => {
    expect(ACCESS_LOG_FIELDS.every((field) => field.label !== '' && field.meaning.endsWith('.'))).toBe(true);
  });
});
