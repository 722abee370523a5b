/**
 * Generates real certificates, keys, P7B and PFX files for tests with WebCrypto and pkijs: nothing is checked
 * in. Keys are random by nature; everything the tests assert (names, dates, serials) is fixed. Plain ESM
 * without test-runner imports, so Playwright specs running in Node can use it too.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { childrenOf, isContextTag, readAsn1, toArrayBuffer, toPem } from '../der';

export const VALID_FROM = new Date('2026-01-01T00:00:00Z');
export const VALID_UNTIL = new Date('2027-01-01T00:00:00Z');
export const EXPIRED_FROM = new Date('2020-01-01T00:00:00Z');
export const EXPIRED_UNTIL = new Date('2021-01-01T00:00:00Z');

export type TestKeyType = 'RSA' | 'EC';
export type TestCurve = 'P-256' | 'P-384' | 'P-521';

/** An extractable signing key pair: RSA 2048 (PKCS#1 v1.5, SHA-256) or ECDSA on `curve` (P-256 by default). */
export async function makeKey(type: TestKeyType, curve: TestCurve = 'P-256'): Promise<CryptoKeyPair> {
  const algorithm =
    type === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }
      : { name: 'ECDSA', namedCurve: curve };
  return crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
}

export interface MadeCertificate {
  pem: string;
  der: Uint8Array;
  /** The subject's private key as PKCS#8 `PRIVATE KEY`. */
  keyPem: string;
  /** The subject's RSA private key as PKCS#1 `RSA PRIVATE KEY` (RSA keys only). */
  keyPemPkcs1?: string;
  /** The subject's EC private key as SEC 1 `EC PRIVATE KEY` (EC keys only; the guide does not accept it). */
  keyPemSec1?: string;
  key: CryptoKeyPair;
  certificate: pkijs.Certificate;
}

export interface CertificateOptions {
  subjectCN: string;
  /** O attribute of the subject; 'ELB' by default, null for none. */
  organization?: string | null;
  dnsNames?: string[];
  ipAddresses?: string[];
  /** Signs with the issuer; self-signed when absent. */
  issuer?: { cert: MadeCertificate; key: CryptoKeyPair };
  notBefore: Date;
  notAfter: Date;
  isCA?: boolean;
  key: CryptoKeyPair;
  /** 4097 (10:01) by default. */
  serialNumber?: number;
}

function ipBytes(address: string): number[] {
  if (address.includes('.')) return address.split('.').map(Number);
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

/** A Name with one attribute per RDN (pkijs would put them all in one multi-valued RDN). */
function name(attributes: [string, string][]): pkijs.RelativeDistinguishedNames {
  const sets = attributes.map(
    ([type, value]) =>
      new asn1js.Set({
        value: [
          new asn1js.Sequence({
            value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Utf8String({ value })],
          }),
        ],
      }),
  );
  const der = new asn1js.Sequence({ value: sets }).toBER();
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(der).result });
}

function extension(extnID: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER() });
}

function alternativeNames(dnsNames: string[], ipAddresses: string[]): asn1js.Sequence {
  const tag = (tagNumber: number, bytes: Uint8Array) =>
    new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber }, valueHex: bytes });
  return new asn1js.Sequence({
    value: [
      ...dnsNames.map((dns) => tag(2, new TextEncoder().encode(dns))),
      ...ipAddresses.map((ip) => tag(7, new Uint8Array(ipBytes(ip)))),
    ],
  });
}

/** SEC 1 `EC PRIVATE KEY` from PKCS#8, with the curve in [0] and the public point in [1] (like `openssl ec`). */
function pkcs8ToSec1(pkcs8: Uint8Array): Uint8Array {
  const [, algorithm, privateKey] = childrenOf(readAsn1(pkcs8));
  const curve = childrenOf(algorithm)[1];
  const inner = privateKey instanceof asn1js.OctetString ? readAsn1(privateKey.valueBlock.valueHexView) : undefined;
  const [version, secret, ...rest] = childrenOf(inner);
  const publicKey = rest.find((field) => isContextTag(field, 1));
  const tagged = (tagNumber: number, value: asn1js.AsnType[]) =>
    new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber }, value });
  const fields = [version, secret, tagged(0, curve ? [curve] : []), ...(publicKey ? [publicKey] : [])];
  return new Uint8Array(new asn1js.Sequence({ value: fields.filter((field) => field !== undefined) }).toBER());
}

async function keyPems(key: CryptoKeyPair): Promise<Pick<MadeCertificate, 'keyPem' | 'keyPemPkcs1' | 'keyPemSec1'>> {
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', key.privateKey));
  const keyPem = toPem('PRIVATE KEY', pkcs8);
  if (key.privateKey.algorithm.name === 'ECDSA') {
    return { keyPem, keyPemSec1: toPem('EC PRIVATE KEY', pkcs8ToSec1(pkcs8)) };
  }
  const pkcs1 = pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(pkcs8)).privateKey.valueBlock.valueHexView;
  return { keyPem, keyPemPkcs1: toPem('RSA PRIVATE KEY', pkcs1) };
}

function signingHash(key: CryptoKey): string {
  const curve = 'namedCurve' in key.algorithm ? key.algorithm.namedCurve : undefined;
  return curve === 'P-384' ? 'SHA-384' : curve === 'P-521' ? 'SHA-512' : 'SHA-256';
}

/** A v3 certificate for `key`, signed by `issuer` (or self-signed), with basicConstraints and SANs. */
export async function makeCertificate(options: CertificateOptions): Promise<MadeCertificate> {
  const { subjectCN, organization = 'ELB', dnsNames = [], ipAddresses = [], issuer, isCA = false, key } = options;
  const subject = name([
    ...(organization === null ? [] : [['2.5.4.10', organization] as [string, string]]),
    ['2.5.4.3', subjectCN],
  ]);
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = new asn1js.Integer({ value: options.serialNumber ?? 4097 });
  certificate.subject = subject;
  certificate.issuer = issuer
    ? new pkijs.RelativeDistinguishedNames({ schema: issuer.cert.certificate.subject.toSchema() })
    : subject;
  certificate.notBefore = new pkijs.Time({ type: pkijs.TimeType.UTCTime, value: options.notBefore });
  certificate.notAfter = new pkijs.Time({ type: pkijs.TimeType.UTCTime, value: options.notAfter });
  certificate.extensions = [
    extension('2.5.29.19', isCA, new asn1js.Sequence({ value: isCA ? [new asn1js.Boolean({ value: true })] : [] })),
  ];
  if (dnsNames.length + ipAddresses.length > 0) {
    certificate.extensions.push(extension('2.5.29.17', false, alternativeNames(dnsNames, ipAddresses)));
  }
  await certificate.subjectPublicKeyInfo.importKey(key.publicKey);
  const signer = issuer?.key ?? key;
  await certificate.sign(signer.privateKey, signingHash(signer.privateKey));
  const der = new Uint8Array(certificate.toSchema(true).toBER());
  return { pem: toPem('CERTIFICATE', der), der, key, certificate, ...(await keyPems(key)) };
}

export interface MadeChain {
  root: MadeCertificate;
  intermediate: MadeCertificate;
  leaf: MadeCertificate;
  /** leaf → intermediate → root, as uploaded. */
  pem: string;
}

/** Root CA → intermediate CA → server certificate for www.example.com (valid 2026-01-01 .. 2027-01-01). */
export async function makeChain(
  keys: { root: CryptoKeyPair; intermediate: CryptoKeyPair; leaf: CryptoKeyPair },
  leafCN = 'www.example.com',
): Promise<MadeChain> {
  const validity = { notBefore: VALID_FROM, notAfter: VALID_UNTIL };
  const root = await makeCertificate({
    subjectCN: 'ELB Test Root CA',
    isCA: true,
    key: keys.root,
    serialNumber: 1,
    ...validity,
  });
  const intermediate = await makeCertificate({
    subjectCN: 'ELB Test Intermediate CA',
    isCA: true,
    key: keys.intermediate,
    issuer: { cert: root, key: keys.root },
    serialNumber: 2,
    ...validity,
  });
  const leaf = await makeCertificate({
    subjectCN: leafCN,
    dnsNames: [leafCN, `api.${leafCN.replace(/^www\./, '')}`],
    key: keys.leaf,
    issuer: { cert: intermediate, key: keys.intermediate },
    serialNumber: 3,
    ...validity,
  });
  return { root, intermediate, leaf, pem: [leaf.pem, intermediate.pem, root.pem].join('\n') };
}

/** A degenerate PKCS#7 SignedData holding `certs` (a .p7b, like `openssl crl2pkcs7 -nocrl`), DER. */
export function makePkcs7(certs: Uint8Array[]): Uint8Array {
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: pkijs.ContentInfo.DATA }),
    certificates: certs.map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der))),
  });
  const info = new pkijs.ContentInfo({
    contentType: pkijs.ContentInfo.SIGNED_DATA,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(info.toSchema().toBER());
}

export interface Pkcs12Options {
  certs: Uint8Array[];
  /** The private key (a key pair or PKCS#8 DER); omitted for a certificates-only file. */
  key?: CryptoKeyPair | Uint8Array;
  password: string;
  /** Labels the certificate bag with the legacy pbeWithSHAAnd3-KeyTripleDES-CBC scheme (not really encrypted). */
  legacyCertificateEncryption?: boolean;
}

const PBE = {
  // pkijs draws a fresh IV; the type asks for one anyway.
  contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256, iv: new Uint8Array(16) },
  hmacHashAlgorithm: 'SHA-256',
  iterationCount: 2048,
};

function legacyEncryptedContents(contents: pkijs.SafeContents): pkijs.ContentInfo {
  const parameters = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: new Uint8Array(8) }), new asn1js.Integer({ value: 2048 })],
  });
  const encrypted = new pkijs.EncryptedData({
    encryptedContentInfo: new pkijs.EncryptedContentInfo({
      contentType: pkijs.ContentInfo.DATA,
      contentEncryptionAlgorithm: new pkijs.AlgorithmIdentifier({
        algorithmId: '1.2.840.113549.1.12.1.3',
        algorithmParams: parameters,
      }),
      encryptedContent: new asn1js.OctetString({ valueHex: contents.toSchema().toBER() }),
    }),
  });
  return new pkijs.ContentInfo({ contentType: pkijs.ContentInfo.ENCRYPTED_DATA, content: encrypted.toSchema() });
}

/**
 * A PFX like OpenSSL 3 writes by default: certificates in PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) encrypted
 * data, the key in a PBES2 shrouded key bag, and an HMAC-SHA256 MAC, all with 2048 iterations. DER.
 */
export async function makePkcs12({
  certs,
  key,
  password,
  legacyCertificateEncryption = false,
}: Pkcs12Options): Promise<Uint8Array> {
  const secret = new TextEncoder().encode(password).buffer;
  const certificateBags = new pkijs.SafeContents({
    safeBags: certs.map(
      (der) =>
        new pkijs.SafeBag({
          bagId: '1.2.840.113549.1.12.10.1.3',
          bagValue: new pkijs.CertBag({ parsedValue: pkijs.Certificate.fromBER(toArrayBuffer(der)) }),
        }),
    ),
  });
  const safeContents: { privacyMode: number; value: pkijs.SafeContents }[] = [
    { privacyMode: 1, value: certificateBags },
  ];
  const parameters: object[] = [{ password: secret, ...PBE }];
  if (key) {
    const pkcs8 =
      key instanceof Uint8Array ? key : new Uint8Array(await crypto.subtle.exportKey('pkcs8', key.privateKey));
    const shrouded = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(pkcs8)) });
    await shrouded.makeInternalValues({ password: secret, ...PBE });
    safeContents.push({
      privacyMode: 0,
      value: new pkijs.SafeContents({
        safeBags: [new pkijs.SafeBag({ bagId: '1.2.840.113549.1.12.10.1.2', bagValue: shrouded })],
      }),
    });
    parameters.push({});
  }
  const authenticatedSafe = new pkijs.AuthenticatedSafe({ parsedValue: { safeContents } });
  await authenticatedSafe.makeInternalValues({ safeContents: parameters });
  if (legacyCertificateEncryption) authenticatedSafe.safeContents[0] = legacyEncryptedContents(certificateBags);
  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({
    password: secret,
    iterations: 2048,
    pbkdf2HashAlgorithm: { name: 'SHA-256' },
    hmacHashAlgorithm: 'SHA-256',
  });
  return new Uint8Array(pfx.toSchema().toBER());
}
