/**
 * "How can ELB support multiple certificates?" (FEATURES §12.5; guide/faq/listeners/
 * can_i_bind_multiple_certificates_to_a_listener.rst) and the security warning after configuring one
 * (§12.8; guide/faq/http_https_listeners/why_is_there_a_security_warning_after_a_certificate_is_configured.rst):
 * SNI on an HTTPS listener, its certificates' domains and their expiry.
 */
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import { MAX_SNI_CERTIFICATES, type Listener } from '../../../../contract/elb-v2/listeners';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';
import { expiryOf } from '../../../lib/certificate-expiry';

export type CertificateCheckId = 'sni' | 'domains' | 'expiry' | 'browserWarning';

const nameOf = (certificate: Certificate) => certificate.name || certificate.id;

function sniCheck(listener: Listener): DiagnosticCheck<CertificateCheckId> {
  const count = listener.sni_container_refs.length;
  if (count === 0) return { id: 'sni', status: 'verify', variant: 'off', params: { max: MAX_SNI_CERTIFICATES } };
  return { id: 'sni', status: 'passed', variant: 'on', params: { count, max: MAX_SNI_CERTIFICATES } };
}

/** SNI picks a certificate by the requested domain: each needs one, and no two the same. */
function domainsCheck(sni: readonly Certificate[], listener: Listener): DiagnosticCheck<CertificateCheckId> {
  if (listener.sni_container_refs.length === 0) {
    return { id: 'domains', status: 'passed', variant: 'notUsed', params: {} };
  }
  const missing = sni.filter((certificate) => !certificate.domain);
  if (missing.length > 0) {
    return { id: 'domains', status: 'failed', variant: 'missing', params: { names: missing.map(nameOf).join(', ') } };
  }
  const domains = sni.map((certificate) => certificate.domain ?? '');
  const repeated = [...new Set(domains.filter((domain, index) => domains.indexOf(domain) !== index))];
  if (repeated.length > 0) {
    return { id: 'domains', status: 'failed', variant: 'repeated', params: { domains: repeated.join(', ') } };
  }
  return { id: 'domains', status: 'passed', variant: 'ok', params: { domains: domains.join(', ') } };
}

/** ELB keeps serving an expired certificate (guide/certificate/overview.rst), so browsers warn. */
function expiryCheck(used: readonly Certificate[], now: number): DiagnosticCheck<CertificateCheckId> {
  const states = used.map((certificate) => ({ certificate, expiry: expiryOf(certificate.expire_time, now) }));
  const names = (state: 'expired' | 'expiring') =>
    states
      .filter(({ expiry }) => expiry.state === state)
      .map(({ certificate }) => nameOf(certificate))
      .join(', ');
  if (names('expired'))
    return { id: 'expiry', status: 'failed', variant: 'expired', params: { names: names('expired') } };
  if (names('expiring')) {
    return { id: 'expiry', status: 'verify', variant: 'expiring', params: { names: names('expiring') } };
  }
  return { id: 'expiry', status: 'passed', variant: 'ok', params: { count: used.length } };
}

export function certificateChecks(
  listener: Listener,
  certificates: readonly Certificate[],
  now: number,
): DiagnosticCheck<CertificateCheckId>[] {
  const byId = new Map(certificates.map((certificate) => [certificate.id, certificate]));
  const server = listener.default_tls_container_ref ? byId.get(listener.default_tls_container_ref) : undefined;
  const sni = listener.sni_container_refs.flatMap((id) => byId.get(id) ?? []);
  const used = [...(server ? [server] : []), ...sni];
  const domains = [...new Set(used.flatMap((certificate) => certificate.domain ?? []))];
  return [
    sniCheck(listener),
    domainsCheck(sni, listener),
    expiryCheck(used, now),
    {
      id: 'browserWarning',
      status: 'verify',
      variant: 'default',
      params: {},
      commands: domains.map((domain) => `curl -v https://${domain.replace(/^\*\./, 'www.')}`),
    },
  ];
}
