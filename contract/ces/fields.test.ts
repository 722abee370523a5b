import { describe, expect, it } from 'vitest';
import {
  dimension,
  dimQueryValue,
  fromDimQuery,
  intParam,
  looseMetricPeriod,
  metricFilter,
  metricName,
  metricPeriod,
  namespace,
  toDimQuery,
} from './fields';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('namespace', () => {
  it.each(['A.B', 'SYS.ELB', `S.${'x'.repeat(30)}`])('accepts %s', (value) =>
    expect(namespace.safeParse(value).success).toBe(true),
  );
  it.each(['AB', `S.${'x'.repeat(31)}`, 'SYS', '1YS.ELB', 'SYS.E-B', 'SYS.'])('refuses %s', (value) =>
    expect(namespace.safeParse(value).success).toBe(false),
  );
});

describe('metricName', () => {
  it('accepts 1 and 64 characters', () => {
    expect(metricName.safeParse('m').success).toBe(true);
    expect(metricName.safeParse(`m${'1'.repeat(63)}`).success).toBe(true);
  });
  it('refuses blank, 65 characters, a leading digit and hyphens', () => {
    expect(messages(metricName.safeParse(''))).toEqual(['Select a metric.']);
    expect(metricName.safeParse(`m${'1'.repeat(64)}`).success).toBe(false);
    expect(metricName.safeParse('1m').success).toBe(false);
    expect(metricName.safeParse('m-1').success).toBe(false);
  });
});

describe('dimension', () => {
  const ok = { name: 'lbaas_instance_id', value: '7ebe23cd-1d46-4a49-b707-1441c7f0d0d1' };
  it('accepts an ELB dimension', () => expect(dimension.safeParse(ok).success).toBe(true));
  it('limits the name to 32 characters starting with a letter', () => {
    expect(dimension.safeParse({ ...ok, name: `a${'b'.repeat(31)}` }).success).toBe(true);
    expect(messages(dimension.safeParse({ ...ok, name: `a${'b'.repeat(32)}` }))).toEqual([
      'The dimension name can contain 1 to 32 characters.',
    ]);
    expect(dimension.safeParse({ ...ok, name: '_a' }).success).toBe(false);
    expect(dimension.safeParse({ ...ok, name: '' }).success).toBe(false);
  });
  it('limits the value to 256 characters starting with a letter or digit', () => {
    expect(dimension.safeParse({ ...ok, value: '1'.repeat(256) }).success).toBe(true);
    expect(dimension.safeParse({ ...ok, value: '1'.repeat(257) }).success).toBe(false);
    expect(dimension.safeParse({ ...ok, value: '-abc' }).success).toBe(false);
    expect(dimension.safeParse({ ...ok, value: 'a.b' }).success).toBe(false);
  });
});

describe('dim.N query values', () => {
  it('accepts key,value with key ≤ 32 and value ≤ 256', () => {
    expect(dimQueryValue.safeParse(`${'k'.repeat(32)},${'v'.repeat(256)}`).success).toBe(true);
  });
  it('refuses a longer key or value and a missing comma', () => {
    expect(messages(dimQueryValue.safeParse(`${'k'.repeat(33)},v`))).toEqual([
      'The dimension key can contain at most 32 characters.',
    ]);
    expect(messages(dimQueryValue.safeParse(`k,${'v'.repeat(257)}`))).toEqual([
      'The dimension value can contain at most 256 characters.',
    ]);
    expect(messages(dimQueryValue.safeParse('lbaas_instance_id'))).toEqual([
      'A dimension must be written as key,value.',
    ]);
    expect(dimQueryValue.safeParse(',v').success).toBe(false);
  });
  it('converts between dimension lists and dim.N parameters, keeping at most three', () => {
    const dims = [
      { name: 'lbaas_instance_id', value: 'a' },
      { name: 'lbaas_listener_id', value: 'b' },
      { name: 'x', value: 'c' },
      { name: 'y', value: 'd' },
    ];
    const query = toDimQuery(dims);
    expect(query).toEqual({ 'dim.0': 'lbaas_instance_id,a', 'dim.1': 'lbaas_listener_id,b', 'dim.2': 'x,c' });
    expect(fromDimQuery(query)).toEqual(dims.slice(0, 3));
    expect(fromDimQuery({ 'dim.0': 'k,v,w' })).toEqual([{ name: 'k', value: 'v,w' }]);
  });
});

describe('period and filter', () => {
  it('accepts exactly the documented periods', () => {
    for (const period of [1, 300, 1200, 3600, 14400, 86400]) expect(metricPeriod.safeParse(period).success).toBe(true);
    for (const period of [0, 2, 299, 301, 86401]) expect(metricPeriod.safeParse(period).success).toBe(false);
  });
  it('reads periods from query text', () => {
    expect(looseMetricPeriod.parse('1200')).toBe(1200);
    expect(messages(looseMetricPeriod.safeParse('60'))).toEqual([
      'The period must be 1, 300, 1200, 3600, 14400 or 86400 seconds.',
    ]);
    expect(looseMetricPeriod.safeParse('abc').success).toBe(false);
  });
  it('accepts the five aggregation methods only', () => {
    for (const filter of ['average', 'max', 'min', 'sum', 'variance']) {
      expect(metricFilter.safeParse(filter).success).toBe(true);
    }
    expect(metricFilter.safeParse('avg').success).toBe(false);
  });
});

describe('intParam', () => {
  const limit = intParam('limit', 1, 1000);
  it('accepts numbers and digits inside the range', () => {
    expect(limit.parse(1)).toBe(1);
    expect(limit.parse('1000')).toBe(1000);
  });
  it.each([0, 1001, 1.5, '1.5', 'ten', -1])('refuses %s with one sentence naming the range', (value) => {
    expect(messages(limit.safeParse(value))).toEqual(['limit must be a whole number from 1 to 1000.']);
  });
});
