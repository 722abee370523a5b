/**
 * Public and private keys: what a certificate's SubjectPublicKeyInfo holds, and the private keys the guide
 * accepts (C10: PKCS#1 `RSA PRIVATE KEY` and PKCS#8 `PRIVATE KEY`; EC keys on P-256, P-384 and P-521 via PKCS#8).
 * Each key also yields "public material", a string that is equal for a private key and its certificate.
 */
import * as asn1js from 'asn1js';
import { childrenOf, isContextTag, oidOf, pemBlocks, readAsn1, toHex, type PemBlock } from './der';
import type { X509Issue } from './issues';

export type KeyAlgorithm = 'RSA' | 'EC' | 'Ed25519' | 'unknown';

export interface KeySummary {
  algorithm: KeyAlgorithm;
  bits: number;
  /** 'P-256' | 'P-384' | 'P-521' for EC keys. */
  curve?: string;
}

export interface ParsedPrivateKey {
  key: KeySummary;
  /** Opaque public material for matching with a certificate; undefined when the key does not embed it. */
  publicMaterial: string | undefined;
}

const OID_RSA = '1.2.840.113549.1.1.1';
const OID_RSA_PSS = '1.2.840.113549.1.1.10';
export const OID_EC = '1.2.840.10045.2.1';
const OID_ED25519 = '1.3.101.112';
const KEY_NAMES: Readonly<Record<string, string>> = {
  [OID_RSA_PSS]: 'RSA-PSS',
  [OID_ED25519]: 'Ed25519',
  '1.3.101.113': 'Ed448',
  '1.3.101.110': 'X25519',
  '1.3.101.111': 'X448',
  '1.2.840.10040.4.1': 'DSA',
};
const CURVES: Readonly<Record<string, { curve: string; bits: number }>> = {
  '1.2.840.10045.3.1.7': { curve: 'P-256', bits: 256 },
  '1.3.132.0.34': { curve: 'P-384', bits: 384 },
  '1.3.132.0.35': { curve: 'P-521', bits: 521 },
};
const SUPPORTED = 'upload an RSA key, or an EC key on P-256, P-384 or P-521';

/** An unsigned big-endian integer without leading zero bytes. */
function magnitude(bytes: Uint8Array): Uint8Array {
  const first = bytes.findIndex((byte) => byte !== 0);
  return first === -1 ? new Uint8Array([0]) : bytes.subarray(first);
}

function bitLength(bytes: Uint8Array): number {
  const value = magnitude(bytes);
  const top = value[0] ?? 0;
  return top === 0 ? 0 : (value.length - 1) * 8 + top.toString(2).length;
}

function integerBytes(node: asn1js.AsnType | undefined): Uint8Array | undefined {
  return node instanceof asn1js.Integer ? node.valueBlock.valueHexView : undefined;
}

function rsaMaterial(modulus: Uint8Array, exponent: Uint8Array): ParsedPrivateKey {
  return {
    key: { algorithm: 'RSA', bits: bitLength(modulus) },
    publicMaterial: `RSA:${toHex(magnitude(modulus), '')}:${toHex(magnitude(exponent), '')}`,
  };
}

/** An EC point in compressed form, so compressed and uncompressed encodings of one key compare equal. */
function compressedPoint(point: Uint8Array): string {
  if (point[0] !== 4 || point.length % 2 === 0) return toHex(point, '');
  const size = (point.length - 1) / 2;
  const odd = ((point[point.length - 1] ?? 0) & 1) === 1;
  return (odd ? '03' : '02') + toHex(point.subarray(1, 1 + size), '');
}

function ecMaterial(curveOid: string | undefined, point: Uint8Array | undefined): ParsedPrivateKey | undefined {
  const curve = curveOid === undefined ? undefined : CURVES[curveOid];
  if (!curve) return undefined;
  return {
    key: { algorithm: 'EC', ...curve },
    publicMaterial: point ? `EC:${curve.curve}:${compressedPoint(point)}` : undefined,
  };
}

/** RSAPublicKey ::= SEQUENCE { modulus, publicExponent } / RSAPrivateKey ::= SEQUENCE { version, modulus, … } */
function rsaFromSequence(der: Uint8Array, first: 0 | 1): ParsedPrivateKey | undefined {
  const fields = childrenOf(readAsn1(der)).map(integerBytes);
  const modulus = fields[first];
  const exponent = fields[first + 1];
  if (fields.includes(undefined) || !modulus || !exponent) return undefined;
  return rsaMaterial(modulus, exponent);
}

/** The key summary and public material of a certificate's SubjectPublicKeyInfo. */
export function describePublicKey(algorithm: string, parameters: unknown, publicKey: Uint8Array): ParsedPrivateKey {
  if (algorithm === OID_RSA || algorithm === OID_RSA_PSS) {
    return rsaFromSequence(publicKey, 0) ?? { key: { algorithm: 'RSA', bits: 0 }, publicMaterial: undefined };
  }
  if (algorithm === OID_EC) {
    const curveOid = parameters instanceof asn1js.ObjectIdentifier ? parameters.getValue() : undefined;
    return ecMaterial(curveOid, publicKey) ?? { key: { algorithm: 'EC', bits: 0 }, publicMaterial: undefined };
  }
  if (algorithm === OID_ED25519) {
    return { key: { algorithm: 'Ed25519', bits: 256 }, publicMaterial: `Ed25519:${toHex(publicKey, '')}` };
  }
  return { key: { algorithm: 'unknown', bits: 0 }, publicMaterial: undefined };
}

type KeyResult = { key: ParsedPrivateKey } | { unsupported: string } | { unreadable: true };

/** ECPrivateKey ::= SEQUENCE { version 1, privateKey OCTET STRING, [0] parameters, [1] publicKey BIT STRING } */
function ecPrivateKey(der: Uint8Array, curveOid: string | undefined): KeyResult {
  const fields = childrenOf(readAsn1(der));
  const version = integerBytes(fields[0]);
  if (version?.length !== 1 || version[0] !== 1 || !(fields[1] instanceof asn1js.OctetString)) {
    return { unreadable: true };
  }
  const curve = curveOid ?? oidOf(childrenOf(fields.find((field) => isContextTag(field, 0)))[0]);
  const bits = childrenOf(fields.find((field) => isContextTag(field, 1)))[0];
  const point = bits instanceof asn1js.BitString ? bits.valueBlock.valueHexView : undefined;
  const key = ecMaterial(curve, point);
  return key ? { key } : { unsupported: `it uses the EC curve ${curve ?? '(unnamed)'}; ${SUPPORTED}` };
}

/** PrivateKeyInfo ::= SEQUENCE { version, AlgorithmIdentifier, privateKey OCTET STRING, … } (PKCS#8) */
function pkcs8PrivateKey(der: Uint8Array): KeyResult {
  const [version, algorithm, privateKey] = childrenOf(readAsn1(der));
  const [oid, parameters] = childrenOf(algorithm);
  const algorithmId = oidOf(oid);
  if (!(version instanceof asn1js.Integer) || !algorithmId || !(privateKey instanceof asn1js.OctetString)) {
    return { unreadable: true };
  }
  const inner = privateKey.valueBlock.valueHexView;
  if (algorithmId === OID_RSA) {
    const key = rsaFromSequence(inner, 1);
    return key ? { key } : { unreadable: true };
  }
  if (algorithmId === OID_EC) return ecPrivateKey(inner, oidOf(parameters));
  return { unsupported: `it uses ${KEY_NAMES[algorithmId] ?? algorithmId}; ${SUPPORTED}` };
}

function pkcs1PrivateKey(der: Uint8Array): KeyResult {
  const key = rsaFromSequence(der, 1);
  return key ? { key } : { unreadable: true };
}

/** Reads a DER private key of the given PEM label. */
export function readPrivateKey(label: string, der: Uint8Array | undefined): KeyResult {
  if (label === 'EC PRIVATE KEY') {
    return {
      unsupported:
        'it is in the EC PRIVATE KEY (SEC 1) format; convert it to PKCS#8 with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`',
    };
  }
  if (label.includes('ENCRYPTED')) {
    return { unsupported: 'it is encrypted; decrypt it with `openssl pkcs8 -in key.pem -out key-unencrypted.pem`' };
  }
  if (label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') {
    return { unsupported: `it is a ${label} block; the key must be a PRIVATE KEY or RSA PRIVATE KEY block` };
  }
  if (!der) return { unreadable: true };
  return label === 'PRIVATE KEY' ? pkcs8PrivateKey(der) : pkcs1PrivateKey(der);
}

function keyIssue(rule: 'key-unreadable' | 'key-unsupported', block: PemBlock | undefined, why: string): X509Issue {
  const where = block ? ` (line ${block.line})` : '';
  const what = rule === 'key-unreadable' ? 'could not be read' : 'is not supported';
  return { rule, block: block ? 1 : 0, line: block?.line ?? 0, message: `The private key${where} ${what}: ${why}.` };
}

/**
 * Parses the first block of a private key PEM: PKCS#1 `RSA PRIVATE KEY` or PKCS#8 `PRIVATE KEY` (RSA or EC
 * P-256/P-384/P-521). Other key types are 'key-unsupported', undecodable ones 'key-unreadable'.
 */
export function parsePrivateKey(pem: string): { key?: ParsedPrivateKey; issues: X509Issue[] } {
  const block = pemBlocks(pem)[0];
  if (!block) return { issues: [keyIssue('key-unreadable', undefined, 'it has no -----BEGIN PRIVATE KEY----- block')] };
  if (/Proc-Type:\s*4,\s*ENCRYPTED/.test(block.text)) {
    return { issues: [keyIssue('key-unsupported', block, 'it is encrypted; upload it unencrypted')] };
  }
  const result = readPrivateKey(block.label, block.der);
  if ('key' in result) return { key: result.key, issues: [] };
  if ('unsupported' in result) return { issues: [keyIssue('key-unsupported', block, result.unsupported)] };
  const format = block.label === 'PRIVATE KEY' ? 'PKCS#8' : 'PKCS#1';
  return { issues: [keyIssue('key-unreadable', block, `it is not a valid ${format} key`)] };
}
