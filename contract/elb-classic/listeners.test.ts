import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  classicListenerFields,
  classicListenerPaths,
  createClassicListenerRequest,
  createClassicListenerRequestFor,
} from './listeners';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messagesOf = (result: Result) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

const base = {
  name: 'listener1',
  loadbalancer_id: '0b07acf06d243925bc24a0ac7445267a',
  port: 88,
  backend_port: 80,
  lb_algorithm: 'roundrobin',
};
const http = { ...base, protocol: 'HTTP', backend_protocol: 'HTTP' };
const https = { ...base, protocol: 'HTTPS', backend_protocol: 'HTTP', certificate_id: 'cert-1' };
const ssl = { ...base, protocol: 'SSL', backend_protocol: 'TCP', certificate_id: 'cert-1' };
const tcp = { ...base, protocol: 'TCP', backend_protocol: 'TCP' };
const udp = { ...base, protocol: 'UDP', backend_protocol: 'UDP' };
const create = (body: object) => messagesOf(createClassicListenerRequest.safeParse(body));

describe('classic listener paths', () => {
  it('spell the documented URIs', () => {
    const params = { project_id: 'p', listener_id: 'l' };
    expect(buildPath(classicListenerPaths.list, params)).toBe('/v1.0/p/elbaas/listeners');
    expect(buildPath(classicListenerPaths.item, params)).toBe('/v1.0/p/elbaas/listeners/l');
  });
});

describe('classic listener fields', () => {
  const inside = (schema: { safeParse: (v: unknown) => { success: boolean } }, values: unknown[]) =>
    values.forEach((value) => expect(schema.safeParse(value).success, String(value)).toBe(true));
  const outside = (schema: { safeParse: (v: unknown) => { success: boolean } }, values: unknown[]) =>
    values.forEach((value) => expect(schema.safeParse(value).success, String(value)).toBe(false));

  it('ports are 1 to 65535', () => {
    inside(classicListenerFields.port, [1, 65535]);
    outside(classicListenerFields.port, [0, 65536]);
    inside(classicListenerFields.backend_port, [1, 65535]);
    outside(classicListenerFields.backend_port, [0, 65536, 80.5]);
  });
  it('cookie, TCP and UDP timeouts are 1 to 1440 minutes', () => {
    for (const key of ['cookie_timeout', 'tcp_timeout', 'udp_timeout'] as const) {
      inside(classicListenerFields[key], [1, 1440]);
      outside(classicListenerFields[key], [0, 1441, 2.5]);
    }
    expect(classicListenerFields.cookie_timeout.safeParse(1441).error?.issues[0]?.message).toBe(
      'The cookie timeout must be a whole number from 1 to 1440 minutes.',
    );
  });
  it('the draining timeout is 0 to 60 minutes', () => {
    inside(classicListenerFields.tcp_draining_timeout, [0, 60]);
    outside(classicListenerFields.tcp_draining_timeout, [-1, 61]);
  });
  it('enumerations take only the documented values', () => {
    inside(classicListenerFields.protocol, ['HTTP', 'TCP', 'HTTPS', 'SSL', 'UDP']);
    outside(classicListenerFields.protocol, ['http', 'TERMINATED_HTTPS']);
    inside(classicListenerFields.backend_protocol, ['HTTP', 'TCP', 'UDP']);
    outside(classicListenerFields.backend_protocol, ['HTTPS', 'SSL']);
    inside(classicListenerFields.lb_algorithm, ['roundrobin', 'leastconn', 'source']);
    outside(classicListenerFields.lb_algorithm, ['ROUND_ROBIN']);
    inside(classicListenerFields.sticky_session_type, ['insert']);
    outside(classicListenerFields.sticky_session_type, ['server']);
    inside(classicListenerFields.ssl_protocols, ['TLS 1.2', 'TLS 1.2 TLS 1.1 TLS 1.0']);
    outside(classicListenerFields.ssl_protocols, ['TLS 1.1', 'TLS 1.0']);
    inside(classicListenerFields.ssl_ciphers, ['Default', 'Extended', 'Strict']);
    outside(classicListenerFields.ssl_ciphers, ['default']);
  });
  it('name and description follow the classic rules', () => {
    inside(classicListenerFields.name, ['l', 'x'.repeat(64)]);
    outside(classicListenerFields.name, ['', 'x'.repeat(65), 'lis 1']);
    inside(classicListenerFields.description, ['', 'd'.repeat(128)]);
    outside(classicListenerFields.description, ['d'.repeat(129), '<b>']);
  });
});

describe('createClassicListenerRequest', () => {
  it('accepts a minimal listener of every protocol', () => {
    for (const body of [http, https, ssl, tcp, udp]) expect(create(body)).toEqual([]);
  });
  it('requires the documented mandatory fields', () => {
    const paths = createClassicListenerRequest.safeParse({}).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'loadbalancer_id',
        'protocol',
        'port',
        'backend_protocol',
        'backend_port',
        'lb_algorithm',
      ]),
    );
  });
  it('UDP listeners need a UDP backend and SSL listeners a TCP backend', () => {
    expect(create({ ...udp, backend_protocol: 'TCP' })).toEqual([
      'backend_protocol: A UDP listener needs the UDP backend protocol.',
    ]);
    expect(create({ ...ssl, backend_protocol: 'HTTP' })).toEqual([
      'backend_protocol: An SSL listener needs the TCP backend protocol.',
    ]);
    expect(create({ ...http, backend_protocol: 'UDP' })).toEqual([]);
  });
  it('sticky sessions need roundrobin and are refused for SSL and UDP', () => {
    expect(create({ ...http, session_sticky: true })).toEqual([]);
    expect(create({ ...https, session_sticky: true })).toEqual([]);
    expect(create({ ...tcp, session_sticky: true })).toEqual([]);
    expect(create({ ...tcp, session_sticky: true, lb_algorithm: 'leastconn' })).toEqual([
      'session_sticky: Sticky sessions work only with the roundrobin algorithm.',
    ]);
    expect(create({ ...http, session_sticky: true, lb_algorithm: 'source' })).toHaveLength(1);
    expect(create({ ...http, session_sticky: false, lb_algorithm: 'source' })).toEqual([]);
    expect(create({ ...ssl, session_sticky: true })).toEqual([
      'session_sticky: Sticky sessions are not supported for SSL listeners.',
    ]);
    expect(create({ ...udp, session_sticky: true })).toEqual([
      'session_sticky: Sticky sessions are not supported for UDP listeners.',
    ]);
    expect(create({ ...ssl, session_sticky: false })).toEqual([]);
  });
  it('cookie type and timeout need an HTTP listener with sticky sessions', () => {
    const cookie = { session_sticky: true, sticky_session_type: 'insert', cookie_timeout: 100 };
    expect(create({ ...http, ...cookie })).toEqual([]);
    expect(create({ ...http, ...cookie, cookie_timeout: 1440 })).toEqual([]);
    expect(create({ ...http, ...cookie, cookie_timeout: 1441 })).toEqual([
      'cookie_timeout: The cookie timeout must be a whole number from 1 to 1440 minutes.',
    ]);
    expect(create({ ...http, ...cookie, cookie_timeout: 0 })).toHaveLength(1);
    expect(create({ ...http, sticky_session_type: 'insert', cookie_timeout: 100 })).toEqual([
      'sticky_session_type: The cookie type (sticky_session_type) applies only when sticky sessions are enabled.',
      'cookie_timeout: The cookie timeout applies only when sticky sessions are enabled.',
    ]);
    expect(create({ ...tcp, ...cookie })).toEqual([
      'sticky_session_type: The cookie type (sticky_session_type) applies only to HTTP listeners.',
      'cookie_timeout: The cookie timeout applies only to HTTP listeners.',
    ]);
    expect(create({ ...https, ...cookie })).toHaveLength(2);
  });
  it('TCP settings apply to TCP listeners only', () => {
    expect(create({ ...tcp, tcp_timeout: 1, tcp_draining: true, tcp_draining_timeout: 0 })).toEqual([]);
    expect(create({ ...tcp, tcp_timeout: 1440, tcp_draining: true, tcp_draining_timeout: 60 })).toEqual([]);
    expect(create({ ...tcp, tcp_timeout: 1441 })).toHaveLength(1);
    expect(create({ ...tcp, tcp_timeout: 0 })).toHaveLength(1);
    expect(create({ ...tcp, tcp_draining: true, tcp_draining_timeout: 61 })).toHaveLength(1);
    expect(create({ ...tcp, tcp_draining: true, tcp_draining_timeout: -1 })).toHaveLength(1);
    expect(create({ ...tcp, tcp_draining_timeout: 5 })).toEqual([
      'tcp_draining_timeout: The draining timeout (tcp_draining_timeout) applies only when connection draining (tcp_draining) is enabled.',
    ]);
    expect(create({ ...tcp, tcp_draining: false, tcp_draining_timeout: 5 })).toHaveLength(1);
    expect(create({ ...udp, tcp_timeout: 5 })).toEqual([
      'tcp_timeout: The TCP session timeout (tcp_timeout) applies only to TCP listeners.',
    ]);
    expect(create({ ...http, tcp_draining: false })).toEqual([]);
  });
  it('refuses the documented example, which sets TCP draining on an HTTP listener', () => {
    const example = {
      ...http,
      description: '',
      session_sticky: true,
      sticky_session_type: 'insert',
      cookie_timeout: 100,
      tcp_draining: true,
      tcp_draining_timeout: 5,
    };
    expect(create(example)).toEqual([
      'tcp_draining: Connection draining (tcp_draining) applies only to TCP listeners.',
      'tcp_draining_timeout: The draining timeout (tcp_draining_timeout) applies only to TCP listeners.',
    ]);
  });
  it('the UDP timeout applies to UDP listeners only', () => {
    expect(create({ ...udp, udp_timeout: 1 })).toEqual([]);
    expect(create({ ...udp, udp_timeout: 1440 })).toEqual([]);
    expect(create({ ...udp, udp_timeout: 1441 })).toHaveLength(1);
    expect(create({ ...tcp, udp_timeout: 5 })).toEqual([
      'udp_timeout: The UDP session timeout (udp_timeout) applies only to UDP listeners.',
    ]);
  });
  it('HTTPS and SSL listeners require a certificate; others refuse one', () => {
    expect(create({ ...https, certificate_id: undefined })).toEqual([
      'certificate_id: Select a certificate: HTTPS and SSL listeners require one.',
    ]);
    expect(create({ ...ssl, certificate_id: undefined })).toHaveLength(1);
    expect(create({ ...https, certificate_id: '' })).toContain('certificate_id: Select a certificate.');
    expect(create({ ...http, certificate_id: 'cert-1' })).toEqual([
      'certificate_id: A certificate (certificate_id) applies only to HTTPS and SSL listeners.',
    ]);
  });
  it('SNI certificates apply to HTTPS listeners only', () => {
    expect(create({ ...https, certificates: ['cert-2', 'cert-3'] })).toEqual([]);
    expect(create({ ...ssl, certificates: ['cert-2'] })).toEqual([
      'certificates: SNI certificates (certificates) apply only to HTTPS listeners.',
    ]);
    expect(create({ ...https, certificates: [''] })).toHaveLength(1);
  });
  it('TLS settings apply to HTTPS and SSL, and the legacy set needs Extended', () => {
    expect(create({ ...https, ssl_protocols: 'TLS 1.2', ssl_ciphers: 'Strict' })).toEqual([]);
    expect(create({ ...ssl, ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0', ssl_ciphers: 'Extended' })).toEqual([]);
    expect(create({ ...https, ssl_protocols: 'TLS 1.2', ssl_ciphers: 'Extended' })).toEqual([]);
    for (const ciphers of ['Default', 'Strict', undefined]) {
      expect(create({ ...https, ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0', ssl_ciphers: ciphers })).toEqual([
        'ssl_ciphers: With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.',
      ]);
    }
    expect(create({ ...http, ssl_protocols: 'TLS 1.2', ssl_ciphers: 'Default' })).toEqual([
      'ssl_protocols: The TLS version (ssl_protocols) applies only to HTTPS and SSL listeners.',
      'ssl_ciphers: The cipher suite (ssl_ciphers) applies only to HTTPS and SSL listeners.',
    ]);
  });
});

describe('createClassicListenerRequestFor', () => {
  it('refuses UDP listeners and SNI certificates on a private load balancer', () => {
    const internal = createClassicListenerRequestFor('Internal');
    expect(messagesOf(internal.safeParse(udp))).toEqual([
      'protocol: A UDP listener cannot be added to a private (Internal) load balancer.',
    ]);
    expect(messagesOf(internal.safeParse({ ...https, certificates: ['cert-2'] }))).toEqual([
      'certificates: SNI certificates can be used only on a public (External) load balancer.',
    ]);
    expect(internal.safeParse(tcp).success).toBe(true);
  });
  it('accepts them on a public load balancer', () => {
    const external = createClassicListenerRequestFor('External');
    expect(external.safeParse(udp).success).toBe(true);
    expect(external.safeParse({ ...https, certificates: ['cert-2'] }).success).toBe(true);
  });
});
