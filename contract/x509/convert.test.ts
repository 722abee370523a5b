import { beforeAll, describe, expect, it } from 'vitest';
import { checkCertificatePem, checkPrivateKeyPem } from '../elb-v2/pem';
import { pemBlocks, toPem } from './der';
import { CertificateConversionError, checkCertificateAndKey, convertToPem, parseCertificateChain } from './index';
import { makeChain, makeKey, makePkcs12, makePkcs7, type MadeChain } from './testing/make-certificates';

const text = (value: string) => new TextEncoder().encode(value);
const derOf = (pem: string) => pemBlocks(pem)[0]!.der!;
const summaries = (pem: string | undefined) => parseCertificateChain(pem ?? '').certificates;

describe('convertToPem', () => {
  let chain: MadeChain;
  let ecChain: MadeChain;
  beforeAll(async () => {
    const [root, intermediate, leaf, ecLeaf] = await Promise.all([
      makeKey('EC'),
      makeKey('EC'),
      makeKey('RSA'),
      makeKey('EC', 'P-384'),
    ]);
    [chain, ecChain] = await Promise.all([
      makeChain({ root, intermediate, leaf }),
      makeChain({ root, intermediate, leaf: ecLeaf }, 'www.example.org'),
    ]);
  });

  it('converts a DER certificate like `openssl x509 -inform der`', async () => {
    const converted = await convertToPem(chain.leaf.der);
    expect(converted).toEqual({ certificate: chain.leaf.pem, notes: ['Converted a DER certificate to PEM.'] });
    expect(summaries(converted.certificate)).toEqual(summaries(chain.leaf.pem));
  });

  it('converts DER keys: PKCS#1 to RSA PRIVATE KEY, PKCS#8 to PRIVATE KEY, SEC 1 to PKCS#8', async () => {
    expect((await convertToPem(derOf(chain.leaf.keyPemPkcs1!))).privateKey).toBe(chain.leaf.keyPemPkcs1);
    expect((await convertToPem(derOf(chain.leaf.keyPem))).privateKey).toBe(chain.leaf.keyPem);
    const sec1 = await convertToPem(derOf(ecChain.leaf.keyPemSec1!));
    expect(sec1.notes).toEqual(['Converted a DER EC private key (SEC 1) to PKCS#8 PEM.']);
    expect(checkCertificateAndKey(ecChain.leaf.pem, sec1.privateKey)).toEqual([]);
  });

  it('extracts a P7B chain leaf first, like `openssl pkcs7 -print_certs`', async () => {
    const p7b = makePkcs7([chain.root.der, chain.leaf.der, chain.intermediate.der]);
    const converted = await convertToPem(p7b);
    expect(converted).toEqual({
      certificate: chain.pem,
      notes: ['Extracted 3 certificates from a PKCS#7 (P7B) file, server certificate first.'],
    });
    expect(summaries(converted.certificate)).toEqual(summaries(chain.pem));
    const armoured = await convertToPem(text(toPem('PKCS7', p7b)));
    expect(armoured.certificate).toBe(chain.pem);
  });

  it('opens a PFX with its password, like `openssl pkcs12 -nodes`', async () => {
    const certs = [chain.intermediate.der, chain.root.der, chain.leaf.der];
    const pfx = await makePkcs12({ certs, key: chain.leaf.key, password: 'pässwörd' });
    const converted = await convertToPem(pfx, { password: 'pässwörd' });
    expect(converted).toEqual({
      certificate: chain.pem,
      privateKey: chain.leaf.keyPem,
      notes: ['Extracted 3 certificates and 1 private key from a PKCS#12 (PFX) file.'],
    });
    expect(summaries(converted.certificate)).toEqual(summaries(chain.pem));
    expect(checkCertificateAndKey(converted.certificate!, converted.privateKey)).toEqual([]);
    expect(checkCertificatePem(converted.certificate!)).toEqual([]);
    expect(checkPrivateKeyPem(converted.privateKey!)).toEqual([]);
  });

  it('puts the certificate of the PFX key first, EC keys included', async () => {
    const certs = [ecChain.root.der, ecChain.intermediate.der, ecChain.leaf.der];
    const pfx = await makePkcs12({ certs, key: ecChain.leaf.key, password: 'secret' });
    const converted = await convertToPem(pfx, { password: 'secret' });
    expect(converted.certificate).toBe(ecChain.pem);
    expect(checkCertificateAndKey(converted.certificate!, converted.privateKey)).toEqual([]);
  });

  it('asks for a missing PFX password and refuses a wrong one', async () => {
    const pfx = await makePkcs12({ certs: [chain.leaf.der], key: chain.leaf.key, password: 'secret' });
    await expect(convertToPem(pfx)).rejects.toMatchObject({ reason: 'password-required' });
    const wrong = convertToPem(pfx, { password: 'Secret' });
    await expect(wrong).rejects.toBeInstanceOf(CertificateConversionError);
    await expect(wrong).rejects.toMatchObject({
      reason: 'wrong-password',
      message: 'The password is wrong: the PKCS#12 (PFX) file cannot be opened with it.',
    });
  });

  it('opens a PFX with an empty password without asking', async () => {
    const pfx = await makePkcs12({ certs: [chain.leaf.der], password: '' });
    expect(await convertToPem(pfx)).toEqual({
      certificate: chain.leaf.pem,
      notes: ['Extracted 1 certificate and 0 private keys from a PKCS#12 (PFX) file.'],
    });
  });

  it('explains how to re-export a PFX with legacy RC2/3DES encryption', async () => {
    const pfx = await makePkcs12({ certs: [chain.leaf.der], password: 'secret', legacyCertificateEncryption: true });
    const error = await convertToPem(pfx, { password: 'secret' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: 'unsupported' });
    expect((error as Error).message).toContain('openssl pkcs12 -export -certpbe AES-256-CBC -keypbe AES-256-CBC');
  });

  it('splits PEM text into certificate and key, dropping attribute lines and CRLF', async () => {
    const exported = `Bag Attributes\r\n    localKeyID: 01\r\n${chain.pem}\r\n${chain.leaf.keyPem}\r\n`.replace(
      /\n/g,
      '\r\n',
    );
    expect(await convertToPem(text(exported))).toEqual({
      certificate: chain.pem,
      privateKey: chain.leaf.keyPem,
      notes: [],
    });
    const sec1 = await convertToPem(text(ecChain.leaf.keyPemSec1!));
    expect(sec1.notes).toEqual(['Converted the EC PRIVATE KEY (SEC 1) to an unencrypted PKCS#8 PRIVATE KEY.']);
    expect(checkCertificateAndKey(ecChain.leaf.pem, sec1.privateKey)).toEqual([]);
  });

  it('refuses files that are neither certificates nor keys', async () => {
    await expect(convertToPem(text('hello'))).rejects.toMatchObject({ reason: 'unreadable' });
    await expect(convertToPem(text('-----BEGIN X509 CRL-----\nMAA=\n-----END X509 CRL-----'))).rejects.toMatchObject({
      reason: 'unreadable',
      message: 'The file contains no certificate or private key in PEM format.',
    });
  });
});
