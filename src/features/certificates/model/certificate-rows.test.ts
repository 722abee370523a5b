import { describe, expect, it } from 'vitest';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { certificateRows, filterCertificates, readFilters, writeFilters } from './certificate-rows';

const NOW = Date.UTC(2026, 10, 26);
const cert = (id: string, name: string, type: Certificate['type'], expire_time: string, domain: string | null) =>
  ({ id, name, type, expire_time, domain, description: '' }) as Certificate;
const certificates = [
  cert('c1', 'cert-www', 'server', '2027-09-30 23:59:59', 'www.example.com'),
  cert('c2', 'cert-shop', 'server', '2026-12-20 23:59:59', 'shop.example.com'),
  cert('c3', 'ca-clients', 'client', '2036-01-01 00:00:00', null),
  cert('c4', 'cert-api', 'server', '2026-10-15 23:59:59', 'api.example.com'),
];
const listeners = [
  { id: 'l1', default_tls_container_ref: 'c1', client_ca_tls_container_ref: 'c3', sni_container_refs: ['c2'] },
] as Listener[];

describe('certificate rows', () => {
  const rows = certificateRows(certificates, listeners);

  it('attach the listeners that use each certificate, with the role', () => {
    expect(rows.map((row) => row.uses.map((use) => use.role))).toEqual([['server'], ['sni'], ['ca'], []]);
  });

  it.each([
    [{ search: 'SHOP' }, ['c2']],
    [{ search: 'example.com' }, ['c1', 'c2', 'c4']],
    [{ search: '', type: 'client' as const }, ['c3']],
    [{ search: '', expiry: 'expiring' as const }, ['c2']],
    [{ search: '', expiry: 'expired' as const }, ['c4']],
    [{ search: 'www', expiry: 'expired' as const }, []],
  ])('filter %j', (filters, ids) => {
    expect(filterCertificates(rows, filters, NOW).map((row) => row.id)).toEqual(ids);
  });

  it('keep their filters in the URL and ignore unknown values', () => {
    const filters = { search: 'www', type: 'server' as const, expiry: 'valid' as const };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
    expect(readFilters(new URLSearchParams('type=other&expiry=soon'))).toEqual({ search: '' });
  });
});
