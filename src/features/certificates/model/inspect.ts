/**
 * What the browser reads from the pasted certificate and key before anything is sent: the same
 * inspection the service runs (contract/x509), loaded only when a certificate dialog opens.
 * X.509 checks run once the text passes the PEM format rules, so each problem is reported once.
 */
import { checkCertificatePem, checkPrivateKeyPem } from '../../../../contract/elb-v2/pem';
import type { CertificateSummary, KeySummary, X509Issue } from '../../../../contract/x509';
import type { X509 } from '../../../lib/x509';

export interface Inspection {
  chain: CertificateSummary[];
  /** Chain and key problems; a key of another certificate is told by `keyMatches` instead. */
  issues: X509Issue[];
  key?: KeySummary;
  /** undefined: no key to compare, or the key does not carry what a comparison needs. */
  keyMatches?: boolean;
}

const readable = (text: string, check: (text: string) => unknown[]) => text.trim() !== '' && check(text).length === 0;

export function inspect(x509: X509, certificatePem: string, keyPem: string | undefined): Inspection {
  if (!readable(certificatePem, checkCertificatePem)) return { chain: [], issues: [] };
  const key = keyPem !== undefined && readable(keyPem, checkPrivateKeyPem) ? keyPem : undefined;
  const found = x509.inspectCertificate(certificatePem, key);
  return {
    chain: found.certificates,
    issues: found.issues.filter((issue) => issue.rule !== 'key-mismatch'),
    key: found.key?.key,
    keyMatches: found.keyMatches,
  };
}
