/**
 * v2.0 list semantics (api/elb/appendix/general_information_about_shared_load_balancers/
 * querying_data_in_pages.rst and sequencing_query_results.rst): exact-match filters
 * (a repeated key matches any of its values), sort_key/sort_dir pairs, and
 * limit/marker/page_reverse paging answered with `<collection>_links`.
 */
import type { PageLink } from '../../contract/common';
import { elbFaults } from './fault';
import { boolParam, intParam } from './request';

export type FieldReader<T> = (item: T, key: string) => unknown;

/** Keeps the items whose fields equal one of the query's values, for each filter key present. */
export function applyFilters<T>(
  items: T[],
  query: URLSearchParams,
  keys: readonly string[],
  read: FieldReader<T>,
): T[] {
  const active = keys.map((key) => ({ key, values: query.getAll(key) })).filter(({ values }) => values.length > 0);
  if (active.length === 0) return items;
  return items.filter((item) =>
    active.every(({ key, values }) => {
      const value = read(item, key);
      // A missing field (null/undefined) matches nothing, not the words "null" or "undefined".
      const candidates = (Array.isArray(value) ? value : [value]).flatMap((entry: unknown) =>
        entry === null || entry === undefined ? [] : [String(entry)],
      );
      return values.some((wanted) => candidates.includes(wanted));
    }),
  );
}

/** Code-point order, like a database's binary collation: fast and the same everywhere. */
function compareValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a ?? '');
  const right = String(b ?? '');
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Sorts by the requested keys; the ID is always the last tie-breaker so pages are stable. */
export function applySort<T extends { id: string }>(
  items: T[],
  query: URLSearchParams,
  sortable: readonly string[],
  read: FieldReader<T>,
): T[] {
  const keys = query.getAll('sort_key');
  const dirs = query.getAll('sort_dir');
  // sequencing_query_results.rst: unequal counts answer 400, a sort_key alone included.
  if (dirs.length !== keys.length) {
    throw elbFaults.invalid('The number of sort_key and sort_dir parameters must be equal.');
  }
  if (keys.length === 0) return items;
  keys.forEach((key) => {
    if (!sortable.includes(key)) throw elbFaults.invalid(`Invalid sort_key: ${key} is not a sortable field.`);
  });
  dirs.forEach((dir) => {
    if (dir !== 'asc' && dir !== 'desc') throw elbFaults.invalid(`Invalid sort_dir: ${dir} must be asc or desc.`);
  });
  const order = keys.map((key, index) => ({ key, sign: dirs[index] === 'desc' ? -1 : 1 }));
  return [...items].sort((a, b) => {
    for (const { key, sign } of order) {
      const diff = compareValues(read(a, key), read(b, key));
      if (diff !== 0) return diff * sign;
    }
    return compareValues(a.id, b.id);
  });
}

export interface Page<T> {
  items: T[];
  links?: PageLink[];
}

export const MAX_PAGE_SIZE = 2000;

/** Cuts one page out of sorted items and builds the previous/next links. */
export function paginate<T extends { id: string }>(items: T[], url: URL, resourceName = 'resource'): Page<T> {
  const query = url.searchParams;
  const limit = intParam(query, 'limit', { min: 0, max: MAX_PAGE_SIZE });
  const reverse = boolParam(query, 'page_reverse') ?? false;
  const marker = query.get('marker') ?? undefined;
  // marker and page_reverse only take effect together with limit.
  if (limit === undefined || limit === 0) return { items };

  let start = 0;
  let end = items.length;
  if (marker) {
    const at = items.findIndex((item) => item.id === marker);
    if (at < 0) throw elbFaults.notFound(resourceName, marker);
    if (reverse) end = at;
    else start = at + 1;
  }
  if (reverse) start = Math.max(0, end - limit);
  else end = Math.min(items.length, start + limit);

  const page = items.slice(start, end);
  // An empty page (a marker at either end) links to the first or last page: no marker.
  const link = (rel: 'next' | 'previous', markerId: string | undefined): PageLink => {
    const next = new URL(url);
    if (markerId) next.searchParams.set('marker', markerId);
    else next.searchParams.delete('marker');
    next.searchParams.set('limit', String(limit));
    if (rel === 'previous') next.searchParams.set('page_reverse', 'true');
    else next.searchParams.delete('page_reverse');
    return { href: next.toString(), rel };
  };
  const links: PageLink[] = [];
  const first = page[0];
  const last = page[page.length - 1];
  if (end < items.length) links.push(link('next', last?.id));
  if (start > 0) links.push(link('previous', first?.id));
  return { items: page, links };
}
