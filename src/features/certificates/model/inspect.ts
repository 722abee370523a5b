/**
 * What the browser reads from the pasted certificate and key before anything is sent: the same
 * X.509 parser the service uses (contract/x509), loaded only when a certificate dialog opens.
 * X.509 checks run once the text passes the PEM format rules, so each problem is reported once.
 */
import { checkCertificatePem, checkPrivateKeyPem } from '../../../../contract/elb-v2/pem';
import type * as X509Module from '../../../../contract/x509';
import type { CertificateSummary, KeySummary, X509Issue } from '../../../../contract/x509';

export type X509 = typeof X509Module;

let module: Promise<X509> | undefined;
export const loadX509 = (): Promise<X509> => (module ??= import('../../../../contract/x509'));

export interface Inspection {
  chain: CertificateSummary[];
  certificateIssues: X509Issue[];
  key?: KeySummary;
  keyIssues: X509Issue[];
  /** undefined: no key to compare, or the key does not carry what a comparison needs. */
  keyMatches?: boolean;
}

export function inspect(x509: X509, certificatePem: string, keyPem: string | undefined): Inspection {
  const certificateReadable = certificatePem.trim() !== '' && checkCertificatePem(certificatePem).length === 0;
  const keyReadable = keyPem !== undefined && keyPem.trim() !== '' && checkPrivateKeyPem(keyPem).length === 0;
  const parsed = certificateReadable ? x509.parseCertificateChain(certificatePem) : { certificates: [], issues: [] };
  const key = keyReadable ? x509.parsePrivateKey(keyPem) : { issues: [] };
  const keyMatches =
    key.key && parsed.certificates.length > 0 && parsed.issues.length === 0
      ? x509.privateKeyMatches(certificatePem, key.key)
      : undefined;
  return {
    chain: parsed.certificates,
    certificateIssues: parsed.issues,
    key: key.key?.key,
    keyIssues: key.issues,
    keyMatches,
  };
}
