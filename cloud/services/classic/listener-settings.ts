/**
 * The stored settings of a new classic listener: what the body sends, and for what it leaves out
 * the values a classic listener of that protocol reports (adding_a_listener.rst). Settings that do
 * not apply to the protocol are null, as the reference shows them ("unavailable or null").
 */
import {
  DEFAULT_CLASSIC_SSL_CIPHERS,
  DEFAULT_CLASSIC_SSL_PROTOCOLS,
} from '../../../contract/elb-classic/listener-ciphers';
import { classicUsesTls, type ClassicListenerConfig } from '../../../contract/elb-classic/listener-rules';
import type { CreateClassicListenerRequest } from '../../../contract/elb-classic/listeners';

/**
 * Undocumented defaults, chosen to match the enhanced API: 1440 minutes is the enhanced HTTP_COOKIE
 * persistence default, 5 minutes the enhanced TCP/UDP idle timeout (300 s), 5 minutes the draining
 * timeout of the classic examples.
 */
const CLASSIC_LISTENER_DEFAULTS = {
  cookie_timeout: 1440,
  tcp_timeout: 5,
  udp_timeout: 5,
  tcp_draining_timeout: 5,
} as const;

type ClassicListenerSettings = Required<ClassicListenerConfig> & { session_sticky: boolean };

export function newClassicListenerSettings(body: CreateClassicListenerRequest): ClassicListenerSettings {
  const { protocol } = body;
  const sticky = body.session_sticky ?? false;
  const cookie = protocol === 'HTTP' && sticky;
  const tcp = protocol === 'TCP';
  const draining = tcp ? (body.tcp_draining ?? false) : null;
  const tls = classicUsesTls(protocol);
  return {
    protocol,
    backend_protocol: body.backend_protocol,
    lb_algorithm: body.lb_algorithm,
    session_sticky: sticky,
    sticky_session_type: cookie ? 'insert' : null,
    cookie_timeout: cookie ? (body.cookie_timeout ?? CLASSIC_LISTENER_DEFAULTS.cookie_timeout) : null,
    tcp_timeout: tcp ? (body.tcp_timeout ?? CLASSIC_LISTENER_DEFAULTS.tcp_timeout) : null,
    tcp_draining: draining,
    tcp_draining_timeout: draining
      ? (body.tcp_draining_timeout ?? CLASSIC_LISTENER_DEFAULTS.tcp_draining_timeout)
      : null,
    udp_timeout: protocol === 'UDP' ? (body.udp_timeout ?? CLASSIC_LISTENER_DEFAULTS.udp_timeout) : null,
    certificate_id: tls ? (body.certificate_id ?? null) : null,
    certificates: protocol === 'HTTPS' ? (body.certificates ?? []) : null,
    ssl_protocols: tls ? (body.ssl_protocols ?? DEFAULT_CLASSIC_SSL_PROTOCOLS) : null,
    ssl_ciphers: tls ? (body.ssl_ciphers ?? DEFAULT_CLASSIC_SSL_CIPHERS) : null,
  };
}

/**
 * The draining timeout after a modify: none while draining is off (turning it off drops the stored
 * one), the default when draining is turned on without a timeout.
 */
export function drainingTimeoutAfterUpdate(
  merged: Pick<ClassicListenerConfig, 'tcp_draining' | 'tcp_draining_timeout'>,
): number | null {
  if (merged.tcp_draining !== true) return null;
  return merged.tcp_draining_timeout ?? CLASSIC_LISTENER_DEFAULTS.tcp_draining_timeout;
}
