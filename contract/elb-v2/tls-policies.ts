/**
 * TLS security policies of HTTPS listeners (FEATURES §4.8.4; api/elb/v2.0/listener/adding_a_listener.rst
 * Table 3; guide/advanced_features_of_http_https_listeners/tls_security_policy.rst).
 * Suites are listed in the API's order, which is the load balancer's preference order.
 */
import { z } from 'zod';

export const tlsCiphersPolicies = ['tls-1-0', 'tls-1-1', 'tls-1-2', 'tls-1-2-strict', 'tls-1-0-inherit'] as const;
export type TlsCiphersPolicy = (typeof tlsCiphersPolicies)[number];

/** API default when an HTTPS listener is created without `tls_ciphers_policy`. */
export const DEFAULT_TLS_CIPHERS_POLICY: TlsCiphersPolicy = 'tls-1-0';

export const tlsCiphersPolicy = z.enum(
  tlsCiphersPolicies,
  'The security policy can only be tls-1-0, tls-1-1, tls-1-2, tls-1-2-strict or tls-1-0-inherit.',
);

export type TlsVersion = 'TLS 1.0' | 'TLS 1.1' | 'TLS 1.2';

/** List A: the 18 suites of tls-1-0, tls-1-1 and tls-1-2. */
export const TLS_CIPHER_SUITES_A = [
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'AES128-GCM-SHA256',
  'AES256-GCM-SHA384',
  'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-RSA-AES128-SHA256',
  'AES128-SHA256',
  'AES256-SHA256',
  'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES256-SHA384',
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-RSA-AES256-SHA',
  'ECDHE-ECDSA-AES256-SHA',
  'AES128-SHA',
  'AES256-SHA',
] as const;

/** The six `-SHA` suites that tls-1-2-strict leaves out of list A. */
export const TLS_STRICT_REMOVED_SUITES = [
  'ECDHE-ECDSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA',
  'ECDHE-RSA-AES256-SHA',
  'ECDHE-ECDSA-AES256-SHA',
  'AES128-SHA',
  'AES256-SHA',
] as const;

/** The 15 legacy suites tls-1-0-inherit adds to list A. */
export const TLS_INHERIT_ADDED_SUITES = [
  'DHE-RSA-AES128-SHA',
  'DHE-DSS-AES128-SHA',
  'CAMELLIA128-SHA',
  'EDH-RSA-DES-CBC3-SHA',
  'DES-CBC3-SHA',
  'ECDHE-RSA-RC4-SHA',
  'RC4-SHA',
  'DHE-RSA-AES256-SHA',
  'DHE-DSS-AES256-SHA',
  'DHE-RSA-CAMELLIA256-SHA',
  'DHE-DSS-CAMELLIA256-SHA',
  'CAMELLIA256-SHA',
  'EDH-DSS-DES-CBC3-SHA',
  'DHE-RSA-CAMELLIA128-SHA',
  'DHE-DSS-CAMELLIA128-SHA',
] as const;

const removed: ReadonlySet<string> = new Set(TLS_STRICT_REMOVED_SUITES);

/** tls-1-0-inherit in the API's order: list A with the legacy suites interleaved (33 suites). */
const INHERIT_SUITES: readonly string[] = [
  ...TLS_CIPHER_SUITES_A.slice(0, 14),
  'DHE-RSA-AES128-SHA',
  ...TLS_CIPHER_SUITES_A.slice(14),
  ...TLS_INHERIT_ADDED_SUITES.slice(1),
];

export interface TlsSecurityPolicy {
  /** API value of `tls_ciphers_policy`. */
  value: TlsCiphersPolicy;
  /** Console label (guide wording). */
  label: string;
  versions: readonly TlsVersion[];
  cipherSuites: readonly string[];
  /** Offered in the console's select; tls-1-0-inherit is API-only but still displayed when set. */
  offeredInConsole: boolean;
  isDefault: boolean;
}

export const tlsSecurityPolicies: readonly TlsSecurityPolicy[] = [
  {
    value: 'tls-1-0',
    label: 'TLS-1-0',
    versions: ['TLS 1.2', 'TLS 1.1', 'TLS 1.0'],
    cipherSuites: TLS_CIPHER_SUITES_A,
    offeredInConsole: true,
    isDefault: true,
  },
  {
    value: 'tls-1-1',
    label: 'TLS-1-1',
    versions: ['TLS 1.2', 'TLS 1.1'],
    cipherSuites: TLS_CIPHER_SUITES_A,
    offeredInConsole: true,
    isDefault: false,
  },
  {
    value: 'tls-1-2',
    label: 'TLS-1-2',
    versions: ['TLS 1.2'],
    cipherSuites: TLS_CIPHER_SUITES_A,
    offeredInConsole: true,
    isDefault: false,
  },
  {
    value: 'tls-1-2-strict',
    label: 'TLS-1-2-Strict',
    versions: ['TLS 1.2'],
    cipherSuites: TLS_CIPHER_SUITES_A.filter((suite) => !removed.has(suite)),
    offeredInConsole: true,
    isDefault: false,
  },
  {
    value: 'tls-1-0-inherit',
    label: 'TLS-1-0-Inherit',
    versions: ['TLS 1.2', 'TLS 1.1', 'TLS 1.0'],
    cipherSuites: INHERIT_SUITES,
    offeredInConsole: false,
    isDefault: false,
  },
];

/** The policy row for an API value; `null`/undefined (non-HTTPS listeners) gives undefined. */
export function tlsSecurityPolicy(value: TlsCiphersPolicy | null | undefined): TlsSecurityPolicy | undefined {
  return tlsSecurityPolicies.find((policy) => policy.value === value);
}
