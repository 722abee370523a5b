import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  type Trace,
  TRACE_DEFAULT_WINDOW_MS,
  TRACE_RETENTION_MS,
  tracePaths,
  traceQuery,
  traceWindow,
  withinTraceRetention,
} from './traces';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('traceQuery', () => {
  it('reads the documented example', () => {
    const query = {
      limit: '11',
      to: '1479095278000',
      from: '1478490478000',
      trace_name: 'createTracker',
      resource_type: 'tracker',
      service_type: 'CTS',
      trace_type: 'system',
    };
    expect(traceQuery.parse(query)).toEqual({ ...query, limit: 11, to: 1479095278000, from: 1478490478000 });
  });

  it('defaults limit to 10 and accepts 1 to 200', () => {
    expect(traceQuery.parse({}).limit).toBe(10);
    expect(traceQuery.parse({ limit: 1 }).limit).toBe(1);
    expect(traceQuery.parse({ limit: '200' }).limit).toBe(200);
    expect(messages(traceQuery.safeParse({ limit: 201 }))).toEqual(['limit must be a whole number from 1 to 200.']);
    expect(traceQuery.safeParse({ limit: 0 }).success).toBe(false);
  });

  it('takes 13-digit millisecond timestamps, used together, from before to', () => {
    expect(traceQuery.safeParse({ from: 1000000000000, to: 9999999999999 }).success).toBe(true);
    const message = 'The time must be a 13-digit UNIX timestamp in milliseconds.';
    expect(messages(traceQuery.safeParse({ from: 999999999999, to: 1479095278000 }))).toEqual([message]);
    expect(messages(traceQuery.safeParse({ from: '147909527800', to: '1479095278000' }))).toEqual([message]);
    expect(traceQuery.safeParse({ from: 1478490478000, to: 10000000000000 }).success).toBe(false);
    expect(messages(traceQuery.safeParse({ from: 1478490478000 }))).toEqual(['from and to must be used together.']);
    expect(messages(traceQuery.safeParse({ to: 1478490478000 }))).toEqual(['from and to must be used together.']);
    expect(messages(traceQuery.safeParse({ from: 1478490478000, to: 1478490478000 }))).toEqual([
      'The start time (from) must be earlier than the end time (to).',
    ]);
  });

  it('accepts the documented enumerations only', () => {
    for (const trace_rating of ['normal', 'warning', 'incident']) {
      expect(traceQuery.safeParse({ trace_rating }).success).toBe(true);
    }
    expect(messages(traceQuery.safeParse({ trace_rating: 'error' }))).toEqual([
      'The trace status must be normal, warning or incident.',
    ]);
    expect(traceQuery.safeParse({ trace_type: 'data' }).success).toBe(false);
    expect(traceQuery.safeParse({ service_type: 'ELB' }).success).toBe(true);
    expect(traceQuery.safeParse({ service_type: 'elb' }).success).toBe(false);
  });

  it('keeps the text filters, paging marker and trace ID', () => {
    const query = {
      resource_id: 'd502809d',
      resource_name: 'ELB-Test',
      user: 'zcy',
      next: 'e001ccb8-bc09-11e6-b2cc-2640a43cc6e8',
      trace_id: 'e001ccb9-bc09-11e6-b00b-4b2a61338db6',
    };
    expect(traceQuery.parse(query)).toEqual({ ...query, limit: 10 });
    expect(traceQuery.safeParse({ resource_id: '' }).success).toBe(false);
  });
});

describe('trace windows', () => {
  const now = 1_700_000_000_000;
  it('defaults to the last hour', () => {
    expect(traceWindow({}, now)).toEqual({ from: now - TRACE_DEFAULT_WINDOW_MS, to: now });
    expect(traceWindow({ from: 1, to: 2 }, now)).toEqual({ from: 1, to: 2 });
  });
  it('limits queries to the last seven days', () => {
    expect(withinTraceRetention(now - TRACE_RETENTION_MS, now)).toBe(true);
    expect(withinTraceRetention(now - TRACE_RETENTION_MS - 1, now)).toBe(false);
  });
});

describe('trace wire shape', () => {
  it('has every field of §11.2 and builds its path', () => {
    const trace: Trace = {
      trace_id: 'b39b21a1-8d49-11ec-b548-2be046112888',
      trace_name: 'createLoadbalancer',
      trace_rating: 'normal',
      trace_type: 'ConsoleAction',
      service_type: 'ELB',
      resource_type: 'loadbalancer',
      resource_id: '7ebe23cd-1d46-4a49-b707-1441c7f0d0d1',
      resource_name: 'elb-test-zcy',
      source_ip: '124.71.93.36',
      request: '{"loadbalancer":{"name":"elb-test-zcy"}}',
      response: '{"loadbalancer":{}}',
      code: '201',
      api_version: 'v2.0',
      message: '',
      time: 1644810822000,
      record_time: 1644810822000,
      request_id: '',
      location_info: '',
      endpoint: '',
      resource_url: '',
      user: { id: 'u', name: 'zcy', domain: { id: 'd', name: 'CBUInfo' } },
    };
    expect(Object.keys(trace)).toHaveLength(21);
    expect(buildPath(tracePaths.list, { project_id: 'p1' })).toBe('/v3/p1/traces');
  });
});
