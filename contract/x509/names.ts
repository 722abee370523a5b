/**
 * Distinguished names, subjectAltName values and domain matching (FEATURES §7.3: the Domain Name of a server
 * certificate "must equal the cert's domain"; a `*.` wildcard is allowed).
 */
import * as asn1js from 'asn1js';
import { childrenOf, oidOf, readAsn1, toHex } from './der';

const SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
};

interface NameAttribute {
  type: string;
  value: string;
}

function attributeValue(node: asn1js.AsnType | undefined): string {
  if (node instanceof asn1js.BaseStringBlock) return node.getValue();
  return node ? `#${toHex(new Uint8Array(node.toBER()), '').toLowerCase()}` : '';
}

/** The relative distinguished names of a DER Name, in encoded order (most general first). */
function relativeNames(nameDer: Uint8Array): NameAttribute[][] {
  return childrenOf(readAsn1(nameDer)).map((set) =>
    childrenOf(set).map((pair) => {
      const [type, value] = childrenOf(pair);
      const oid = oidOf(type) ?? '';
      return { type: SHORT_NAMES[oid] ?? oid, value: attributeValue(value) };
    }),
  );
}

/** RFC 4514 escaping of an attribute value. */
function escapeValue(value: string): string {
  if (value.startsWith('#') && /^#[0-9a-f]+$/.test(value)) return value;
  return value
    .replace(/[\\"+,;<>]/g, (char) => `\\${char}`)
    .replace(/^[ #]/, (char) => `\\${char}`)
    .replace(/ $/, '\\ ');
}

/** "CN=www.example.com, O=ELB": RFC 4514 order (most specific first), RDNs joined by ", ". */
export function formatName(nameDer: Uint8Array): string {
  return relativeNames(nameDer)
    .reverse()
    .map((rdn) => rdn.map(({ type, value }) => `${type}=${escapeValue(value)}`).join('+'))
    .join(', ');
}

/** The most specific CN of a DER Name, or null. */
export function commonNameOf(nameDer: Uint8Array): string | null {
  const names = relativeNames(nameDer)
    .flat()
    .filter(({ type }) => type === 'CN');
  return names.at(-1)?.value ?? null;
}

/** An iPAddress SAN value: dotted IPv4, RFC 5952 IPv6 ("2001:db8::1"), hex for anything else. */
export function formatIpAddress(bytes: Uint8Array): string {
  if (bytes.length === 4) return Array.from(bytes).join('.');
  if (bytes.length !== 16) return toHex(bytes);
  const groups = Array.from({ length: 8 }, (_, index) => ((bytes[index * 2] ?? 0) << 8) | (bytes[index * 2 + 1] ?? 0));
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start += 1) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === 0) length += 1;
    if (length > best.length) best = { start, length };
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.length < 2) return hex.join(':');
  const head = hex.slice(0, best.start).join(':');
  const tail = hex.slice(best.start + best.length).join(':');
  return `${head}::${tail}`;
}

interface NamedCertificate {
  commonName: string | null;
  dnsNames: string[];
}

/** CN and dNSName entries, lower-case, without duplicates. */
export function certificateNames(summary: NamedCertificate): string[] {
  const names = [summary.commonName, ...summary.dnsNames].filter((name): name is string => Boolean(name));
  return [...new Set(names.map((name) => name.toLowerCase()))];
}

/**
 * Whether the certificate is valid for `domain`: an exact name, the same wildcard string, or a certificate
 * wildcard covering exactly one label ("*.example.com" covers "a.example.com", not "a.b.example.com").
 */
export function certificateCoversDomain(summary: NamedCertificate, domain: string): boolean {
  const wanted = domain.trim().toLowerCase().replace(/\.$/, '');
  if (wanted === '') return false;
  return certificateNames(summary).some((name) => {
    if (name === wanted) return true;
    if (!name.startsWith('*.')) return false;
    const firstDot = wanted.indexOf('.');
    return firstDot > 0 && !wanted.startsWith('*') && wanted.slice(firstDot) === name.slice(1);
  });
}
