/**
 * Combination rules of classic listeners (api/elb/classic-v1.0/listener/adding_a_listener.rst,
 * modifying_a_listener.rst; FEATURES §4.2, §4.4, §4.6). Written once as a pure function over the
 * listener's settings so the create schema, the modify schema (merged with the current listener)
 * and the cloud all apply the same rules.
 */
import {
  CLASSIC_LEGACY_TLS_MESSAGE,
  CLASSIC_TLS_LEGACY,
  type ClassicSslCiphers,
  type ClassicSslProtocols,
} from './listener-ciphers';
import type { ClassicLoadBalancerType } from './load-balancers';

export type ClassicListenerProtocol = 'HTTP' | 'TCP' | 'HTTPS' | 'SSL' | 'UDP';
export const classicListenerProtocols = [
  'HTTP',
  'TCP',
  'HTTPS',
  'SSL',
  'UDP',
] as const satisfies readonly ClassicListenerProtocol[];
export type ClassicBackendProtocol = 'HTTP' | 'TCP' | 'UDP';
export const classicBackendProtocols = ['HTTP', 'TCP', 'UDP'] as const satisfies readonly ClassicBackendProtocol[];
export type ClassicLbAlgorithm = 'roundrobin' | 'leastconn' | 'source';
export const classicLbAlgorithms = [
  'roundrobin',
  'leastconn',
  'source',
] as const satisfies readonly ClassicLbAlgorithm[];

/** Backend protocols the API accepts for a listener protocol: UDP → UDP only, SSL → TCP only. */
export function classicBackendProtocolsFor(protocol: ClassicListenerProtocol): readonly ClassicBackendProtocol[] {
  if (protocol === 'UDP') return ['UDP'];
  if (protocol === 'SSL') return ['TCP'];
  return classicBackendProtocols;
}

/** The backend protocol the console preselects (FEATURES §4.2 assumption: same layer as the listener). */
export function classicDefaultBackendProtocol(protocol: ClassicListenerProtocol): ClassicBackendProtocol {
  if (protocol === 'HTTP' || protocol === 'HTTPS') return 'HTTP';
  return protocol === 'UDP' ? 'UDP' : 'TCP';
}

/** Listener protocols a load balancer of this type accepts: no UDP on a private (Internal) one. */
export function classicListenerProtocolsFor(lbType: ClassicLoadBalancerType): readonly ClassicListenerProtocol[] {
  return lbType === 'Internal' ? classicListenerProtocols.filter((p) => p !== 'UDP') : classicListenerProtocols;
}

export const classicUsesTls = (protocol: ClassicListenerProtocol): boolean =>
  protocol === 'HTTPS' || protocol === 'SSL';

/** Sticky sessions: never for SSL (API) or UDP (FEATURES §4.2), and only with roundrobin. */
export function classicSupportsStickySession(
  protocol: ClassicListenerProtocol,
  algorithm: ClassicLbAlgorithm,
): boolean {
  return protocol !== 'SSL' && protocol !== 'UDP' && algorithm === 'roundrobin';
}

/** Cookie type and timeout take effect only on HTTP listeners with sticky sessions. */
export const classicUsesStickyCookie = (protocol: ClassicListenerProtocol): boolean => protocol === 'HTTP';

/** SNI certificates: HTTPS listeners of public (External) load balancers only. */
export function classicSupportsSni(protocol: ClassicListenerProtocol, lbType: ClassicLoadBalancerType): boolean {
  return protocol === 'HTTPS' && lbType === 'External';
}

/** The settings the rules look at; response values may be null ("unavailable"). */
export interface ClassicListenerConfig {
  protocol?: ClassicListenerProtocol;
  backend_protocol?: ClassicBackendProtocol;
  lb_algorithm?: ClassicLbAlgorithm;
  session_sticky?: boolean | null;
  sticky_session_type?: 'insert' | null;
  cookie_timeout?: number | null;
  tcp_timeout?: number | null;
  tcp_draining?: boolean | null;
  tcp_draining_timeout?: number | null;
  udp_timeout?: number | null;
  certificate_id?: string | null;
  certificates?: string[] | null;
  ssl_protocols?: ClassicSslProtocols | null;
  ssl_ciphers?: ClassicSslCiphers | null;
}
export type ClassicListenerField = keyof ClassicListenerConfig;

export interface ClassicListenerIssue {
  /** Where the message belongs. */
  path: ClassicListenerField;
  /** Every field the rule reads; a modify request reports an issue only if it sends one of them. */
  fields: readonly ClassicListenerField[];
  message: string;
}

export interface ClassicListenerRuleOptions {
  /** Adds the rules that depend on the load balancer (UDP and SNI are refused on Internal ones). */
  lbType?: ClassicLoadBalancerType;
  /** A partial body (modify without the current listener): an absent field is unknown, not unset. */
  partial?: boolean;
}

/** Every combination rule the settings break, in a stable order. */
export function classicListenerIssues(
  config: ClassicListenerConfig,
  { lbType, partial = false }: ClassicListenerRuleOptions = {},
): ClassicListenerIssue[] {
  const issues: ClassicListenerIssue[] = [];
  const add = (path: ClassicListenerField, fields: ClassicListenerField[], message: string) =>
    issues.push({ path, fields: [path, ...fields], message });
  const isSet = (value: unknown) => value !== undefined && value !== null;
  const unknown = (value: unknown) => partial && value === undefined;
  const p = (classicListenerProtocols as readonly unknown[]).includes(config.protocol) ? config.protocol : undefined;
  const only = (what: string, protocols: string) => `${what} applies only to ${protocols} listeners.`;

  if (p && config.backend_protocol !== undefined && !classicBackendProtocolsFor(p).includes(config.backend_protocol)) {
    add(
      'backend_protocol',
      ['protocol'],
      `${p === 'SSL' ? 'An' : 'A'} ${p} listener needs the ${classicBackendProtocolsFor(p).join(' or ')} backend protocol.`,
    );
  }

  if (config.session_sticky === true) {
    if (p === 'SSL' || p === 'UDP')
      add('session_sticky', ['protocol'], `Sticky sessions are not supported for ${p} listeners.`);
    else if (config.lb_algorithm !== undefined && config.lb_algorithm !== 'roundrobin') {
      add('session_sticky', ['lb_algorithm'], 'Sticky sessions work only with the roundrobin algorithm.');
    }
  }
  if (isSet(config.sticky_session_type)) {
    if (p && p !== 'HTTP')
      add('sticky_session_type', ['protocol'], only('The cookie type (sticky_session_type)', 'HTTP'));
    else if (config.session_sticky !== true && !unknown(config.session_sticky)) {
      add(
        'sticky_session_type',
        ['session_sticky'],
        'The cookie type (sticky_session_type) applies only when sticky sessions are enabled.',
      );
    }
  }
  if (isSet(config.cookie_timeout)) {
    if (p && p !== 'HTTP') add('cookie_timeout', ['protocol'], only('The cookie timeout', 'HTTP'));
    else if (config.session_sticky !== true && !unknown(config.session_sticky)) {
      add('cookie_timeout', ['session_sticky'], 'The cookie timeout applies only when sticky sessions are enabled.');
    }
  }

  if (p && p !== 'TCP') {
    if (isSet(config.tcp_timeout))
      add('tcp_timeout', ['protocol'], only('The TCP session timeout (tcp_timeout)', 'TCP'));
    if (config.tcp_draining === true)
      add('tcp_draining', ['protocol'], only('Connection draining (tcp_draining)', 'TCP'));
    if (isSet(config.tcp_draining_timeout)) {
      add('tcp_draining_timeout', ['protocol'], only('The draining timeout (tcp_draining_timeout)', 'TCP'));
    }
  } else if (isSet(config.tcp_draining_timeout) && config.tcp_draining !== true && !unknown(config.tcp_draining)) {
    add(
      'tcp_draining_timeout',
      ['tcp_draining'],
      'The draining timeout (tcp_draining_timeout) applies only when connection draining (tcp_draining) is enabled.',
    );
  }
  if (p && p !== 'UDP' && isSet(config.udp_timeout)) {
    add('udp_timeout', ['protocol'], only('The UDP session timeout (udp_timeout)', 'UDP'));
  }

  const tls = p ? classicUsesTls(p) : undefined;
  if (tls === true && !isSet(config.certificate_id)) {
    add('certificate_id', ['protocol'], 'Select a certificate: HTTPS and SSL listeners require one.');
  }
  if (tls === false && isSet(config.certificate_id)) {
    add('certificate_id', ['protocol'], only('A certificate (certificate_id)', 'HTTPS and SSL'));
  }
  const sni = Array.isArray(config.certificates) && config.certificates.length > 0;
  if (sni && p && p !== 'HTTPS')
    add('certificates', ['protocol'], 'SNI certificates (certificates) apply only to HTTPS listeners.');
  else if (sni && lbType === 'Internal') {
    add('certificates', [], 'SNI certificates can be used only on a public (External) load balancer.');
  }
  if (tls === false) {
    if (isSet(config.ssl_protocols))
      add('ssl_protocols', ['protocol'], only('The TLS version (ssl_protocols)', 'HTTPS and SSL'));
    if (isSet(config.ssl_ciphers))
      add('ssl_ciphers', ['protocol'], only('The cipher suite (ssl_ciphers)', 'HTTPS and SSL'));
  } else if (config.ssl_protocols === CLASSIC_TLS_LEGACY && !unknown(config.ssl_ciphers)) {
    // An absent ssl_ciphers means Default, which the legacy protocol set does not accept.
    if (config.ssl_ciphers !== 'Extended') add('ssl_ciphers', ['ssl_protocols'], CLASSIC_LEGACY_TLS_MESSAGE);
  }

  if (lbType === 'Internal' && p === 'UDP') {
    add('protocol', [], 'A UDP listener cannot be added to a private (Internal) load balancer.');
  }
  return issues;
}
