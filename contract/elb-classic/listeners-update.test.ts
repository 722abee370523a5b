import { describe, expect, it } from 'vitest';
import { updateClassicListenerRequest, updateClassicListenerRequestFor, type ClassicListener } from './listeners';

type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
const messagesOf = (result: Result) => (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('updateClassicListenerRequest', () => {
  it('accepts the documented example and refuses an empty body', () => {
    const example = { name: 'lis', description: '', port: 9090, backend_port: 9090, lb_algorithm: 'roundrobin' };
    expect(updateClassicListenerRequest.safeParse(example).success).toBe(true);
    expect(messagesOf(updateClassicListenerRequest.safeParse({}))).toEqual([
      ': The request must change at least one field.',
    ]);
  });
  it('does not accept fields that cannot be modified', () => {
    const parsed = updateClassicListenerRequest.parse({ name: 'lis', protocol: 'UDP', session_sticky: true });
    expect(parsed).toEqual({ name: 'lis' });
  });
  it('checks ranges and the rules the body alone decides', () => {
    expect(updateClassicListenerRequest.safeParse({ port: 65536 }).success).toBe(false);
    expect(updateClassicListenerRequest.safeParse({ tcp_draining_timeout: 61 }).success).toBe(false);
    expect(updateClassicListenerRequest.safeParse({ tcp_draining_timeout: 5 }).success).toBe(true);
    expect(updateClassicListenerRequest.safeParse({ tcp_draining: false, tcp_draining_timeout: 5 }).success).toBe(
      false,
    );
    expect(
      updateClassicListenerRequest.safeParse({ ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0', ssl_ciphers: 'Default' })
        .success,
    ).toBe(false);
  });
});

describe('updateClassicListenerRequestFor', () => {
  const current: ClassicListener = {
    id: 'a824584fb3ba4d39ba0cf372c7cbbb67',
    name: 'lis',
    description: '',
    loadbalancer_id: 'f54c65b1b5dd4a4f95b71b44796ac013',
    protocol: 'HTTP',
    port: 9092,
    backend_protocol: 'HTTP',
    backend_port: 9090,
    lb_algorithm: 'roundrobin',
    status: 'ACTIVE',
    admin_state_up: true,
    session_sticky: true,
    sticky_session_type: 'insert',
    cookie_timeout: 100,
    // The reference's own examples carry TCP settings on non-TCP listeners; unrelated edits must still pass.
    tcp_draining: true,
    tcp_draining_timeout: 5,
    certificate_id: null,
    healthcheck_id: null,
    create_time: '2016-12-01 07:12:43',
    update_time: '2016-12-01 07:12:59',
  };
  const forHttp = updateClassicListenerRequestFor(current);

  it('accepts edits the listener allows, even if its stored state is odd', () => {
    expect(forHttp.safeParse({ name: 'renamed', port: 8080 }).success).toBe(true);
  });
  it('refuses settings of another protocol', () => {
    expect(messagesOf(forHttp.safeParse({ tcp_timeout: 5 }))).toEqual([
      'tcp_timeout: The TCP session timeout (tcp_timeout) applies only to TCP listeners.',
    ]);
    expect(messagesOf(forHttp.safeParse({ ssl_ciphers: 'Strict' }))).toEqual([
      'ssl_ciphers: The cipher suite (ssl_ciphers) applies only to HTTPS and SSL listeners.',
    ]);
  });
  it('keeps a sticky listener on roundrobin', () => {
    expect(messagesOf(forHttp.safeParse({ lb_algorithm: 'leastconn' }))).toEqual([
      'lb_algorithm: Sticky sessions work only with the roundrobin algorithm.',
    ]);
    const notSticky = updateClassicListenerRequestFor({ ...current, session_sticky: false });
    expect(notSticky.safeParse({ lb_algorithm: 'leastconn' }).success).toBe(true);
  });
  it('checks the TLS pair against the current listener', () => {
    const httpsListener = {
      ...current,
      protocol: 'HTTPS' as const,
      session_sticky: false,
      certificate_id: 'c',
      ssl_ciphers: 'Default' as const,
    };
    const forHttps = updateClassicListenerRequestFor(httpsListener, 'External');
    expect(messagesOf(forHttps.safeParse({ ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0' }))).toEqual([
      'ssl_protocols: With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.',
    ]);
    expect(forHttps.safeParse({ ssl_protocols: 'TLS 1.2 TLS 1.1 TLS 1.0', ssl_ciphers: 'Extended' }).success).toBe(
      true,
    );
    expect(forHttps.safeParse({ certificates: ['c2'] }).success).toBe(true);
    const internal = updateClassicListenerRequestFor(httpsListener, 'Internal');
    expect(messagesOf(internal.safeParse({ certificates: ['c2'] }))).toEqual([
      'certificates: SNI certificates can be used only on a public (External) load balancer.',
    ]);
  });
  it('lets a TCP listener turn draining on with a timeout, or change the timeout alone', () => {
    const tcpListener = {
      ...current,
      protocol: 'TCP' as const,
      backend_protocol: 'TCP' as const,
      session_sticky: false,
      sticky_session_type: null,
      cookie_timeout: null,
    };
    const forTcp = updateClassicListenerRequestFor({ ...tcpListener, tcp_draining: false });
    expect(forTcp.safeParse({ tcp_draining: true, tcp_draining_timeout: 10 }).success).toBe(true);
    expect(messagesOf(forTcp.safeParse({ tcp_draining_timeout: 10 }))).toEqual([
      'tcp_draining_timeout: The draining timeout (tcp_draining_timeout) applies only when connection draining (tcp_draining) is enabled.',
    ]);
    expect(updateClassicListenerRequestFor(tcpListener).safeParse({ tcp_draining_timeout: 10 }).success).toBe(true);
  });
  it('lets a draining TCP listener turn draining off without sending its timeout', () => {
    const draining = { ...current, protocol: 'TCP' as const, backend_protocol: 'TCP' as const, session_sticky: false };
    const forTcp = updateClassicListenerRequestFor({ ...draining, sticky_session_type: null, cookie_timeout: null });
    expect(forTcp.safeParse({ tcp_draining: false }).success).toBe(true);
    expect(messagesOf(forTcp.safeParse({ tcp_draining: false, tcp_draining_timeout: 3 }))).toHaveLength(1);
  });
});
