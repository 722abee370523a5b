/**
 * The Traces page's filters (guide/auditing/viewing_traces.rst; FEATURES §11.2), kept in the URL
 * search params, and the CTS query they stand for (querying_a_trace_list.rst).
 */
import { elbKeyOperations } from '../../../../contract/cts/key-operations';
import {
  TRACE_LIST_DEFAULT_LIMIT,
  TRACE_RATINGS,
  TRACE_RETENTION_MS,
  type TraceQuery,
  type TraceRating,
} from '../../../../contract/cts/traces';

export const SEARCH_BY = ['trace_name', 'resource_id', 'resource_name'] as const;
export type SearchBy = (typeof SEARCH_BY)[number];

/** Time presets of the last seven days, and a custom range. */
export const TIME_PRESETS = { '1h': 3_600_000, '1d': 86_400_000, '1w': TRACE_RETENTION_MS } as const;
export type TimePreset = keyof typeof TIME_PRESETS;
export type TimeRange = TimePreset | 'custom';
export const TIME_RANGES: readonly TimeRange[] = ['1h', '1d', '1w', 'custom'];

/** Services whose writes this cloud audits (the Trace Source filter). */
export const TRACE_SERVICES = ['ELB', 'VPC', 'CES'] as const;

export interface TraceFilters {
  /** Service acronym, '' = every service. */
  source: string;
  resourceType: string;
  searchBy: SearchBy;
  search: string;
  user: string;
  rating: TraceRating | '';
  range: TimeRange;
  /** Custom range, epoch ms (only with range 'custom'). */
  from?: number;
  to?: number;
  limit: number;
  /** Markers of the pages before the one on screen: the last one is the current page's `next`. */
  markers: string[];
}

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

const epoch = (value: string | null) => (value && /^\d{13}$/.test(value) ? Number(value) : undefined);

export function readTraceFilters(search: URLSearchParams): TraceFilters {
  const searchBy = search.get('searchBy');
  const rating = search.get('rating');
  const range = search.get('range');
  const limit = Number(search.get('limit'));
  const from = epoch(search.get('from'));
  const to = epoch(search.get('to'));
  return {
    source: search.get('source') ?? '',
    resourceType: search.get('resourceType') ?? '',
    searchBy: isOneOf(SEARCH_BY, searchBy) ? searchBy : 'resource_name',
    search: search.get('search') ?? '',
    user: search.get('user') ?? '',
    rating: isOneOf(TRACE_RATINGS, rating) ? rating : '',
    range: isOneOf(TIME_RANGES, range) ? range : '1h',
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
    limit: Number.isInteger(limit) && limit > 0 ? limit : TRACE_LIST_DEFAULT_LIMIT,
    markers: search.getAll('marker'),
  };
}

/** Only what differs from the defaults goes into the URL. */
export function writeTraceFilters(filters: TraceFilters): URLSearchParams {
  const params = new URLSearchParams();
  const put = (key: string, value: string | number | undefined, fallback: string | number = '') => {
    if (value !== undefined && value !== fallback) params.set(key, String(value));
  };
  put('source', filters.source);
  put('resourceType', filters.resourceType);
  if (filters.search.trim() !== '') {
    put('searchBy', filters.searchBy);
    put('search', filters.search.trim());
  }
  put('user', filters.user.trim());
  put('rating', filters.rating);
  put('range', filters.range, '1h');
  if (filters.range === 'custom') {
    put('from', filters.from);
    put('to', filters.to);
  }
  put('limit', filters.limit, TRACE_LIST_DEFAULT_LIMIT);
  filters.markers.forEach((marker) => params.append('marker', marker));
  return params;
}

export type RangeProblem = 'missing' | 'order' | 'tooOld' | 'future';

/**
 * The console offers the last seven days only (viewing_traces.rst): a custom range must start
 * within them, end no later than now, and start before it ends.
 */
export function customRangeProblem(
  from: number | undefined,
  to: number | undefined,
  now: number,
): RangeProblem | undefined {
  if (from === undefined || to === undefined) return 'missing';
  if (from >= to) return 'order';
  if (from < now - TRACE_RETENTION_MS) return 'tooOld';
  if (to > now) return 'future';
  return undefined;
}

/** The window the filters cover; a preset ends at `anchor` (when it was chosen or refreshed). */
export function filterWindow(filters: TraceFilters, anchor: number): { from: number; to: number } | undefined {
  if (filters.range !== 'custom') return { from: anchor - TIME_PRESETS[filters.range], to: anchor };
  if (customRangeProblem(filters.from, filters.to, anchor)) return undefined;
  return { from: filters.from!, to: filters.to! };
}

/** The CTS query of the filters (without paging), or undefined while the time range is invalid. */
export function traceQueryOf(filters: TraceFilters, anchor: number): TraceQuery | undefined {
  const window = filterWindow(filters, anchor);
  if (!window) return undefined;
  const search = filters.search.trim();
  const user = filters.user.trim();
  return {
    trace_type: 'system',
    ...(filters.source ? { service_type: filters.source } : {}),
    ...(filters.resourceType ? { resource_type: filters.resourceType } : {}),
    ...(search ? { [filters.searchBy]: search } : {}),
    ...(user ? { user } : {}),
    ...(filters.rating ? { trace_rating: filters.rating } : {}),
    from: window.from,
    to: window.to,
  };
}

/** Search params of the Traces page showing one resource's traces of the last seven days. */
export function tracesLinkFor(patch: Partial<TraceFilters>): string {
  const params = writeTraceFilters({ ...readTraceFilters(new URLSearchParams()), range: '1w', ...patch });
  return `/traces?${params.toString()}`;
}

/** The documented trace names to pick from (Search By → Trace name), of one resource type or all. */
export function traceNameChoices(resourceType: string): string[] {
  return elbKeyOperations
    .filter((item) => resourceType === '' || item.resource_type === resourceType)
    .map((item) => item.trace_name);
}
