/**
 * What an uploaded certificate or key file is (FEATURES §7.2: the console hints when a file is not PEM, e.g.
 * DER, `.p7b` or `.pfx`). PEM is recognised by its armour, binary files by their ASN.1 structure.
 */
import * as asn1js from 'asn1js';
import { childrenOf, isContextTag, oidOf, readAsn1 } from './der';

export type CertificateFileKind = 'pem' | 'der-certificate' | 'der-private-key' | 'pkcs7' | 'pkcs12' | 'unknown';

/** The ASN.1 shapes the converter handles. */
export type DerShape = 'certificate' | 'pkcs1-key' | 'pkcs8-key' | 'sec1-key' | 'pkcs7' | 'pkcs12';

const OID_DATA = '1.2.840.113549.1.7.1';
const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';

const KINDS: Readonly<Record<DerShape, CertificateFileKind>> = {
  certificate: 'der-certificate',
  'pkcs1-key': 'der-private-key',
  'pkcs8-key': 'der-private-key',
  'sec1-key': 'der-private-key',
  pkcs7: 'pkcs7',
  pkcs12: 'pkcs12',
};

const smallInteger = (node: asn1js.AsnType | undefined): number | undefined =>
  node instanceof asn1js.Integer && node.valueBlock.valueHexView.length <= 4 ? node.valueBlock.valueDec : undefined;

/** Decodes text files that are plain text (no control bytes other than tab and line ends). */
export function textOf(bytes: Uint8Array): string | undefined {
  if (bytes.some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return undefined;
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
}

/** The shape of a DER/BER value, undefined when it is none of the handled ones. */
export function derShape(bytes: Uint8Array): DerShape | undefined {
  const root = readAsn1(bytes);
  if (!(root instanceof asn1js.Sequence)) return undefined;
  const fields = childrenOf(root);
  const [first, second, third] = fields;
  if (
    fields.length === 3 &&
    first instanceof asn1js.Sequence &&
    second instanceof asn1js.Sequence &&
    third instanceof asn1js.BitString
  ) {
    return 'certificate';
  }
  const version = smallInteger(first);
  const contentType = oidOf(childrenOf(second)[0]);
  if (
    version === 3 &&
    second instanceof asn1js.Sequence &&
    (contentType === OID_DATA || contentType === OID_SIGNED_DATA)
  ) {
    return 'pkcs12';
  }
  if (oidOf(first) === OID_SIGNED_DATA && isContextTag(second, 0)) return 'pkcs7';
  if ((version === 0 || version === 1) && oidOf(childrenOf(second)[0]) && third instanceof asn1js.OctetString) {
    return 'pkcs8-key';
  }
  if (
    (version === 0 || version === 1) &&
    fields.length >= 9 &&
    fields.every((field) => field instanceof asn1js.Integer)
  ) {
    return 'pkcs1-key';
  }
  if (version === 1 && second instanceof asn1js.OctetString) return 'sec1-key';
  return undefined;
}

/**
 * PEM text (any armour, including `-----BEGIN PKCS7-----`) is 'pem'; DER certificates, PrivateKeyInfo,
 * RSAPrivateKey, ContentInfo(signedData) and PFX are sniffed by their ASN.1 structure.
 */
export function detectCertificateFile(bytes: Uint8Array): CertificateFileKind {
  if (textOf(bytes)?.includes('-----BEGIN ')) return 'pem';
  const shape = derShape(bytes);
  return shape ? KINDS[shape] : 'unknown';
}
