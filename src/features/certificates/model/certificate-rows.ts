/** Each certificate with the listeners that use it, and the list's search and filters (in the URL). */
import { certificateUses, type CertificateUse } from '../../../../contract/elb-v2/certificate-usage';
import type { Certificate, CertificateType } from '../../../../contract/elb-v2/certificates';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { expiryOf, type ExpiryState } from '../../../lib/certificate-expiry';

export interface CertificateRow extends Certificate {
  uses: CertificateUse<Listener>[];
}

export interface CertificateFilters {
  search: string;
  type?: CertificateType;
  expiry?: ExpiryState;
}

export function certificateRows(
  certificates: readonly Certificate[],
  listeners: readonly Listener[],
): CertificateRow[] {
  const uses = certificateUses(listeners);
  return certificates.map((certificate) => ({ ...certificate, uses: uses.get(certificate.id) ?? [] }));
}

/** Search matches the name, domain, ID or description, case-insensitively. */
export function filterCertificates(rows: CertificateRow[], filters: CertificateFilters, now: number): CertificateRow[] {
  const needle = filters.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filters.type || row.type === filters.type) &&
      (!filters.expiry || expiryOf(row.expire_time, now).state === filters.expiry) &&
      (needle === '' ||
        [row.name, row.domain, row.id, row.description].some((text) => text?.toLowerCase().includes(needle))),
  );
}

/** Expired first, then by expiry: what needs attention is at the top. */
export const byExpiry = (a: Certificate, b: Certificate): number =>
  a.expire_time.localeCompare(b.expire_time) || a.name.localeCompare(b.name);

export function readFilters(search: URLSearchParams): CertificateFilters {
  const type = search.get('type');
  const expiry = search.get('expiry');
  return {
    search: search.get('search') ?? '',
    ...(type === 'server' || type === 'client' ? { type } : {}),
    ...(expiry === 'expired' || expiry === 'expiring' || expiry === 'valid' ? { expiry } : {}),
  };
}

export function writeFilters(filters: CertificateFilters): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.search) out.set('search', filters.search);
  if (filters.type) out.set('type', filters.type);
  if (filters.expiry) out.set('expiry', filters.expiry);
  return out;
}
