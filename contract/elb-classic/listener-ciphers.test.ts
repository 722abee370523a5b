import { describe, expect, it } from 'vitest';
import {
  CLASSIC_CIPHER_SUITES,
  CLASSIC_TLS_1_2,
  CLASSIC_TLS_LEGACY,
  classicCipherString,
  classicSslCiphersFor,
} from './listener-ciphers';

describe('classic cipher sets', () => {
  it('have the documented sizes', () => {
    expect(CLASSIC_CIPHER_SUITES.Default).toHaveLength(4);
    expect(CLASSIC_CIPHER_SUITES.Strict).toHaveLength(2);
    expect(CLASSIC_CIPHER_SUITES.Extended).toHaveLength(27);
    expect(new Set(CLASSIC_CIPHER_SUITES.Extended).size).toBe(27);
  });

  it('Strict is the GCM subset of Default', () => {
    expect(CLASSIC_CIPHER_SUITES.Default.slice(0, 2)).toEqual([...CLASSIC_CIPHER_SUITES.Strict]);
  });

  it('join with colons as the reference prints them', () => {
    expect(classicCipherString('Strict')).toBe('ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256');
  });

  it('match the strings printed in adding_a_listener.rst', () => {
    expect(classicCipherString('Default')).toBe(
      'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256',
    );
    expect(classicCipherString('Extended')).toBe(
      'ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:AES128-SHA256:AES256-SHA256:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:DHE-RSA-AES128-SHA:ECDHE-RSA-AES256-SHA:ECDHE-ECDSA-AES256-SHA:AES128-SHA:AES256-SHA:DHE-DSS-AES128-SHA:CAMELLIA128-SHA:EDH-RSA-DES-CBC3-SHA:DES-CBC3-SHA:ECDHE-RSA-RC4-SHA:RC4-SHA:DHE-RSA-AES256-SHA:DHE-DSS-AES256-SHA:DHE-RSA-CAMELLIA256-SHA:DHE-DSS-CAMELLIA256-SHA:CAMELLIA256-SHA:EDH-DSS-DES-CBC3-SHA:DHE-RSA-CAMELLIA128-SHA:DHE-DSS-CAMELLIA128-SHA',
    );
  });

  it('allow only Extended with the legacy protocol set', () => {
    expect(classicSslCiphersFor(CLASSIC_TLS_LEGACY)).toEqual(['Extended']);
    expect(classicSslCiphersFor(CLASSIC_TLS_1_2)).toEqual(['Default', 'Extended', 'Strict']);
  });
});
