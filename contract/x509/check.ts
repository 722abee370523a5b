/** Certificate and private key together (C10, ELB.1011/5013: the key must belong to the certificate). */
import { firstCertificate, parseCertificateChain } from './chain';
import type { CertificateSummary } from './certificate';
import type { X509Issue } from './issues';
import { parsePrivateKey, type KeySummary, type ParsedPrivateKey } from './key';

function describe(key: KeySummary): string {
  if (key.algorithm === 'EC') return key.curve ? `an EC ${key.curve} key` : 'an EC key';
  if (key.algorithm === 'RSA') return key.bits > 0 ? `an RSA ${key.bits}-bit key` : 'an RSA key';
  return key.algorithm === 'Ed25519' ? 'an Ed25519 key' : 'a key of an unknown type';
}

/**
 * Whether the private key belongs to the first certificate of the chain: RSA modulus and exponent, or the EC
 * public point. Undefined when it cannot tell (no decodable certificate, or an EC key without its public point).
 */
export function privateKeyMatches(pem: string, key: ParsedPrivateKey): boolean | undefined {
  const certificate = firstCertificate(pem);
  if (!certificate) return undefined;
  const { algorithm, curve } = certificate.summary.key;
  if (algorithm !== key.key.algorithm || curve !== key.key.curve) return false;
  if (certificate.publicMaterial === undefined || key.publicMaterial === undefined) return undefined;
  return certificate.publicMaterial === key.publicMaterial;
}

export interface CertificateInspection {
  /** The chain, leaf first, as far as it could be decoded. */
  certificates: CertificateSummary[];
  /** Chain issues, key issues and 'key-mismatch' when the key does not belong to the server certificate. */
  issues: X509Issue[];
  key?: ParsedPrivateKey;
  /** Undefined without a key, or when the key does not carry what a comparison needs. */
  keyMatches?: boolean;
}

/** The chain and, for a server certificate, its key, read once: what the service checks and the console shows. */
export function inspectCertificate(certificatePem: string, keyPem: string | undefined): CertificateInspection {
  const { certificates, issues } = parseCertificateChain(certificatePem);
  if (keyPem === undefined) return { certificates, issues };
  const parsed = parsePrivateKey(keyPem);
  issues.push(...parsed.issues);
  const leaf = certificates[0];
  const keyMatches = parsed.key && leaf ? privateKeyMatches(certificatePem, parsed.key) : undefined;
  if (parsed.key && leaf && keyMatches === false) {
    const why =
      leaf.key.algorithm === parsed.key.key.algorithm && leaf.key.curve === parsed.key.key.curve
        ? `the certificate's public key is not the public part of this private key.`
        : `the certificate has ${describe(leaf.key)} and the private key is ${describe(parsed.key.key)}.`;
    issues.push({
      rule: 'key-mismatch',
      block: 0,
      line: 0,
      message: `The private key does not belong to the certificate: ${why}`,
    });
  }
  return {
    certificates,
    issues,
    ...(parsed.key ? { key: parsed.key } : {}),
    ...(keyMatches === undefined ? {} : { keyMatches }),
  };
}

/** Chain issues, key issues and 'key-mismatch' when the key does not belong to the server certificate. */
export function checkCertificateAndKey(certificatePem: string, keyPem: string | undefined): X509Issue[] {
  return inspectCertificate(certificatePem, keyPem).issues;
}
