/**
 * Certificate chains (FEATURES §7.1): the blocks of a certificate PEM are in the order server certificate →
 * intermediate → root, each block issued by the next one. The root may be omitted.
 */
import { decodeCertificate, type CertificateSummary, type DecodedCertificate } from './certificate';
import { bytesEqual, pemBlocks } from './der';
import type { X509Issue } from './issues';

/** Whether `parent` issued `child`, by name: issuer DER equals subject DER (or the same name when printed). */
function issuedBy(child: DecodedCertificate, parent: DecodedCertificate): boolean {
  return (
    bytesEqual(child.issuerDer, parent.subjectDer) ||
    child.summary.issuer.toLowerCase() === parent.summary.subject.toLowerCase()
  );
}

/**
 * Orders a bag of certificates (PKCS#7, PKCS#12) leaf first, then each issuer, like a chain for upload.
 * The leaf is the certificate of `leafMaterial` (the private key's public material) when given, otherwise
 * a certificate that issued none of the others. Certificates outside the chain follow in their order.
 */
export function orderLeafFirst(certificates: DecodedCertificate[], leafMaterial?: string): DecodedCertificate[] {
  const issuedNone = (candidate: DecodedCertificate) =>
    !certificates.some((other) => other !== candidate && !other.summary.selfSigned && issuedBy(other, candidate));
  const leaf =
    certificates.find((candidate) => leafMaterial !== undefined && candidate.publicMaterial === leafMaterial) ??
    certificates.find(issuedNone) ??
    certificates[0];
  const chain: DecodedCertificate[] = [];
  for (let current = leaf; current && !chain.includes(current);) {
    chain.push(current);
    const child: DecodedCertificate = current;
    current = child.summary.selfSigned ? undefined : certificates.find((parent) => issuedBy(child, parent));
  }
  return [...chain, ...certificates.filter((certificate) => !chain.includes(certificate))];
}

/**
 * Decodes every CERTIFICATE block. An undecodable block is 'not-x509'; a block that is not the issuer of the
 * block before it is 'chain-order'. Textual PEM rules are checked by contract/elb-v2/pem.ts.
 */
export function parseCertificateChain(pem: string): { certificates: CertificateSummary[]; issues: X509Issue[] } {
  const certificates: CertificateSummary[] = [];
  const issues: X509Issue[] = [];
  const blocks = pemBlocks(pem).filter((block) => block.label === 'CERTIFICATE');
  if (blocks.length === 0) {
    const message = 'The certificate contains no -----BEGIN CERTIFICATE----- block.';
    return { certificates, issues: [{ rule: 'not-x509', block: 0, line: 0, message }] };
  }
  let previous: { index: number; decoded: DecodedCertificate } | undefined;
  for (const { index, line, der } of blocks) {
    const decoded = der && decodeCertificate(der);
    if (!decoded) {
      issues.push({
        rule: 'not-x509',
        block: index,
        line,
        message: `Block ${index} (line ${line}) is not an X.509 certificate.`,
      });
      previous = undefined;
      continue;
    }
    certificates.push(decoded.summary);
    if (previous && !issuedBy(previous.decoded, decoded)) {
      issues.push({
        rule: 'chain-order',
        block: index,
        line,
        message: `Block ${index} did not issue block ${previous.index}: the chain must be in the order server certificate, intermediate, root.`,
      });
    }
    previous = { index, decoded };
  }
  return { certificates, issues };
}

/** The first CERTIFICATE block of a PEM, decoded; undefined when absent or not X.509. */
export function firstCertificate(pem: string): DecodedCertificate | undefined {
  const der = pemBlocks(pem).find((block) => block.label === 'CERTIFICATE')?.der;
  return der && decodeCertificate(der);
}
