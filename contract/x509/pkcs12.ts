/**
 * PKCS#12 / PFX files (Windows Server; FEATURES §7.2 `openssl pkcs12 -nodes`). Password integrity (HMAC) and
 * PBES2 encryption (PBKDF2 + AES-CBC, the OpenSSL 3 and pkijs defaults) are supported; the legacy RC2/3DES
 * PKCS#12 PBE schemes are not available in WebCrypto and are reported as 'unsupported'.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { CertificateConversionError } from './conversion-error';
import { toArrayBuffer } from './der';

export interface Pkcs12Contents {
  /** DER certificates in bag order. */
  certificates: Uint8Array[];
  /** DER PKCS#8 PrivateKeyInfo, decrypted. */
  privateKeys: Uint8Array[];
}

const OID_PBES2 = '1.2.840.113549.1.5.13';
const OID_PBKDF2 = '1.2.840.113549.1.5.12';
const AES_CBC = ['2.16.840.1.101.3.4.1.2', '2.16.840.1.101.3.4.1.22', '2.16.840.1.101.3.4.1.42'];
const LEGACY_PBE = '1.2.840.113549.1.12.1.';
const BAG_KEY = '1.2.840.113549.1.12.10.1.1';
const BAG_SHROUDED_KEY = '1.2.840.113549.1.12.10.1.2';
const BAG_CERTIFICATE = '1.2.840.113549.1.12.10.1.3';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
const MAC_HASHES: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};
const REEXPORT =
  'Re-export it with AES (`openssl pkcs12 -export -certpbe AES-256-CBC -keypbe AES-256-CBC -macalg SHA256 …`), ' +
  'or convert it to PEM with `openssl pkcs12 -in certname.pfx -nodes -legacy -out certname.pem`.';

const unsupported = (what: string) =>
  new CertificateConversionError(
    'unsupported',
    `The PKCS#12 file uses ${what}, which the console cannot read. ${REEXPORT}`,
  );

/** Refuses encryption schemes WebCrypto cannot decrypt before trying, so they are not taken for a wrong password. */
function assertDecryptable(algorithm: pkijs.AlgorithmIdentifier): void {
  if (algorithm.algorithmId.startsWith(LEGACY_PBE)) throw unsupported('legacy RC2/3DES encryption');
  if (algorithm.algorithmId !== OID_PBES2) throw unsupported(`the encryption scheme ${algorithm.algorithmId}`);
  const { keyDerivationFunc, encryptionScheme } = new pkijs.PBES2Params({ schema: algorithm.algorithmParams });
  if (keyDerivationFunc.algorithmId !== OID_PBKDF2 || !AES_CBC.includes(encryptionScheme.algorithmId)) {
    throw unsupported(`PBES2 with ${encryptionScheme.algorithmId}`);
  }
}

async function decrypt(info: pkijs.EncryptedContentInfo, password: ArrayBuffer): Promise<Uint8Array<ArrayBuffer>> {
  assertDecryptable(info.contentEncryptionAlgorithm);
  const data = new pkijs.EncryptedData({ encryptedContentInfo: info });
  return new Uint8Array(await data.decrypt({ password }));
}

/** Verifies the password-based MAC; false when the password is wrong. */
async function macMatches(macData: pkijs.MacData, content: Uint8Array, password: ArrayBuffer): Promise<boolean> {
  const hashAlgorithm = MAC_HASHES[macData.mac.digestAlgorithm.algorithmId];
  if (!hashAlgorithm) throw unsupported(`the integrity algorithm ${macData.mac.digestAlgorithm.algorithmId}`);
  return pkijs.getCrypto(true).verifyDataStampedWithPassword({
    password,
    hashAlgorithm,
    salt: toArrayBuffer(macData.macSalt.valueBlock.valueHexView),
    iterationCount: macData.iterations ?? 1,
    contentToVerify: toArrayBuffer(content),
    signatureToVerify: toArrayBuffer(macData.mac.digest.valueBlock.valueHexView),
  });
}

function octets(content: unknown): Uint8Array<ArrayBuffer> {
  if (content instanceof asn1js.OctetString) return new Uint8Array(content.getValue());
  throw new CertificateConversionError('unreadable', 'The PKCS#12 file is damaged: a content is not an OCTET STRING.');
}

async function safeBagsOf(info: pkijs.ContentInfo, password: ArrayBuffer): Promise<pkijs.SafeBag[]> {
  if (info.contentType === pkijs.ContentInfo.DATA) return pkijs.SafeContents.fromBER(octets(info.content)).safeBags;
  if (info.contentType !== pkijs.ContentInfo.ENCRYPTED_DATA) throw unsupported('public-key encryption');
  const encrypted = new pkijs.EncryptedData({ schema: info.content });
  return pkijs.SafeContents.fromBER(await decrypt(encrypted.encryptedContentInfo, password)).safeBags;
}

async function readBags(bags: pkijs.SafeBag[], password: ArrayBuffer, into: Pkcs12Contents): Promise<void> {
  for (const { bagId, bagValue } of bags) {
    if (bagId === BAG_CERTIFICATE && bagValue instanceof pkijs.CertBag && bagValue.certId === X509_CERTIFICATE) {
      into.certificates.push(octets(bagValue.certValue));
    } else if (bagId === BAG_KEY && bagValue instanceof pkijs.PrivateKeyInfo) {
      into.privateKeys.push(new Uint8Array(bagValue.toSchema().toBER()));
    } else if (bagId === BAG_SHROUDED_KEY && bagValue instanceof pkijs.PKCS8ShroudedKeyBag) {
      const info = new pkijs.EncryptedContentInfo({
        contentEncryptionAlgorithm: bagValue.encryptionAlgorithm,
        encryptedContent: bagValue.encryptedData,
      });
      into.privateKeys.push(await decrypt(info, password));
    }
  }
}

/**
 * Opens a PFX with `password` (undefined: try the empty password, else 'password-required'). A failing MAC is
 * 'wrong-password'. Returns the certificates and the decrypted PKCS#8 private keys.
 */
export async function readPkcs12(der: Uint8Array, password: string | undefined): Promise<Pkcs12Contents> {
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(der));
  } catch {
    throw new CertificateConversionError('unreadable', 'The PKCS#12 (PFX) file is damaged and cannot be read.');
  }
  if (pfx.authSafe.contentType !== pkijs.ContentInfo.DATA) throw unsupported('public-key integrity protection');
  const content = octets(pfx.authSafe.content);
  const secret = toArrayBuffer(new TextEncoder().encode(password ?? ''));
  const locked = () =>
    password === undefined
      ? new CertificateConversionError(
          'password-required',
          'The PKCS#12 (PFX) file is protected by a password; enter it to convert the file.',
        )
      : new CertificateConversionError(
          'wrong-password',
          'The password is wrong: the PKCS#12 (PFX) file cannot be opened with it.',
        );
  if (pfx.macData && !(await macMatches(pfx.macData, content, secret))) throw locked();
  const contents: Pkcs12Contents = { certificates: [], privateKeys: [] };
  try {
    for (const info of pkijs.AuthenticatedSafe.fromBER(content).safeContents) {
      await readBags(await safeBagsOf(info, secret), secret, contents);
    }
  } catch (error) {
    if (error instanceof CertificateConversionError) throw error;
    if (!pfx.macData) throw locked(); // without a MAC, a wrong password shows up as a decryption failure
    throw new CertificateConversionError(
      'unreadable',
      'The PKCS#12 (PFX) file is damaged: its contents cannot be decrypted.',
    );
  }
  return contents;
}
