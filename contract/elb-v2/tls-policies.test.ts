import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TLS_CIPHERS_POLICY,
  TLS_CIPHER_SUITES_A,
  TLS_INHERIT_ADDED_SUITES,
  TLS_STRICT_REMOVED_SUITES,
  tlsCiphersPolicy,
  tlsSecurityPolicies,
  tlsSecurityPolicy,
} from './tls-policies';

// Copied from api/elb/v2.0/listener/adding_a_listener.rst, Table 3.
const API_TLS_1_0 =
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:AES128-SHA256:AES256-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:AES128-SHA:AES256-SHA';
const API_STRICT =
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:AES128-SHA256:AES256-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384';
const API_INHERIT =
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:AES128-SHA256:AES256-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:AES128-SHA:AES256-SHA:DHE-DSS-AES128-SHA:CAMELLIA128-SHA:EDH-RSA-DES-CBC3-SHA:DES-CBC3-SHA:ECDHE-RSA-RC4-SHA:RC4-SHA:DHE-RSA-AES256-SHA:DHE-DSS-AES256-SHA:DHE-RSA-CAMELLIA256-SHA:DHE-DSS-CAMELLIA256-SHA:CAMELLIA256-SHA:EDH-DSS-DES-CBC3-SHA:DHE-RSA-CAMELLIA128-SHA:DHE-DSS-CAMELLIA128-SHA';

const suites = (value: Parameters<typeof tlsSecurityPolicy>[0]) => tlsSecurityPolicy(value)?.cipherSuites.join(':');

describe('TLS security policies', () => {
  it('match the API table, in order', () => {
    expect(suites('tls-1-0')).toBe(API_TLS_1_0);
    expect(suites('tls-1-1')).toBe(API_TLS_1_0);
    expect(suites('tls-1-2')).toBe(API_TLS_1_0);
    expect(suites('tls-1-2-strict')).toBe(API_STRICT);
    expect(suites('tls-1-0-inherit')).toBe(API_INHERIT);
  });
  it('count 18, 12 (strict minus six -SHA) and 33 (inherit plus 15)', () => {
    expect(TLS_CIPHER_SUITES_A).toHaveLength(18);
    expect(TLS_STRICT_REMOVED_SUITES).toHaveLength(6);
    expect(TLS_INHERIT_ADDED_SUITES).toHaveLength(15);
    expect(tlsSecurityPolicy('tls-1-2-strict')?.cipherSuites).toHaveLength(12);
    expect(new Set(tlsSecurityPolicy('tls-1-0-inherit')?.cipherSuites)).toEqual(
      new Set([...TLS_CIPHER_SUITES_A, ...TLS_INHERIT_ADDED_SUITES]),
    );
  });
  it('have the documented versions, labels and default', () => {
    expect(tlsSecurityPolicy('tls-1-1')?.versions).toEqual(['TLS 1.2', 'TLS 1.1']);
    expect(tlsSecurityPolicy('tls-1-2-strict')?.label).toBe('TLS-1-2-Strict');
    expect(tlsSecurityPolicies.filter((policy) => policy.isDefault).map((policy) => policy.value)).toEqual([
      DEFAULT_TLS_CIPHERS_POLICY,
    ]);
    expect(tlsSecurityPolicies.filter((policy) => !policy.offeredInConsole).map((policy) => policy.value)).toEqual([
      'tls-1-0-inherit',
    ]);
    expect(tlsSecurityPolicy(null)).toBeUndefined();
  });
  it('accepts only the five API values', () => {
    expect(tlsCiphersPolicy.safeParse('tls-1-2-strict').success).toBe(true);
    expect(tlsCiphersPolicy.safeParse('TLS-1-2').success).toBe(false);
  });
});
