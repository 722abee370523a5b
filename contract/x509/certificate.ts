/**
 * One X.509 certificate (RFC 5280 §4.1) decoded into what the console shows and the checks need. Walks the
 * DER with asn1js only, so the synchronous checks do not load pkijs (which does not tree-shake).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import * as asn1js from 'asn1js';
import { bytesEqual, childrenOf, isContextTag, oidOf, readAsn1, toHex } from './der';
import { describePublicKey, type KeySummary } from './key';
import { commonNameOf, formatIpAddress, formatName } from './names';

export interface CertificateSummary {
  /** RFC 4514 order, e.g. "CN=www.example.com, O=ELB". */
  subject: string;
  commonName: string | null;
  issuer: string;
  /** Upper-case hex bytes separated by ':'. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** subjectAltName dNSName entries, in order. */
  dnsNames: string[];
  /** subjectAltName iPAddress entries (IPv4 dotted, IPv6 textual). */
  ipAddresses: string[];
  key: KeySummary;
  /** basicConstraints cA. */
  isCA: boolean;
  /** Subject DER equals issuer DER. */
  selfSigned: boolean;
  /** Upper-case hex with ':'. */
  sha256Fingerprint: string;
}

export interface DecodedCertificate {
  der: Uint8Array;
  summary: CertificateSummary;
  subjectDer: Uint8Array;
  issuerDer: Uint8Array;
  /** Equal to ParsedPrivateKey.publicMaterial of the matching private key. */
  publicMaterial: string | undefined;
}

const OID_SUBJECT_ALT_NAME = '2.5.29.17';
const OID_BASIC_CONSTRAINTS = '2.5.29.19';
const DNS_NAME = 2;
const IP_ADDRESS = 7;

interface TbsCertificate {
  serial: Uint8Array;
  issuer: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  subject: Uint8Array;
  keyAlgorithm: string;
  keyParameters: asn1js.AsnType | undefined;
  publicKey: Uint8Array;
  /** extnValue contents by extnID. */
  extensions: Map<string, Uint8Array>;
}

const timeOf = (node: asn1js.AsnType | undefined) => (node instanceof asn1js.UTCTime ? node.toDate() : undefined);

/** Extensions ::= [3] EXPLICIT SEQUENCE OF SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue } */
function extensionsOf(fields: asn1js.AsnType[]): Map<string, Uint8Array> {
  const extensions = new Map<string, Uint8Array>();
  for (const extension of childrenOf(childrenOf(fields.find((field) => isContextTag(field, 3)))[0])) {
    const parts = childrenOf(extension);
    const id = oidOf(parts[0]);
    const value = parts.at(-1);
    if (id && value instanceof asn1js.OctetString) extensions.set(id, value.valueBlock.valueHexView);
  }
  return extensions;
}

/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING } */
function readTbsCertificate(der: Uint8Array): TbsCertificate | undefined {
  const parts = childrenOf(readAsn1(der));
  const [tbs, signatureAlgorithm, signature] = parts;
  const shaped = tbs instanceof asn1js.Sequence && signatureAlgorithm instanceof asn1js.Sequence;
  if (parts.length !== 3 || !shaped || !(signature instanceof asn1js.BitString)) return undefined;
  const fields = childrenOf(tbs);
  const [serial, algorithm, issuer, validity, subject, spki] = fields.slice(isContextTag(fields[0], 0) ? 1 : 0);
  const [notBefore, notAfter] = childrenOf(validity).map(timeOf);
  const [keyAlgorithm, publicKey] = childrenOf(spki);
  const [keyOid, keyParameters] = childrenOf(keyAlgorithm);
  const keyAlgorithmId = oidOf(keyOid);
  if (
    !(serial instanceof asn1js.Integer) ||
    !(algorithm instanceof asn1js.Sequence) ||
    !(issuer instanceof asn1js.Sequence) ||
    !(subject instanceof asn1js.Sequence) ||
    !notBefore ||
    !notAfter ||
    !keyAlgorithmId ||
    !(publicKey instanceof asn1js.BitString)
  ) {
    return undefined;
  }
  return {
    serial: serial.valueBlock.valueHexView,
    issuer: issuer.valueBeforeDecodeView,
    notBefore,
    notAfter,
    subject: subject.valueBeforeDecodeView,
    keyAlgorithm: keyAlgorithmId,
    keyParameters,
    publicKey: publicKey.valueBlock.valueHexView,
    extensions: extensionsOf(fields),
  };
}

function alternativeNames(extension: Uint8Array | undefined): { dnsNames: string[]; ipAddresses: string[] } {
  const names = extension ? childrenOf(readAsn1(extension)) : [];
  const valueOf = (name: asn1js.AsnType) =>
    name instanceof asn1js.Primitive ? name.valueBlock.valueHexView : new Uint8Array(0);
  return {
    dnsNames: names.filter((name) => isContextTag(name, DNS_NAME)).map((name) => String.fromCharCode(...valueOf(name))),
    ipAddresses: names.filter((name) => isContextTag(name, IP_ADDRESS)).map((name) => formatIpAddress(valueOf(name))),
  };
}

/** BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL } */
function isCertificateAuthority(extension: Uint8Array | undefined): boolean {
  const [cA] = extension ? childrenOf(readAsn1(extension)) : [];
  return cA instanceof asn1js.Boolean && cA.getValue();
}

/** Serial numbers print as their magnitude, like `openssl x509 -serial`: the DER sign byte is dropped. */
function formatSerial(bytes: Uint8Array): string {
  return toHex(bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes);
}

/** Decodes a DER certificate; undefined when the bytes are not an X.509 certificate. */
export function decodeCertificate(der: Uint8Array): DecodedCertificate | undefined {
  const tbs = readTbsCertificate(der);
  if (!tbs) return undefined;
  const publicKey = describePublicKey(tbs.keyAlgorithm, tbs.keyParameters, tbs.publicKey);
  const summary: CertificateSummary = {
    subject: formatName(tbs.subject),
    commonName: commonNameOf(tbs.subject),
    issuer: formatName(tbs.issuer),
    serialNumber: formatSerial(tbs.serial),
    notBefore: tbs.notBefore,
    notAfter: tbs.notAfter,
    ...alternativeNames(tbs.extensions.get(OID_SUBJECT_ALT_NAME)),
    key: publicKey.key,
    isCA: isCertificateAuthority(tbs.extensions.get(OID_BASIC_CONSTRAINTS)),
    selfSigned: bytesEqual(tbs.subject, tbs.issuer),
    sha256Fingerprint: toHex(sha256(der)),
  };
  return { der, summary, subjectDer: tbs.subject, issuerDer: tbs.issuer, publicMaterial: publicKey.publicMaterial };
}
