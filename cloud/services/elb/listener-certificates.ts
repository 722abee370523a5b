/**
 * The certificates an HTTPS listener refers to must exist and be of the right kind
 * (api/elb/v2.0/listener/adding_a_listener.rst; FEATURES §4.8.2, §4.8.5): the server and SNI
 * certificates are server certificates, the mutual-authentication one a CA certificate, and every
 * SNI certificate has a domain name that no other SNI certificate of the listener has.
 */
import type { Certificate } from '../../../contract/elb-v2/certificates';
import { ApiFault } from '../../http/fault';
import type { ReadTx } from '../../store/store';
import type { ListenerRow } from '../../store/tables';
import { refuseIssues } from './children';

type CertificateRefs = Partial<
  Pick<ListenerRow, 'default_tls_container_ref' | 'client_ca_tls_container_ref' | 'sni_container_refs'>
>;

/** error_codes.rst: ELB.5040 "The certificate does not exist." */
function existing(tx: ReadTx, id: string): Certificate {
  const row = tx.get('certificates', id);
  if (!row) throw new ApiFault(400, 'ELB.5040', `The certificate does not exist: no certificate has the ID ${id}.`);
  return row;
}

const label = (certificate: Certificate) => certificate.name || certificate.id;

/** Checks only the references a body sets; `null` and `[]` turn a feature off and need no certificate. */
export function assertListenerCertificates(tx: ReadTx, refs: CertificateRefs): void {
  if (refs.default_tls_container_ref) {
    const server = existing(tx, refs.default_tls_container_ref);
    if (server.type !== 'server') {
      refuseIssues(
        ['listener'],
        [
          {
            path: ['default_tls_container_ref'],
            message: `${label(server)} is a CA certificate; the server certificate must be a server certificate.`,
          },
        ],
      );
    }
  }
  if (refs.client_ca_tls_container_ref) {
    const ca = existing(tx, refs.client_ca_tls_container_ref);
    if (ca.type !== 'client') {
      refuseIssues(
        ['listener'],
        [
          {
            path: ['client_ca_tls_container_ref'],
            message: `${label(ca)} is a server certificate; mutual authentication needs a CA certificate.`,
          },
        ],
      );
    }
  }
  const owners = new Map<string, Certificate>();
  (refs.sni_container_refs ?? []).forEach((id, index) => {
    const sni = existing(tx, id);
    const path = ['sni_container_refs', index];
    if (sni.type !== 'server') {
      refuseIssues(
        ['listener'],
        [{ path, message: `${label(sni)} is a CA certificate; SNI needs server certificates.` }],
      );
    }
    if (!sni.domain) {
      refuseIssues(
        ['listener'],
        [{ path, message: `${label(sni)} has no domain name; SNI picks certificates by it.` }],
      );
      return;
    }
    const owner = owners.get(sni.domain.toLowerCase());
    if (owner) {
      refuseIssues(
        ['listener'],
        [{ path, message: `${label(sni)} and ${label(owner)} both have the domain name ${sni.domain}.` }],
      );
    }
    owners.set(sni.domain.toLowerCase(), sni);
  });
}
