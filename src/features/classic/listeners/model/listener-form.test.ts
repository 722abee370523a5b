import { describe, expect, it } from 'vitest';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import { defaultListenerForm, type ClassicListenerFormValues } from './listener-form';
import {
  addListenerFormSchema,
  modifyListenerFormSchema,
  toCreateListenerRequest,
  toUpdateListenerRequest,
} from './listener-form-schema';

const LB = 'lb-1';
const valid = (overrides: Partial<ClassicListenerFormValues> = {}): ClassicListenerFormValues => ({
  ...defaultListenerForm(),
  name: 'web',
  port: 80,
  backend_port: 8080,
  ...overrides,
});

/** The form's messages by field, as the dialog would show them. */
function issues(values: ClassicListenerFormValues, lbType: 'External' | 'Internal' = 'External') {
  const result = addListenerFormSchema(LB, lbType).safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe('classic listener form', () => {
  it.each([
    ['port', 0, false],
    ['port', 1, true],
    ['port', 65535, true],
    ['port', 65536, false],
    ['backend_port', 0, false],
    ['backend_port', 65535, true],
  ] as const)('%s %d → valid %s', (field, value, ok) => {
    expect(issues(valid({ [field]: value }))[field] === undefined).toBe(ok);
  });

  it.each([
    ['cookie_timeout', 0, false],
    ['cookie_timeout', 1, true],
    ['cookie_timeout', 1440, true],
    ['cookie_timeout', 1441, false],
  ] as const)('sticky HTTP %s %d → valid %s', (field, value, ok) => {
    expect(issues(valid({ session_sticky: true, [field]: value }))[field] === undefined).toBe(ok);
  });

  it.each([
    ['tcp_timeout', 1, true],
    ['tcp_timeout', 1441, false],
    ['tcp_draining_timeout', 0, true],
    ['tcp_draining_timeout', 60, true],
    ['tcp_draining_timeout', 61, false],
  ] as const)('TCP %s %d → valid %s', (field, value, ok) => {
    const values = valid({ protocol: 'TCP', backend_protocol: 'TCP', tcp_draining: true, [field]: value });
    expect(issues(values)[field] === undefined).toBe(ok);
  });

  it('sends only what the protocol uses', () => {
    const http = toCreateListenerRequest(
      valid({ session_sticky: true, cookie_timeout: 60, tcp_timeout: 5 }),
      LB,
      'External',
    );
    expect(http).toMatchObject({ session_sticky: true, sticky_session_type: 'insert', cookie_timeout: 60 });
    expect(http).not.toHaveProperty('tcp_timeout');
    expect(http).not.toHaveProperty('ssl_protocols');

    const tcp = toCreateListenerRequest(
      valid({ protocol: 'TCP', backend_protocol: 'TCP', session_sticky: true, cookie_timeout: 60, tcp_timeout: 5 }),
      LB,
      'External',
    );
    expect(tcp).toMatchObject({ session_sticky: true, tcp_timeout: 5, tcp_draining: false });
    expect(tcp).not.toHaveProperty('cookie_timeout');
    expect(tcp).not.toHaveProperty('tcp_draining_timeout');

    const udp = toCreateListenerRequest(
      valid({ protocol: 'UDP', backend_protocol: 'UDP', session_sticky: true, udp_timeout: 3 }),
      LB,
      'External',
    );
    expect(udp).toMatchObject({ udp_timeout: 3 });
    expect(udp).not.toHaveProperty('session_sticky');
  });

  it('names every broken combination rule at once', () => {
    expect(issues(valid({ protocol: 'SSL', backend_protocol: 'HTTP', port: null }))).toEqual({
      port: 'Enter a port number.',
      backend_protocol: 'An SSL listener needs the TCP backend protocol.',
      certificate_id: 'Select a certificate: HTTPS and SSL listeners require one.',
    });
    expect(issues(valid({ session_sticky: true, lb_algorithm: 'source' })).session_sticky).toBe(
      'Sticky sessions work only with the roundrobin algorithm.',
    );
    expect(
      issues(valid({ protocol: 'HTTPS', certificate_id: 'c1', ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0' })).ssl_ciphers,
    ).toBe('With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.');
    expect(issues(valid({ protocol: 'UDP', backend_protocol: 'UDP' }), 'Internal').protocol).toBe(
      'A UDP listener cannot be added to a private (Internal) load balancer.',
    );
  });

  it('sends SNI certificates only for HTTPS on External load balancers', () => {
    const https = valid({ protocol: 'HTTPS', certificate_id: 'c1', certificates: ['c2'] });
    expect(toCreateListenerRequest(https, LB, 'External').certificates).toEqual(['c2']);
    expect(toCreateListenerRequest(https, LB, 'Internal')).not.toHaveProperty('certificates');
  });
});

const current: ClassicListener = {
  id: 'l1',
  name: 'web',
  description: null,
  loadbalancer_id: LB,
  protocol: 'HTTP',
  port: 80,
  backend_protocol: 'HTTP',
  backend_port: 8080,
  lb_algorithm: 'roundrobin',
  status: 'ACTIVE',
  admin_state_up: true,
  session_sticky: true,
  sticky_session_type: 'insert',
  cookie_timeout: 60,
  certificate_id: null,
  healthcheck_id: null,
  create_time: '2026-10-01 10:00:00',
  update_time: '2026-10-01 10:00:00',
};

describe('modify classic listener form', () => {
  const form = (overrides: Partial<ClassicListenerFormValues>) => ({
    ...valid({ session_sticky: true, cookie_timeout: 60 }),
    ...overrides,
  });

  it('sends only the modifiable settings that changed', () => {
    expect(toUpdateListenerRequest(form({}), current, 'External')).toBeUndefined();
    expect(toUpdateListenerRequest(form({ port: 81, backend_port: 8081 }), current, 'External')).toEqual({
      port: 81,
      backend_port: 8081,
    });
    // Protocol and stickiness are fixed: a change there is not sent.
    expect(
      toUpdateListenerRequest(form({ protocol: 'TCP', session_sticky: false, name: 'web2' }), current, 'External'),
    ).toEqual({
      name: 'web2',
    });
  });

  it('refuses an algorithm that sticky sessions do not work with', () => {
    const result = modifyListenerFormSchema(current, 'External').safeParse(form({ lb_algorithm: 'leastconn' }));
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ['lb_algorithm', 'Sticky sessions work only with the roundrobin algorithm.'],
    ]);
  });
});
