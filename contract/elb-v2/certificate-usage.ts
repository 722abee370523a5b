/**
 * How a listener uses a certificate: as its server certificate, the CA certificate of mutual
 * authentication, or an SNI certificate (guide/certificate/querying_a_listener_by_certificate.rst;
 * FEATURES §7). The service refuses to delete a used certificate (409) and the console lists the
 * users, both from this one reading.
 */

export type CertificateRole = 'server' | 'ca' | 'sni';

export interface CertificateRefs {
  default_tls_container_ref: string | null;
  client_ca_tls_container_ref: string | null;
  sni_container_refs: readonly string[];
}

export interface CertificateUse<L extends CertificateRefs> {
  listener: L;
  role: CertificateRole;
}

/** The roles a listener gives to each certificate it refers to. */
export function certificateRoles(listener: CertificateRefs): [string, CertificateRole][] {
  const roles: [string, CertificateRole][] = [];
  if (listener.default_tls_container_ref) roles.push([listener.default_tls_container_ref, 'server']);
  if (listener.client_ca_tls_container_ref) roles.push([listener.client_ca_tls_container_ref, 'ca']);
  for (const id of listener.sni_container_refs) roles.push([id, 'sni']);
  return roles;
}

/** Every use of every certificate, by certificate ID, in listener order. */
export function certificateUses<L extends CertificateRefs>(listeners: readonly L[]): Map<string, CertificateUse<L>[]> {
  const uses = new Map<string, CertificateUse<L>[]>();
  for (const listener of listeners) {
    for (const [id, role] of certificateRoles(listener)) {
      uses.set(id, [...(uses.get(id) ?? []), { listener, role }]);
    }
  }
  return uses;
}
