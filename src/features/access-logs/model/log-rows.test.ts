import { describe, expect, it } from 'vitest';
import { formatAccessLogLine, parseAccessLogLine } from '../../../../contract/elb-v3/access-log';
import {
  ACCESS_LOG_EXAMPLE,
  ACCESS_LOG_FIELD_COUNT,
  type AccessLogRecord,
} from '../../../../contract/elb-v3/access-log-fields';
import { COLUMN_ORDER, DEFAULT_COLUMNS, orderedColumns } from './columns';
import {
  allFields,
  fieldText,
  keywordsOf,
  listenerIdOf,
  matchesFilters,
  NO_FILTERS,
  poolIdOf,
  toLogRows,
  upstreamAddresses,
  type LogFilters,
} from './log-rows';
import { changeOf, formOf, logtankForm } from './logtank-form';
import { windowOf } from './time-range';

const example = (parseAccessLogLine(ACCESS_LOG_EXAMPLE) as { ok: true; record: AccessLogRecord }).record;
const lineOf = (patch: Partial<AccessLogRecord>) => formatAccessLogLine({ ...example, ...patch });
const row = (patch: Partial<AccessLogRecord> = {}) =>
  toLogRows([{ content: lineOf(patch), line_num: '1', labels: {} }])[0]!;
const filtered = (filters: Partial<LogFilters>, patch: Partial<AccessLogRecord> = {}) =>
  matchesFilters(row(patch), { ...NO_FILTERS, ...filters });

describe('log rows', () => {
  it('keeps a line that does not parse, with its error, and shows it only without filters', () => {
    const [bad] = toLogRows([{ content: 'not a log line', line_num: '2', labels: {} }]);
    expect(bad!.parsed.ok).toBe(false);
    expect(matchesFilters(bad!, NO_FILTERS)).toBe(true);
    expect(matchesFilters(bad!, { ...NO_FILTERS, client: '1' })).toBe(false);
  });

  it('shows every documented field as the guide writes it', () => {
    const fields = allFields(example);
    expect(fields).toHaveLength(ACCESS_LOG_FIELD_COUNT);
    expect(fieldText(example, 5)).toBe('192.168.1.1:888');
    expect(fieldText(example, 7)).toBe('POST https://www.test.com/example/HTTP/1.1');
    expect(fieldText(example, 11)).toBe('0.011');
    expect(fieldText(example, 26)).toBe('121.64.212.1:443');
    expect(fieldText(example, 33)).toBe('-');
    const retried = { ...example, upstream_status: [[502, 200]], upstream_addr_priv: [['10.0.0.1:80', '10.0.0.2:80']] };
    expect(fieldText(retried, 12)).toBe('502, 200');
    expect(upstreamAddresses(retried)).toEqual(['10.0.0.1:80', '10.0.0.2:80']);
    expect(poolIdOf(example)).toBe('89547549-6666-446e-9dbc-e3a551034c46');
    expect(listenerIdOf(example)).toBe('20679192-8888-4e62-a814-a2f870f62148');
  });

  it('filters by status class and exact code', () => {
    expect(filtered({ statusClass: '2xx' })).toBe(true);
    expect(filtered({ statusClass: '5xx' })).toBe(false);
    expect(filtered({ status: '200' })).toBe(true);
    expect(filtered({ status: '20' })).toBe(false);
    expect(filtered({ statusClass: '5xx', status: '502' }, { status: 502 })).toBe(true);
  });

  it('filters by client, backend, URL path and listener', () => {
    expect(filtered({ client: '192.168.1' })).toBe(true);
    expect(filtered({ client: '10.0' })).toBe(false);
    expect(filtered({ upstream: '10.1.1.2' })).toBe(true);
    expect(filtered({ upstream: '10.1.1.3' })).toBe(false);
    expect(filtered({ url: '/EXAMPLE' })).toBe(true);
    expect(filtered({ url: '/cart' })).toBe(false);
    expect(filtered({ listenerId: '20679192-8888-4e62-a814-a2f870f62148' })).toBe(true);
    expect(filtered({ listenerId: 'other' })).toBe(false);
  });

  it('sends every text filter as keywords, which each matching line contains', () => {
    const filters = { ...NO_FILTERS, status: '200', client: '192.168.1.1', url: '/example', listenerId: 'abc' };
    expect(keywordsOf(filters)).toBe('200 192.168.1.1 /example listener_abc');
    expect(keywordsOf(NO_FILTERS)).toBe('');
  });
});

describe('columns', () => {
  it('offers every field, the defaults first in the guide-driven order', () => {
    expect(COLUMN_ORDER).toHaveLength(ACCESS_LOG_FIELD_COUNT);
    expect(new Set(COLUMN_ORDER).size).toBe(ACCESS_LOG_FIELD_COUNT);
    expect(COLUMN_ORDER.slice(0, DEFAULT_COLUMNS.length)).toEqual(DEFAULT_COLUMNS);
    expect(orderedColumns(new Set([33, 6, 1]))).toEqual([1, 6, 33]);
  });
});

describe('the Configure Access Log form', () => {
  const tank = { id: 't', project_id: 'p', loadbalancer_id: 'lb', log_group_id: 'g', log_topic_id: 's' };
  it('needs a group and a stream only when enabled', () => {
    expect(logtankForm.safeParse({ enabled: false, log_group_id: '', log_topic_id: '' }).success).toBe(true);
    const result = logtankForm.safeParse({ enabled: true, log_group_id: '', log_topic_id: '' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Select a log group.', 'Select a log stream.']);
  });
  it('turns the form into a create, an update, a delete or nothing', () => {
    expect(changeOf({ enabled: true, log_group_id: 'g', log_topic_id: 's' }, null)).toEqual({
      kind: 'create',
      log_group_id: 'g',
      log_topic_id: 's',
    });
    expect(changeOf(formOf(tank), tank)).toEqual({ kind: 'none' });
    expect(changeOf({ ...formOf(tank), log_topic_id: 's2' }, tank)).toMatchObject({ kind: 'update', id: 't' });
    expect(changeOf({ ...formOf(tank), enabled: false }, tank)).toEqual({ kind: 'delete', id: 't' });
    expect(changeOf({ ...formOf(null), enabled: false }, null)).toEqual({ kind: 'none' });
  });
});

describe('time ranges', () => {
  it('ends a preset now and keeps a custom window', () => {
    expect(windowOf({ kind: 'preset', preset: '15m' }, 1_000_000_000)).toEqual({
      start: 1_000_000_000 - 900_000,
      end: 1_000_000_000,
    });
    expect(windowOf({ kind: 'custom', from: 1, to: 2 }, 99)).toEqual({ start: 1, end: 2 });
  });
});
