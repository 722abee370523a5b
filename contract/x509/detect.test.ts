import { beforeAll, describe, expect, it } from 'vitest';
import { pemBlocks, toPem } from './der';
import { detectCertificateFile } from './index';
import {
  makeCertificate,
  makeKey,
  makePkcs12,
  makePkcs7,
  VALID_FROM,
  VALID_UNTIL,
  type MadeCertificate,
} from './testing/make-certificates';

const text = (value: string) => new TextEncoder().encode(value);
const derOf = (pem: string) => pemBlocks(pem)[0]!.der!;

describe('detectCertificateFile', () => {
  let rsa: MadeCertificate;
  let ec: MadeCertificate;
  let pkcs12: Uint8Array;
  beforeAll(async () => {
    const [rsaKey, ecKey] = await Promise.all([makeKey('RSA'), makeKey('EC')]);
    const validity = { notBefore: VALID_FROM, notAfter: VALID_UNTIL };
    [rsa, ec] = await Promise.all([
      makeCertificate({ subjectCN: 'rsa.example.com', key: rsaKey, ...validity }),
      makeCertificate({ subjectCN: 'ec.example.com', key: ecKey, ...validity }),
    ]);
    pkcs12 = await makePkcs12({ certs: [ec.der], key: ecKey, password: 'secret' });
  });

  it('recognises PEM text of any armour, with a BOM, CRLF or text before the block', () => {
    expect(detectCertificateFile(text(rsa.pem))).toBe('pem');
    expect(detectCertificateFile(text(`\uFEFF${rsa.keyPem.replace(/\n/g, '\r\n')}`))).toBe('pem');
    expect(detectCertificateFile(text(toPem('PKCS7', makePkcs7([rsa.der]))))).toBe('pem');
    expect(detectCertificateFile(text(`Bag Attributes\n    localKeyID: 01 02\n${rsa.pem}`))).toBe('pem');
  });

  it('sniffs DER certificates and keys by their ASN.1 structure', () => {
    expect(detectCertificateFile(rsa.der)).toBe('der-certificate');
    expect(detectCertificateFile(derOf(rsa.keyPem))).toBe('der-private-key');
    expect(detectCertificateFile(derOf(rsa.keyPemPkcs1!))).toBe('der-private-key');
    expect(detectCertificateFile(derOf(ec.keyPem))).toBe('der-private-key');
    expect(detectCertificateFile(derOf(ec.keyPemSec1!))).toBe('der-private-key');
  });

  it('sniffs PKCS#7 and PKCS#12 containers', () => {
    expect(detectCertificateFile(makePkcs7([rsa.der, ec.der]))).toBe('pkcs7');
    expect(detectCertificateFile(pkcs12)).toBe('pkcs12');
  });

  it('does not recognise anything else', () => {
    expect(detectCertificateFile(new Uint8Array())).toBe('unknown');
    expect(detectCertificateFile(text('hello, world'))).toBe('unknown');
    expect(detectCertificateFile(rsa.der.subarray(0, rsa.der.length - 1))).toBe('unknown');
    expect(detectCertificateFile(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]))).toBe('unknown');
  });
});
