/**
 * TLS settings of classic HTTPS and SSL listeners (api/elb/classic-v1.0/listener/adding_a_listener.rst,
 * modifying_a_listener.rst; FEATURES §4.6 "Classic cipher sets").
 */

export const CLASSIC_TLS_1_2 = 'TLS 1.2';
/** The legacy protocol set; it works only with the Extended cipher suite. */
export const CLASSIC_TLS_LEGACY = 'TLS 1.2 TLS 1.1 TLS 1.0';

export type ClassicSslProtocols = typeof CLASSIC_TLS_1_2 | typeof CLASSIC_TLS_LEGACY;
export const classicSslProtocolValues = [
  CLASSIC_TLS_1_2,
  CLASSIC_TLS_LEGACY,
] as const satisfies readonly ClassicSslProtocols[];
export const DEFAULT_CLASSIC_SSL_PROTOCOLS: ClassicSslProtocols = CLASSIC_TLS_1_2;

export type ClassicSslCiphers = 'Default' | 'Extended' | 'Strict';
export const classicSslCipherValues = ['Default', 'Extended', 'Strict'] as const satisfies readonly ClassicSslCiphers[];
export const DEFAULT_CLASSIC_SSL_CIPHERS: ClassicSslCiphers = 'Default';

/** The cipher suites behind each `ssl_ciphers` value, in the documented order. */
export const CLASSIC_CIPHER_SUITES = {
  Default: [
    'ECDHE-RSA-AES256-GCM-SHA384',
    'ECDHE-RSA-AES128-GCM-SHA256',
    'ECDHE-RSA-AES256-SHA384',
    'ECDHE-RSA-AES128-SHA256',
  ],
  Strict: ['ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-GCM-SHA256'],
  Extended: [
    'ECDHE-ECDSA-AES128-SHA256',
    'ECDHE-RSA-AES128-SHA256',
    'AES128-SHA256',
    'AES256-SHA256',
    'ECDHE-ECDSA-AES256-SHA384',
    'ECDHE-RSA-AES256-SHA384',
    'ECDHE-ECDSA-AES128-SHA',
    'ECDHE-RSA-AES128-SHA',
    'DHE-RSA-AES128-SHA',
    'ECDHE-RSA-AES256-SHA',
    'ECDHE-ECDSA-AES256-SHA',
    'AES128-SHA',
    'AES256-SHA',
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
  ],
} as const satisfies Record<ClassicSslCiphers, readonly string[]>;

/** The OpenSSL-style string the reference prints for a cipher set (suites joined by ':'). */
export function classicCipherString(set: ClassicSslCiphers): string {
  return CLASSIC_CIPHER_SUITES[set].join(':');
}

/** `ssl_ciphers` values allowed with a protocol set: only Extended goes with TLS 1.2 TLS 1.1 TLS 1.0. */
export function classicSslCiphersFor(protocols: ClassicSslProtocols): readonly ClassicSslCiphers[] {
  return protocols === CLASSIC_TLS_LEGACY ? ['Extended'] : classicSslCipherValues;
}

export const CLASSIC_LEGACY_TLS_MESSAGE =
  'With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.';
