import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from './der';
import { parseCertificateChain, type CertificateSummary } from './index';
import {
  EXPIRED_FROM,
  EXPIRED_UNTIL,
  makeCertificate,
  makeKey,
  VALID_FROM,
  VALID_UNTIL,
  type MadeCertificate,
} from './testing/make-certificates';

function summaryOf(made: MadeCertificate): CertificateSummary {
  const { certificates, issues } = parseCertificateChain(made.pem);
  expect(issues).toEqual([]);
  return certificates[0]!;
}

describe('certificate summary', () => {
  let rsa: CryptoKeyPair;
  let ec256: CryptoKeyPair;
  let ec384: CryptoKeyPair;
  beforeAll(async () => {
    [rsa, ec256, ec384] = await Promise.all([makeKey('RSA'), makeKey('EC'), makeKey('EC', 'P-384')]);
  });

  it('describes a self-signed RSA server certificate', async () => {
    const made = await makeCertificate({
      subjectCN: 'www.example.com',
      dnsNames: ['www.example.com', '*.example.com'],
      ipAddresses: ['192.0.2.10', '2001:db8::10'],
      key: rsa,
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
    });
    expect(summaryOf(made)).toEqual({
      subject: 'CN=www.example.com, O=ELB',
      commonName: 'www.example.com',
      issuer: 'CN=www.example.com, O=ELB',
      serialNumber: '10:01',
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
      dnsNames: ['www.example.com', '*.example.com'],
      ipAddresses: ['192.0.2.10', '2001:db8::10'],
      key: { algorithm: 'RSA', bits: 2048 },
      isCA: false,
      selfSigned: true,
      sha256Fingerprint: expect.stringMatching(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/),
    });
  });

  it('fingerprints the DER with SHA-256', async () => {
    const made = await makeCertificate({ subjectCN: 'a', key: ec256, notBefore: VALID_FROM, notAfter: VALID_UNTIL });
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', made.der.slice()));
    expect(summaryOf(made).sha256Fingerprint).toBe(toHex(digest));
  });

  it('describes EC keys by curve, a CA by basicConstraints and an issuer by its subject', async () => {
    const ca = await makeCertificate({
      subjectCN: 'ELB Test CA',
      organization: null,
      isCA: true,
      key: ec384,
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
    });
    const server = await makeCertificate({
      subjectCN: 'api.example.com',
      key: ec256,
      issuer: { cert: ca, key: ec384 },
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
    });
    expect(summaryOf(ca)).toMatchObject({
      subject: 'CN=ELB Test CA',
      key: { algorithm: 'EC', bits: 384, curve: 'P-384' },
      isCA: true,
      selfSigned: true,
    });
    expect(summaryOf(server)).toMatchObject({
      issuer: 'CN=ELB Test CA',
      dnsNames: [],
      key: { algorithm: 'EC', bits: 256, curve: 'P-256' },
      isCA: false,
      selfSigned: false,
    });
  });

  it('keeps the validity of an expired certificate (ELB does not check it)', async () => {
    const made = await makeCertificate({
      subjectCN: 'old',
      key: ec256,
      notBefore: EXPIRED_FROM,
      notAfter: EXPIRED_UNTIL,
    });
    expect(summaryOf(made)).toMatchObject({ notBefore: EXPIRED_FROM, notAfter: EXPIRED_UNTIL });
  });

  it('prints serial numbers as their magnitude, without the DER sign byte', async () => {
    const made = await makeCertificate({
      subjectCN: 'serial',
      key: ec256,
      serialNumber: 0x80ff,
      notBefore: VALID_FROM,
      notAfter: VALID_UNTIL,
    });
    expect(summaryOf(made).serialNumber).toBe('80:FF');
  });
});
