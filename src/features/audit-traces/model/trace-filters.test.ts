import { describe, expect, it } from 'vitest';
import { TRACE_RETENTION_MS } from '../../../../contract/cts/traces';
import {
  customRangeProblem,
  readTraceFilters,
  traceNameChoices,
  traceQueryOf,
  tracesLinkFor,
  writeTraceFilters,
} from './trace-filters';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const HOUR = 3_600_000;
const read = (query: string) => readTraceFilters(new URLSearchParams(query));

describe('trace filters in the URL', () => {
  it('reads defaults from an empty URL and writes nothing for them', () => {
    const filters = read('');
    expect(filters).toEqual({
      source: '',
      resourceType: '',
      searchBy: 'resource_name',
      search: '',
      user: '',
      rating: '',
      range: '1h',
      limit: 10,
      markers: [],
    });
    expect(writeTraceFilters(filters).toString()).toBe('');
  });

  it('round-trips every filter, the custom range and the page markers', () => {
    const query =
      'source=ELB&resourceType=pool&searchBy=trace_name&search=updatPool&user=ops&rating=warning&range=custom' +
      `&from=${NOW - HOUR}&to=${NOW}&limit=50&marker=a&marker=b`;
    const filters = read(query);
    expect(filters).toMatchObject({ searchBy: 'trace_name', rating: 'warning', from: NOW - HOUR, markers: ['a', 'b'] });
    expect(writeTraceFilters(filters).toString()).toBe(query);
  });

  it('ignores values it does not know, and a custom range without custom', () => {
    const filters = read('searchBy=owner&rating=fatal&range=2w&limit=-3&from=12');
    expect(filters).toMatchObject({ searchBy: 'resource_name', rating: '', range: '1h', limit: 10 });
    expect(filters.from).toBeUndefined();
    expect(writeTraceFilters({ ...read(''), from: NOW, to: NOW }).toString()).toBe('');
  });

  it('drops a blank search and trims what is kept', () => {
    expect(writeTraceFilters({ ...read(''), searchBy: 'resource_id', search: '  ' }).toString()).toBe('');
    expect(writeTraceFilters({ ...read(''), search: ' web ', user: ' ops ' }).toString()).toBe(
      'searchBy=resource_name&search=web&user=ops',
    );
  });

  it('links to the last week of a resource or a trace name', () => {
    expect(tracesLinkFor({ searchBy: 'resource_id', search: 'lb-1' })).toBe(
      '/traces?searchBy=resource_id&search=lb-1&range=1w',
    );
    expect(tracesLinkFor({ source: 'ELB', resourceType: 'pool', searchBy: 'trace_name', search: 'updatPool' })).toBe(
      '/traces?source=ELB&resourceType=pool&searchBy=trace_name&search=updatPool&range=1w',
    );
  });
});

describe('the CTS query of the filters', () => {
  it('sends system traces of the preset window ending at the anchor', () => {
    expect(traceQueryOf(read(''), NOW)).toEqual({ trace_type: 'system', from: NOW - HOUR, to: NOW });
    expect(traceQueryOf(read('range=1d'), NOW)).toMatchObject({ from: NOW - 24 * HOUR });
    expect(traceQueryOf(read('range=1w'), NOW)).toMatchObject({ from: NOW - TRACE_RETENTION_MS });
  });

  it('maps each filter to its API parameter', () => {
    const filters = read(
      'source=ELB&resourceType=loadbalancer&searchBy=resource_id&search=lb-1&user=ops&rating=normal',
    );
    expect(traceQueryOf(filters, NOW)).toEqual({
      trace_type: 'system',
      service_type: 'ELB',
      resource_type: 'loadbalancer',
      resource_id: 'lb-1',
      user: 'ops',
      trace_rating: 'normal',
      from: NOW - HOUR,
      to: NOW,
    });
    expect(traceQueryOf(read('searchBy=trace_name&search=updatPool'), NOW)).toMatchObject({ trace_name: 'updatPool' });
    expect(traceQueryOf(read('search=elb-staging'), NOW)).toMatchObject({ resource_name: 'elb-staging' });
  });

  it('uses a valid custom range and refuses an invalid one', () => {
    expect(traceQueryOf(read(`range=custom&from=${NOW - 2 * HOUR}&to=${NOW - HOUR}`), NOW)).toMatchObject({
      from: NOW - 2 * HOUR,
      to: NOW - HOUR,
    });
    expect(traceQueryOf(read(`range=custom&from=${NOW - 8 * 24 * HOUR}&to=${NOW}`), NOW)).toBeUndefined();
  });
});

describe('custom time range within the last seven days', () => {
  it('accepts the whole window, to the millisecond', () => {
    expect(customRangeProblem(NOW - TRACE_RETENTION_MS, NOW, NOW)).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(customRangeProblem(undefined, NOW, NOW)).toBe('missing');
    expect(customRangeProblem(NOW - HOUR, undefined, NOW)).toBe('missing');
    expect(customRangeProblem(NOW, NOW, NOW)).toBe('order');
    expect(customRangeProblem(NOW, NOW - HOUR, NOW)).toBe('order');
    expect(customRangeProblem(NOW - TRACE_RETENTION_MS - 1, NOW, NOW)).toBe('tooOld');
    expect(customRangeProblem(NOW - HOUR, NOW + 1, NOW)).toBe('future');
  });
});

describe('trace names to pick from', () => {
  it('lists the documented names, of one resource type when one is chosen', () => {
    expect(traceNameChoices('')).toHaveLength(26);
    expect(traceNameChoices('pool')).toEqual(['createPool', 'updatPool', 'deletePool']);
    expect(traceNameChoices('l7rule')).toEqual(['createl7rule', 'updateL7rule', 'deleteL7rule']);
    expect(traceNameChoices('publicip')).toEqual([]);
  });
});
