/**
 * The certificates an HTTPS listener refers to must exist (ELB.5040) and be of the right kind
 * (contract/elb-v2/listener-certificates.ts, answered as ELB.9899).
 */
import {
  listenerCertificateIssues,
  type ListenerCertificateRefs,
} from '../../../contract/elb-v2/listener-certificates';
import { ApiFault } from '../../http/fault';
import type { ReadTx } from '../../store/store';
import { refuseIssues } from './children';

/** Checks only the references a body sets; `null` and `[]` turn a feature off and need no certificate. */
export function assertListenerCertificates(tx: ReadTx, refs: ListenerCertificateRefs): void {
  const ids = [refs.default_tls_container_ref, refs.client_ca_tls_container_ref, ...(refs.sni_container_refs ?? [])];
  for (const id of ids) {
    // error_codes.rst: ELB.5040 "The certificate does not exist."
    if (id && !tx.get('certificates', id)) {
      throw new ApiFault(400, 'ELB.5040', `The certificate does not exist: no certificate has the ID ${id}.`);
    }
  }
  refuseIssues(
    ['listener'],
    listenerCertificateIssues(refs, (id) => tx.get('certificates', id)),
  );
}
