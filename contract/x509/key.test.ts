import { beforeAll, describe, expect, it } from 'vitest';
import { toPem } from './der';
import { parsePrivateKey } from './index';
import { makeCertificate, makeKey, VALID_FROM, VALID_UNTIL, type MadeCertificate } from './testing/make-certificates';

const hex = (text: string) => new Uint8Array(text.match(/../g)!.map((byte) => parseInt(byte, 16)));
/** PKCS#8 framing of an Ed25519 key (RFC 8410) around 32 fixed bytes: the structure matters, not the key. */
const ED25519_PEM = toPem('PRIVATE KEY', hex(`302e020100300506032b657004220420${'01'.repeat(32)}`));
const SUPPORTED = 'upload an RSA key, or an EC key on P-256, P-384 or P-521.';

describe('parsePrivateKey', () => {
  let rsa: MadeCertificate;
  let ec256: MadeCertificate;
  let ec384: MadeCertificate;
  beforeAll(async () => {
    const [rsaKey, ec256Key, ec384Key] = await Promise.all([makeKey('RSA'), makeKey('EC'), makeKey('EC', 'P-384')]);
    const make = (key: CryptoKeyPair) =>
      makeCertificate({ subjectCN: 'www.example.com', key, notBefore: VALID_FROM, notAfter: VALID_UNTIL });
    [rsa, ec256, ec384] = await Promise.all([make(rsaKey), make(ec256Key), make(ec384Key)]);
  });

  it('reads RSA keys in PKCS#1 and PKCS#8, with the same public material', () => {
    const pkcs1 = parsePrivateKey(rsa.keyPemPkcs1!);
    const pkcs8 = parsePrivateKey(rsa.keyPem);
    expect(pkcs1.issues).toEqual([]);
    expect(pkcs1.key?.key).toEqual({ algorithm: 'RSA', bits: 2048 });
    expect(pkcs8.key).toEqual(pkcs1.key);
  });

  it('reads PKCS#8 EC keys on P-256 and P-384', () => {
    expect(parsePrivateKey(ec256.keyPem)).toMatchObject({
      key: { key: { algorithm: 'EC', bits: 256, curve: 'P-256' } },
      issues: [],
    });
    expect(parsePrivateKey(ec384.keyPem).key?.key).toEqual({ algorithm: 'EC', bits: 384, curve: 'P-384' });
  });

  it('refuses the SEC 1 EC PRIVATE KEY armour and explains the conversion', () => {
    expect(parsePrivateKey(ec256.keyPemSec1!).issues).toEqual([
      {
        rule: 'key-unsupported',
        block: 1,
        line: 1,
        message:
          'The private key (line 1) is not supported: it is in the EC PRIVATE KEY (SEC 1) format; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`.',
      },
    ]);
  });

  it('refuses other key types and encrypted keys', () => {
    expect(parsePrivateKey(ED25519_PEM).issues).toEqual([
      {
        rule: 'key-unsupported',
        block: 1,
        line: 1,
        message: `The private key (line 1) is not supported: it uses Ed25519; ${SUPPORTED}`,
      },
    ]);
    const encrypted = rsa.keyPemPkcs1!.replace('KEY-----\n', 'KEY-----\nProc-Type: 4,ENCRYPTED\n');
    expect(parsePrivateKey(encrypted).issues.map(({ rule }) => rule)).toEqual(['key-unsupported']);
    const pkcs8Encrypted = rsa.keyPem.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY');
    expect(parsePrivateKey(pkcs8Encrypted).issues[0]?.message).toContain('it is encrypted');
    expect(parsePrivateKey(rsa.pem).issues[0]?.message).toBe(
      'The private key (line 1) is not supported: it is a CERTIFICATE block; the key must be a PRIVATE KEY or RSA PRIVATE KEY block.',
    );
  });

  it('reports keys that cannot be decoded, with the line of their block', () => {
    const garbage = ['# my key', '-----BEGIN PRIVATE KEY-----', 'MAMCAQE=', '-----END PRIVATE KEY-----'].join('\n');
    expect(parsePrivateKey(garbage).issues).toEqual([
      {
        rule: 'key-unreadable',
        block: 1,
        line: 2,
        message: 'The private key (line 2) could not be read: it is not a valid PKCS#8 key.',
      },
    ]);
    expect(parsePrivateKey(rsa.keyPem.replace(/PRIVATE KEY/g, 'RSA PRIVATE KEY')).issues[0]?.message).toBe(
      'The private key (line 1) could not be read: it is not a valid PKCS#1 key.',
    );
    expect(parsePrivateKey('').issues).toEqual([
      {
        rule: 'key-unreadable',
        block: 0,
        line: 0,
        message: 'The private key could not be read: it has no -----BEGIN PRIVATE KEY----- block.',
      },
    ]);
  });
});
