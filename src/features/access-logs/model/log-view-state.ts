/**
 * The log viewer's time range, filters and auto-refresh live in the URL (STYLE: list state in the URL),
 * under `log.` keys so they never clash with the load balancer page's own parameters. A reload or a
 * shared link shows the same lines.
 */
import { NO_FILTERS, STATUS_CLASSES, type LogFilters } from './log-rows';
import { DEFAULT_RANGE, RANGE_PRESETS, type TimeRange } from './time-range';

export interface LogViewState {
  filters: LogFilters;
  range: TimeRange;
  autoRefresh: boolean;
}

const TEXT_KEYS = {
  status: 'log.status',
  client: 'log.client',
  upstream: 'log.upstream',
  url: 'log.url',
  listenerId: 'log.listener',
} as const satisfies Partial<Record<keyof LogFilters, string>>;
const CLASS_KEY = 'log.class';
const RANGE_KEY = 'log.range';
const FROM_KEY = 'log.from';
const TO_KEY = 'log.to';
const REFRESH_KEY = 'log.refresh';

function readRange(params: URLSearchParams): TimeRange {
  const preset = params.get(RANGE_KEY);
  if (preset === 'custom') {
    const from = Number(params.get(FROM_KEY));
    const to = Number(params.get(TO_KEY));
    if (Number.isFinite(from) && Number.isFinite(to) && from > 0 && from < to) return { kind: 'custom', from, to };
  }
  const known = RANGE_PRESETS.find((item) => item.id === preset);
  return known ? { kind: 'preset', preset: known.id } : DEFAULT_RANGE;
}

export function readLogView(params: URLSearchParams): LogViewState {
  const statusClass = STATUS_CLASSES.find((item) => item === params.get(CLASS_KEY)) ?? '';
  const text = Object.fromEntries(
    Object.entries(TEXT_KEYS).map(([field, key]) => [field, params.get(key) ?? '']),
  ) as Pick<LogFilters, keyof typeof TEXT_KEYS>;
  return {
    filters: { ...NO_FILTERS, ...text, statusClass },
    range: readRange(params),
    autoRefresh: params.get(REFRESH_KEY) === '1',
  };
}

/** The URL with `patch` applied; defaults are left out so a plain URL means the default view. */
export function writeLogView(params: URLSearchParams, patch: Partial<LogViewState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
  if (patch.filters) {
    for (const [field, key] of Object.entries(TEXT_KEYS)) set(key, patch.filters[field as keyof typeof TEXT_KEYS]);
    set(CLASS_KEY, patch.filters.statusClass);
  }
  const { range } = patch;
  if (range) {
    const isDefault =
      range.kind === 'preset' && DEFAULT_RANGE.kind === 'preset' && range.preset === DEFAULT_RANGE.preset;
    set(RANGE_KEY, isDefault ? '' : range.kind === 'custom' ? 'custom' : range.preset);
    set(FROM_KEY, range.kind === 'custom' ? String(range.from) : '');
    set(TO_KEY, range.kind === 'custom' ? String(range.to) : '');
  }
  if (patch.autoRefresh !== undefined) set(REFRESH_KEY, patch.autoRefresh ? '1' : '');
  return next;
}
