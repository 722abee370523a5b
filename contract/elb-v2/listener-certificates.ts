/**
 * Which certificates an HTTPS listener may use (api/elb/v2.0/listener/adding_a_listener.rst,
 * api/elb/v3/listener/adding_a_listener.rst; FEATURES §4.8.2, §4.8.5): the server and SNI
 * certificates are server certificates, the mutual-authentication one a CA certificate, and each
 * SNI certificate has a domain name no other SNI certificate of the listener has. Certificates that
 * do not exist are the caller's to report (the service answers ELB.5040); they are skipped here.
 */
import type { Certificate } from './certificates';
import type { RuleIssue } from './issues';

export interface ListenerCertificateRefs {
  default_tls_container_ref?: string | null;
  client_ca_tls_container_ref?: string | null;
  sni_container_refs?: readonly string[];
}

type Lookup = (id: string) => Pick<Certificate, 'id' | 'name' | 'type' | 'domain'> | undefined;

const label = (certificate: { id: string; name: string }) => certificate.name || certificate.id;

export function listenerCertificateIssues(refs: ListenerCertificateRefs, find: Lookup): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const server = refs.default_tls_container_ref ? find(refs.default_tls_container_ref) : undefined;
  if (server && server.type !== 'server') {
    issues.push({
      path: ['default_tls_container_ref'],
      message: `${label(server)} is a CA certificate; the server certificate must be a server certificate.`,
    });
  }
  const ca = refs.client_ca_tls_container_ref ? find(refs.client_ca_tls_container_ref) : undefined;
  if (ca && ca.type !== 'client') {
    issues.push({
      path: ['client_ca_tls_container_ref'],
      message: `${label(ca)} is a server certificate; mutual authentication needs a CA certificate.`,
    });
  }
  const owners = new Map<string, string>();
  (refs.sni_container_refs ?? []).forEach((id, index) => {
    const sni = find(id);
    const path = ['sni_container_refs', index];
    if (!sni) return;
    if (sni.type !== 'server') {
      issues.push({ path, message: `${label(sni)} is a CA certificate; SNI needs server certificates.` });
    } else if (!sni.domain) {
      issues.push({ path, message: `${label(sni)} has no domain name; SNI picks certificates by it.` });
    } else {
      const domain = sni.domain.toLowerCase();
      const owner = owners.get(domain);
      if (owner) {
        issues.push({ path, message: `${label(sni)} and ${owner} both have the domain name ${sni.domain}.` });
      }
      owners.set(domain, label(sni));
    }
  });
  return issues;
}
