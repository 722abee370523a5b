import { beforeAll, describe, expect, it } from 'vitest';
import { certificateCoversDomain, certificateNames, parseCertificateChain } from './index';
import { formatIpAddress } from './names';
import { makeCertificate, makeKey, VALID_FROM, VALID_UNTIL } from './testing/make-certificates';

const named = (commonName: string | null, ...dnsNames: string[]) => ({ commonName, dnsNames });

describe('certificateNames', () => {
  it('lists the CN and the DNS names once, in lower case', () => {
    expect(certificateNames(named('WWW.Example.com', 'www.example.com', 'API.example.com'))).toEqual([
      'www.example.com',
      'api.example.com',
    ]);
    expect(certificateNames(named(null, '*.example.com'))).toEqual(['*.example.com']);
  });
});

describe('certificateCoversDomain', () => {
  const wildcard = named('*.example.com');

  it('matches exact names, case-insensitively and with a trailing dot', () => {
    const certificate = named('www.example.com', 'api.example.com');
    expect(certificateCoversDomain(certificate, 'www.example.com')).toBe(true);
    expect(certificateCoversDomain(certificate, 'API.Example.COM.')).toBe(true);
    expect(certificateCoversDomain(certificate, 'example.com')).toBe(false);
    expect(certificateCoversDomain(certificate, '')).toBe(false);
  });

  it('lets a certificate wildcard cover exactly one label', () => {
    expect(certificateCoversDomain(wildcard, 'a.example.com')).toBe(true);
    expect(certificateCoversDomain(wildcard, 'a.b.example.com')).toBe(false);
    expect(certificateCoversDomain(wildcard, 'example.com')).toBe(false);
    expect(certificateCoversDomain(wildcard, 'a.example.org')).toBe(false);
  });

  it('accepts the same wildcard string, but a domain wildcard does not match a single name', () => {
    expect(certificateCoversDomain(wildcard, '*.example.com')).toBe(true);
    expect(certificateCoversDomain(named('a.example.com'), '*.example.com')).toBe(false);
  });
});

describe('formatIpAddress', () => {
  it('prints IPv4 dotted and IPv6 in RFC 5952 form', () => {
    expect(formatIpAddress(new Uint8Array([192, 0, 2, 1]))).toBe('192.0.2.1');
    const v6 = (...groups: number[]) => new Uint8Array(groups.flatMap((group) => [group >> 8, group & 0xff]));
    expect(formatIpAddress(v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1))).toBe('2001:db8::1');
    expect(formatIpAddress(v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1))).toBe('2001:db8::1:0:0:1');
    expect(formatIpAddress(v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1))).toBe('2001:db8:0:1:1:1:1:1');
    expect(formatIpAddress(new Uint8Array(16))).toBe('::');
  });
});

describe('subject and issuer strings', () => {
  let key: CryptoKeyPair;
  beforeAll(async () => {
    key = await makeKey('EC');
  });

  it('escapes RFC 4514 special characters and puts the most specific attribute first', async () => {
    const made = await makeCertificate({
      subjectCN: ' lead+trail ',
      organization: 'Example, Inc.',
      key,
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
    });
    const [summary] = parseCertificateChain(made.pem).certificates;
    expect(summary?.subject).toBe('CN=\\ lead\\+trail\\ , O=Example\\, Inc.');
    expect(summary?.commonName).toBe(' lead+trail ');
  });
});
