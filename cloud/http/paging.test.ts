import { describe, expect, it } from 'vitest';
import type { PageLink } from '../../contract/common';
import { ApiFault } from './fault';
import { applyFilters, applySort, MAX_PAGE_SIZE, paginate, type FieldReader, type Page } from './paging';

interface Item {
  id: string;
  name: string;
  size: number;
  zone: string | null;
  addresses: string[];
  enabled: boolean;
}

const items: Item[] = [
  { id: 'a1', name: 'web', size: 3, zone: 'eu-de-01', addresses: ['10.0.0.1', '10.0.0.2'], enabled: true },
  { id: 'b2', name: 'api', size: 1, zone: 'eu-de-02', addresses: ['10.0.0.3'], enabled: false },
  { id: 'c3', name: 'web', size: 2, zone: null, addresses: [], enabled: true },
  { id: 'd4', name: 'db', size: 2, zone: 'eu-de-01', addresses: ['10.0.0.2'], enabled: true },
  { id: 'e5', name: 'Web', size: 10, zone: 'eu-de-03', addresses: ['10.0.0.5'], enabled: false },
];

const read: FieldReader<Item> = (item, key) => (item as unknown as Record<string, unknown>)[key];
const KEYS = ['id', 'name', 'size', 'zone', 'addresses', 'enabled'] as const;
const SORTABLE = ['id', 'name', 'size'] as const;

const q = (query: string) => new URLSearchParams(query);
const ids = (list: { id: string }[]) => list.map((item) => item.id);

/** Runs `work` and returns the ApiFault it throws. */
function faultOf(work: () => unknown): ApiFault {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiFault) return error;
    throw error;
  }
  throw new Error('Expected an ApiFault, nothing was thrown.');
}

/** 26 items with ids i00..i25 in ascending order, as the store returns them. */
const many = Array.from({ length: 26 }, (_, index) => ({ id: `i${String(index).padStart(2, '0')}` }));
const url = (query: string) => new URL(`http://cloud.test/v2.0/lbaas/things${query ? `?${query}` : ''}`);
const rels = (links: PageLink[] | undefined) => (links ?? []).map((link) => link.rel).sort();
const linkOf = (links: PageLink[] | undefined, rel: PageLink['rel']) => {
  const link = (links ?? []).find((item) => item.rel === rel);
  if (!link) throw new Error(`No ${rel} link in ${JSON.stringify(links)}`);
  return new URL(link.href);
};

describe('applyFilters', () => {
  it('returns the items untouched when no filter key is in the query', () => {
    expect(applyFilters(items, q(''), KEYS, read)).toBe(items);
    expect(applyFilters(items, q('unknown=x&limit=2'), KEYS, read)).toBe(items);
  });

  it('matches exactly and case-sensitively', () => {
    expect(ids(applyFilters(items, q('name=web'), KEYS, read))).toEqual(['a1', 'c3']);
    expect(ids(applyFilters(items, q('name=we'), KEYS, read))).toEqual([]);
    expect(ids(applyFilters(items, q('name=Web'), KEYS, read))).toEqual(['e5']);
  });

  it('compares numbers and booleans by their text', () => {
    expect(ids(applyFilters(items, q('size=2'), KEYS, read))).toEqual(['c3', 'd4']);
    expect(ids(applyFilters(items, q('enabled=false'), KEYS, read))).toEqual(['b2', 'e5']);
  });

  it('treats a repeated key as "any of" and different keys as "all of"', () => {
    expect(ids(applyFilters(items, q('id=a1&id=d4&id=zz'), KEYS, read))).toEqual(['a1', 'd4']);
    expect(ids(applyFilters(items, q('name=web&name=db&size=2'), KEYS, read))).toEqual(['c3', 'd4']);
  });

  it('matches an array field when any of its entries equals a wanted value', () => {
    expect(ids(applyFilters(items, q('addresses=10.0.0.2'), KEYS, read))).toEqual(['a1', 'd4']);
    expect(ids(applyFilters(items, q('addresses=10.0.0.3&addresses=10.0.0.5'), KEYS, read))).toEqual(['b2', 'e5']);
    expect(ids(applyFilters(items, q('addresses=10.0.0.9'), KEYS, read))).toEqual([]);
  });

  it('ignores keys that are not filterable', () => {
    expect(ids(applyFilters(items, q('name=web&size=3'), ['name'], read))).toEqual(['a1', 'c3']);
  });

  it('never matches a missing (null or undefined) field by the words "null" or "undefined"', () => {
    expect(ids(applyFilters(items, q('zone=null'), KEYS, read))).toEqual([]);
    expect(ids(applyFilters(items, q('missing=undefined'), ['missing'], read))).toEqual([]);
    const withNulls = [{ id: 'x', refs: [null, 'cert-1'] }];
    const readRefs: FieldReader<{ id: string; refs: (string | null)[] }> = (item) => item.refs;
    expect(applyFilters(withNulls, q('refs=null'), ['refs'], readRefs)).toEqual([]);
    expect(applyFilters(withNulls, q('refs=cert-1'), ['refs'], readRefs)).toEqual(withNulls);
  });
});

describe('applySort', () => {
  it('keeps the given (ID) order without sort_key', () => {
    expect(applySort(items, q(''), SORTABLE, read)).toBe(items);
  });

  it('sorts by one key ascending or descending, code-point order', () => {
    expect(ids(applySort(items, q('sort_key=name&sort_dir=asc'), SORTABLE, read))).toEqual([
      'e5', // 'Web' sorts before lower case
      'b2',
      'd4',
      'a1',
      'c3',
    ]);
    expect(ids(applySort(items, q('sort_key=size&sort_dir=desc'), SORTABLE, read))).toEqual([
      'e5',
      'a1',
      'c3',
      'd4',
      'b2',
    ]);
  });

  it('sorts numbers numerically, not as text', () => {
    expect(applySort(items, q('sort_key=size&sort_dir=asc'), SORTABLE, read).map((item) => item.size)).toEqual([
      1, 2, 2, 3, 10,
    ]);
  });

  it('sorts by several keys, each with its own direction', () => {
    const sorted = applySort(items, q('sort_key=size&sort_dir=asc&sort_key=name&sort_dir=desc'), SORTABLE, read);
    expect(ids(sorted)).toEqual(['b2', 'c3', 'd4', 'a1', 'e5']);
  });

  it('breaks ties by ID ascending whatever the direction, so pages are stable', () => {
    expect(ids(applySort(items, q('sort_key=name&sort_dir=desc'), SORTABLE, read))).toEqual([
      'a1',
      'c3',
      'd4',
      'b2',
      'e5',
    ]);
    const shuffled = [items[3]!, items[2]!, items[0]!, items[4]!, items[1]!];
    expect(ids(applySort(shuffled, q('sort_key=size&sort_dir=asc'), SORTABLE, read))).toEqual([
      'b2',
      'c3',
      'd4',
      'a1',
      'e5',
    ]);
  });

  it('does not change the input array', () => {
    const copy = [...items];
    applySort(items, q('sort_key=size&sort_dir=desc'), SORTABLE, read);
    expect(items).toEqual(copy);
  });

  it.each([
    ['sort_key=name&sort_key=size&sort_dir=asc', 'two keys, one direction'],
    ['sort_key=name&sort_dir=asc&sort_dir=desc', 'one key, two directions'],
    ['sort_key=name', 'a key without direction'],
    ['sort_dir=desc', 'a direction without key'],
  ])('answers 400 ELB.9805 when sort_key and sort_dir counts differ (%s: %s)', (query) => {
    const fault = faultOf(() => applySort(items, q(query), SORTABLE, read));
    expect(fault).toMatchObject({ status: 400, code: 'ELB.9805' });
    expect(fault.message).toContain('sort_key and sort_dir');
  });

  it('answers 400 for a key that is not sortable and for a bad direction', () => {
    const unknown = faultOf(() => applySort(items, q('sort_key=zone&sort_dir=asc'), SORTABLE, read));
    expect(unknown).toMatchObject({ status: 400, code: 'ELB.9805' });
    expect(unknown.message).toContain('zone');
    const direction = faultOf(() => applySort(items, q('sort_key=name&sort_dir=up'), SORTABLE, read));
    expect(direction).toMatchObject({ status: 400, code: 'ELB.9805' });
  });
});

describe('paginate', () => {
  it('returns everything without limit, with limit 0, and ignores marker/page_reverse without limit', () => {
    expect(paginate(many, url(''))).toEqual({ items: many });
    expect(paginate(many, url('limit=0'))).toEqual({ items: many });
    expect(paginate(many, url('marker=i05&page_reverse=true'))).toEqual({ items: many });
  });

  it('cuts the first page with limit only and offers only a next link', () => {
    const page = paginate(many, url('limit=10'));
    expect(ids(page.items)).toEqual(many.slice(0, 10).map((item) => item.id));
    expect(rels(page.links)).toEqual(['next']);
    const next = linkOf(page.links, 'next');
    expect(next.searchParams.get('marker')).toBe('i09');
    expect(next.searchParams.get('limit')).toBe('10');
    expect(next.searchParams.has('page_reverse')).toBe(false);
    expect(next.pathname).toBe('/v2.0/lbaas/things');
  });

  it('returns no links when one page holds everything', () => {
    expect(paginate(many, url('limit=26')).links).toEqual([]);
    expect(paginate(many, url('limit=2000')).links).toEqual([]);
    expect(paginate([], url('limit=5'))).toEqual({ items: [], links: [] });
  });

  it('walks forwards from a marker: the marker itself is not repeated', () => {
    const page = paginate(many, url('limit=10&marker=i09'));
    expect(ids(page.items)).toEqual(many.slice(10, 20).map((item) => item.id));
    expect(rels(page.links)).toEqual(['next', 'previous']);
    const previous = linkOf(page.links, 'previous');
    expect(previous.searchParams.get('marker')).toBe('i10');
    expect(previous.searchParams.get('page_reverse')).toBe('true');

    const last = paginate(many, url('limit=10&marker=i19'));
    expect(ids(last.items)).toEqual(['i20', 'i21', 'i22', 'i23', 'i24', 'i25']);
    expect(rels(last.links)).toEqual(['previous']);
  });

  it('walks backwards with page_reverse: the items just before the marker, in ascending order', () => {
    const page = paginate(many, url('limit=10&marker=i20&page_reverse=true'));
    expect(ids(page.items)).toEqual(many.slice(10, 20).map((item) => item.id));
    expect(rels(page.links)).toEqual(['next', 'previous']);
    const next = linkOf(page.links, 'next');
    expect(next.searchParams.get('marker')).toBe('i19');
    expect(next.searchParams.has('page_reverse')).toBe(false);

    const first = paginate(many, url('limit=10&marker=i05&page_reverse=True'));
    expect(ids(first.items)).toEqual(['i00', 'i01', 'i02', 'i03', 'i04']);
    expect(rels(first.links)).toEqual(['next']);
  });

  it('answers the last page for page_reverse without a marker', () => {
    const page = paginate(many, url('limit=10&page_reverse=true'));
    expect(ids(page.items)).toEqual(many.slice(16).map((item) => item.id));
    expect(rels(page.links)).toEqual(['previous']);
  });

  it('offers a way back from an empty page past either end', () => {
    const pastEnd = paginate(many, url('limit=10&marker=i25'));
    expect(pastEnd.items).toEqual([]);
    expect(rels(pastEnd.links)).toEqual(['previous']);
    // The previous page of "after the last item" is the last page, the last item included.
    const back = linkOf(pastEnd.links, 'previous');
    expect(ids(paginate(many, back).items)).toEqual(many.slice(16).map((item) => item.id));

    const beforeStart = paginate(many, url('limit=10&marker=i00&page_reverse=true'));
    expect(beforeStart.items).toEqual([]);
    expect(rels(beforeStart.links)).toEqual(['next']);
    const forward = linkOf(beforeStart.links, 'next');
    expect(ids(paginate(many, forward).items)).toEqual(many.slice(0, 10).map((item) => item.id));
  });

  it('keeps the other query parameters (filters, sorting) in its links', () => {
    const page = paginate(many, url('limit=5&name=web&sort_key=name&sort_dir=desc&sort_key=id&sort_dir=asc'));
    const next = linkOf(page.links, 'next');
    expect(next.searchParams.getAll('name')).toEqual(['web']);
    expect(next.searchParams.getAll('sort_key')).toEqual(['name', 'id']);
    expect(next.searchParams.getAll('sort_dir')).toEqual(['desc', 'asc']);
  });

  it('follows next links to the end and previous links back to the start', () => {
    const seen: string[] = [];
    let current: URL | undefined = url('limit=7');
    let pages = 0;
    while (current) {
      const page: Page<{ id: string }> = paginate(many, current);
      seen.push(...ids(page.items));
      pages += 1;
      const next = page.links?.find((link) => link.rel === 'next');
      current = next ? new URL(next.href) : undefined;
    }
    expect(pages).toBe(4);
    expect(seen).toEqual(ids(many));

    const back: string[] = [];
    current = url('limit=7&page_reverse=true');
    while (current) {
      const page: Page<{ id: string }> = paginate(many, current);
      back.unshift(...ids(page.items));
      const previous = page.links?.find((link) => link.rel === 'previous');
      current = previous ? new URL(previous.href) : undefined;
    }
    expect(back).toEqual(ids(many));
  });

  it('answers 404 ELB.8904 naming the resource when the marker is not in the list', () => {
    const fault = faultOf(() => paginate(many, url('limit=5&marker=nope'), 'loadbalancer'));
    expect(fault).toMatchObject({ status: 404, code: 'ELB.8904' });
    expect(fault.message).toBe('loadbalancer nope could not be found.');
  });

  it.each(['limit=2001', 'limit=-1', 'limit=1.5', 'limit=ten'])('answers 400 ELB.9805 for %s', (query) => {
    expect(faultOf(() => paginate(many, url(query)))).toMatchObject({ status: 400, code: 'ELB.9805' });
  });

  it('accepts the largest page size and rejects a bad page_reverse', () => {
    expect(paginate(many, url(`limit=${MAX_PAGE_SIZE}`)).items).toHaveLength(26);
    expect(faultOf(() => paginate(many, url('limit=5&page_reverse=yes')))).toMatchObject({
      status: 400,
      code: 'ELB.9805',
    });
  });
});
