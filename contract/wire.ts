/**
 * Wire-level helpers shared by every API family that need no validation library:
 * IPv4 arithmetic, paging and error-body shapes, timestamps. The console's first screen
 * uses only these; the zod building blocks live in common.ts.
 */

// ---------------------------------------------------------------------------
// IPv4 addresses and CIDR blocks
// ---------------------------------------------------------------------------

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const IPV4_RE = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
export const CIDR_RE = new RegExp(`^${OCTET}(\\.${OCTET}){3}/(3[0-2]|[12]?\\d)$`);

export const isIpv4 = (value: string): boolean => IPV4_RE.test(value);
export const isIpv4Cidr = (value: string): boolean => CIDR_RE.test(value);

export function ipv4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
}

export function intToIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/** First and last address of a CIDR block, as integers. */
export function cidrRange(cidr: string): { first: number; last: number } {
  const [ip = '', bits = '32'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const first = Math.floor(ipv4ToInt(ip) / size) * size;
  return { first, last: first + size - 1 };
}

export function cidrContains(cidr: string, ip: string): boolean {
  if (!isIpv4Cidr(cidr) || !isIpv4(ip)) return false;
  const { first, last } = cidrRange(cidr);
  const value = ipv4ToInt(ip);
  return value >= first && value <= last;
}

// ---------------------------------------------------------------------------
// Paging (v2.0 style: limit + marker + page_reverse, answered with *_links)
// ---------------------------------------------------------------------------

export interface PageLink {
  href: string;
  rel: 'next' | 'previous';
}

/** Query parameters every v2.0 list accepts (querying_data_in_pages.rst). */
export interface PageQuery {
  limit?: number;
  marker?: string;
  page_reverse?: boolean;
}

export type SortDir = 'asc' | 'desc';

/** Repeated sort_key/sort_dir pairs (sequencing_query_results.rst). */
export interface SortQuery {
  sort_key?: string[];
  sort_dir?: SortDir[];
}

// ---------------------------------------------------------------------------
// Error bodies, per family. The console's ApiError reads all of them.
// ---------------------------------------------------------------------------

/** ELB v2.0 and v3, CTS: `{ error_code, error_msg, request_id }`. */
export interface ElbErrorBody {
  error_code: string;
  error_msg: string;
  request_id?: string;
}

/** Classic v1.0 and CES: `{ error: { code, message } }`. */
export interface WrappedErrorBody {
  error: { code: string; message: string };
}

/** VPC and ECS: `{ code, message }`. */
export interface VpcErrorBody {
  code: string;
  message: string;
}

/** Reads code and message out of any documented error body. */
export function readErrorBody(body: unknown): { code: string; message: string } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.error_code === 'string') {
    return { code: record.error_code, message: String(record.error_msg ?? '') };
  }
  const wrapped = record.error;
  if (typeof wrapped === 'object' && wrapped !== null) {
    const inner = wrapped as Record<string, unknown>;
    if (typeof inner.code === 'string') return { code: inner.code, message: String(inner.message ?? '') };
  }
  if (typeof record.code === 'string' && typeof record.message === 'string') {
    return { code: record.code, message: record.message };
  }
  return undefined;
}

/** v2.0 timestamps: UTC `YYYY-MM-DDTHH:MM:SS` (19 characters). */
export function toV2Timestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

/** Parses a 19-character v2.0 timestamp as UTC. */
export function fromV2Timestamp(value: string): number {
  return Date.parse(`${value}Z`);
}
