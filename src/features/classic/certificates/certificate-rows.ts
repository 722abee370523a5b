/**
 * Each classic certificate with the classic listeners that use it (as default certificate,
 * `certificate_id`, or as SNI certificate, `certificates`) and its expiry read from the PEM.
 * The classic API does not return an expiry time, so the console reads the leaf certificate itself.
 */
import type { ClassicCertificate } from '../../../../contract/elb-classic/certificates';
import type { ClassicListener } from '../../../../contract/elb-classic/listeners';
import { classicLbPath } from '../detail/paths';

export interface ClassicCertificateUse {
  listenerId: string;
  listenerName: string;
  /** Where the listener is shown: its load balancer's Listeners tab with the listener selected. */
  href: string;
}

export interface ClassicCertificateRow extends ClassicCertificate {
  uses: ClassicCertificateUse[];
  /** notAfter of the leaf certificate; undefined while the X.509 reader loads or if it cannot read it. */
  expireAt?: number;
}

export const classicListenerHref = (listener: Pick<ClassicListener, 'id' | 'loadbalancer_id'>): string =>
  `${classicLbPath(listener.loadbalancer_id, 'listeners')}&listener=${encodeURIComponent(listener.id)}`;

const usesCertificate = (listener: ClassicListener, id: string): boolean =>
  listener.certificate_id === id || (listener.certificates ?? []).includes(id);

export function classicCertificateRows(
  certificates: readonly ClassicCertificate[],
  listeners: readonly ClassicListener[],
  expiryOf: (pem: string) => number | undefined,
): ClassicCertificateRow[] {
  return certificates.map((certificate) => ({
    ...certificate,
    uses: listeners
      .filter((listener) => usesCertificate(listener, certificate.id))
      .map((listener) => ({
        listenerId: listener.id,
        listenerName: listener.name || listener.id,
        href: classicListenerHref(listener),
      })),
    expireAt: expiryOf(certificate.certificate),
  }));
}

/** Search matches the name or the domain, case-insensitively (the brief: "Search by name/domain"). */
export function searchClassicCertificates(rows: ClassicCertificateRow[], search: string): ClassicCertificateRow[] {
  const needle = search.trim().toLowerCase();
  if (needle === '') return rows;
  return rows.filter((row) => [row.name, row.domain].some((text) => text?.toLowerCase().includes(needle)));
}
