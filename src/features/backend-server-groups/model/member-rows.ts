/**
 * Backend servers as the table shows them: joined with their ECS by primary IPv4 address,
 * filtered by name or IP, and paged in memory so groups of 500+ servers stay fast.
 */
import { primaryIpv4, type Server } from '../../../../contract/ecs/servers';
import type { Member, MemberOperatingStatus } from '../../../../contract/elb-v2/members';
import type { SortState } from '../../../components/resource-table';
import type { StatusTone } from '../../../components/status-chip';
import { ipv4ToInt, isIpv4 } from '../../../../contract/wire';

export const MEMBERS_PAGE_SIZE = 100;

export interface MemberRow {
  member: Member;
  /** The ECS whose primary NIC has the member's address, when there is one. */
  server?: Server;
  /** The ECS name when the address matches a server, else the member's own name. */
  name: string;
}

export function serversByIp(servers: readonly Server[]): Map<string, Server> {
  const byIp = new Map<string, Server>();
  for (const server of servers) {
    const ip = primaryIpv4(server);
    if (ip !== undefined && !byIp.has(ip)) byIp.set(ip, server);
  }
  return byIp;
}

export function memberRows(members: readonly Member[], servers: readonly Server[]): MemberRow[] {
  const byIp = serversByIp(servers);
  return members.map((member) => {
    const server = byIp.get(member.address);
    return { member, server, name: server?.name ?? member.name };
  });
}

/** Case-insensitive match on the displayed name, the member name or the IP address. */
export function filterMemberRows(rows: readonly MemberRow[], text: string): MemberRow[] {
  const needle = text.trim().toLowerCase();
  if (needle === '') return [...rows];
  return rows.filter(
    (row) =>
      row.name.toLowerCase().includes(needle) ||
      row.member.name.toLowerCase().includes(needle) ||
      row.member.address.includes(needle),
  );
}

export const memberSortKeys = ['name', 'address', 'port', 'weight', 'health'] as const;
export type MemberSortKey = (typeof memberSortKeys)[number];

/** Unhealthy first when sorting by health: those are the rows an operator looks for. */
const healthOrder: Record<MemberOperatingStatus, number> = { OFFLINE: 0, DISABLED: 1, NO_MONITOR: 2, ONLINE: 3 };
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const ipValue = (ip: string) => (isIpv4(ip) ? ipv4ToInt(ip) : Number.MAX_SAFE_INTEGER);

const compareBy: Record<MemberSortKey, (a: MemberRow, b: MemberRow) => number> = {
  name: (a, b) => byName.compare(a.name, b.name),
  address: (a, b) => ipValue(a.member.address) - ipValue(b.member.address),
  port: (a, b) => a.member.protocol_port - b.member.protocol_port,
  weight: (a, b) => a.member.weight - b.member.weight,
  health: (a, b) => healthOrder[a.member.operating_status] - healthOrder[b.member.operating_status],
};

const isSortKey = (key: string): key is MemberSortKey => (memberSortKeys as readonly string[]).includes(key);

/** Sorted in memory (the whole group is loaded); ties keep name, then address order. */
export function sortMemberRows(rows: readonly MemberRow[], sort: SortState): MemberRow[] {
  const key = isSortKey(sort.key) ? sort.key : 'name';
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy[key](a, b) || compareBy.name(a, b) || compareBy.address(a, b));
}

export interface RowPage<T> {
  items: T[];
  /** 0-based page actually shown (clamped when the list shrank). */
  page: number;
  pageCount: number;
}

export function pageOf<T>(rows: readonly T[], page: number, size: number = MEMBERS_PAGE_SIZE): RowPage<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(0, page), pageCount - 1);
  return { items: rows.slice(current * size, (current + 1) * size), page: current, pageCount };
}

/** One status map for backend servers (STYLE rule 8). */
export const memberHealthTone: Record<MemberOperatingStatus, StatusTone> = {
  ONLINE: 'ok',
  OFFLINE: 'error',
  NO_MONITOR: 'unknown',
  DISABLED: 'off',
};

/**
 * Servers that would still take traffic after removing `removing`: healthy ones, or any server
 * when there is no health check (then every server counts as healthy, guide §6.2).
 */
export function healthyAfterRemoval(members: readonly Member[], removing: ReadonlySet<string>): number {
  return members.filter(
    (member) =>
      !removing.has(member.id) && (member.operating_status === 'ONLINE' || member.operating_status === 'NO_MONITOR'),
  ).length;
}
