/**
 * The load balancer list's state lives in the URL (STYLE rule 9): search, filters,
 * page size, marker and sort, so a list can be bookmarked, shared and reloaded.
 */
import { PAGE_SIZES } from '../../../components/marker-pagination';

export const searchFields = ['name', 'id', 'ip', 'eip', 'member', 'tag'] as const;
export type SearchField = (typeof searchFields)[number];
export const statusFilters = ['all', 'running', 'disabled', 'pending'] as const;
export type StatusFilter = (typeof statusFilters)[number];
export const networkFilters = ['all', 'public', 'private'] as const;
export type NetworkFilter = (typeof networkFilters)[number];
export const lbTypes = ['enhanced', 'classic'] as const;
export type LbType = (typeof lbTypes)[number];
export const sortableColumns = ['name', 'created_at', 'vip_address'] as const;
export type SortColumn = (typeof sortableColumns)[number];

export interface ListParams {
  type: LbType;
  search: string;
  searchBy: SearchField;
  status: StatusFilter;
  network: NetworkFilter;
  limit: number;
  /** ID of the item the page starts after (or ends before, with `reverse`). */
  marker?: string;
  reverse: boolean;
  sort: { key: SortColumn; dir: 'asc' | 'desc' };
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

export const DEFAULT_SORT: ListParams['sort'] = { key: 'created_at', dir: 'desc' };

export function readListParams(search: URLSearchParams): ListParams {
  const limit = Number(search.get('limit'));
  const [sortKey, sortDir] = (search.get('sort') ?? '').split(':');
  return {
    type: pick(search.get('type'), lbTypes, 'enhanced'),
    search: search.get('q') ?? '',
    searchBy: pick(search.get('by'), searchFields, 'name'),
    status: pick(search.get('status'), statusFilters, 'all'),
    network: pick(search.get('network'), networkFilters, 'all'),
    limit: (PAGE_SIZES as readonly number[]).includes(limit) ? limit : 20,
    marker: search.get('marker') ?? undefined,
    reverse: search.get('dir') === 'prev',
    sort: {
      key: pick(sortKey ?? null, sortableColumns, DEFAULT_SORT.key),
      dir: sortDir === 'asc' || sortDir === 'desc' ? sortDir : DEFAULT_SORT.dir,
    },
  };
}

/** Only non-default values go into the URL, so links stay short. */
export function writeListParams(params: ListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.type !== 'enhanced') out.set('type', params.type);
  if (params.search) out.set('q', params.search);
  if (params.searchBy !== 'name') out.set('by', params.searchBy);
  if (params.status !== 'all') out.set('status', params.status);
  if (params.network !== 'all') out.set('network', params.network);
  if (params.limit !== 20) out.set('limit', String(params.limit));
  if (params.marker) out.set('marker', params.marker);
  if (params.marker && params.reverse) out.set('dir', 'prev');
  if (params.sort.key !== DEFAULT_SORT.key || params.sort.dir !== DEFAULT_SORT.dir)
    out.set('sort', `${params.sort.key}:${params.sort.dir}`);
  return out;
}

export const isFiltered = (params: ListParams): boolean =>
  params.search !== '' || params.status !== 'all' || params.network !== 'all';

/** "7 load balancers" when the whole list is known, "20 on this page" otherwise. */
export function pageSummary(
  t: (key: string, options: { count: number }) => string,
  onPage: number,
  total: number | undefined,
): string {
  return total !== undefined ? t('list.total', { count: total }) : t('list.onPage', { count: onPage });
}
