import { describe, expect, it } from 'vitest';
import {
  checkL7RuleUpdate,
  compareTypesFor,
  createL7RuleRequest,
  l7RuleIssues,
  l7RuleListIssues,
  updateL7RuleRequest,
} from './l7-rules';

const value = (type: 'HOST_NAME' | 'PATH', compare_type: 'EQUAL_TO' | 'STARTS_WITH' | 'REGEX', v: string) =>
  l7RuleIssues({ type, compare_type, value: v }).map((issue) => issue.message);

describe('domain name rules (HOST_NAME)', () => {
  it('accept exact match only', () => {
    expect(compareTypesFor('HOST_NAME')).toEqual(['EQUAL_TO']);
    expect(value('HOST_NAME', 'STARTS_WITH', 'www.test.com')).toEqual([
      'A domain name rule supports only exact match (EQUAL_TO).',
    ]);
  });
  it('allow 100 characters but not 101', () => {
    expect(value('HOST_NAME', 'EQUAL_TO', 'a'.repeat(100))).toEqual([]);
    expect(value('HOST_NAME', 'EQUAL_TO', 'a'.repeat(101))).toEqual([
      'The domain name can contain at most 100 characters.',
    ]);
  });
  it('allow letters, digits, hyphens and periods, starting with a letter or digit', () => {
    expect(value('HOST_NAME', 'EQUAL_TO', 'www.test-1.com')).toEqual([]);
    expect(value('HOST_NAME', 'EQUAL_TO', '1www.test.com')).toEqual([]);
    expect(value('HOST_NAME', 'EQUAL_TO', '-www.test.com')).toEqual([
      'The domain name must start with a letter or digit.',
    ]);
    expect(value('HOST_NAME', 'EQUAL_TO', 'www_test.com')).toEqual([
      'The domain name can contain only letters, digits, hyphens (-) and periods (.).',
    ]);
    expect(value('HOST_NAME', 'EQUAL_TO', 'www test.com')).toEqual(['The domain name cannot contain spaces.']);
    expect(value('HOST_NAME', 'EQUAL_TO', '')).toEqual(['Enter a domain name.']);
  });
});

describe('URL rules (PATH)', () => {
  it('allow 128 characters but not 129', () => {
    expect(value('PATH', 'STARTS_WITH', `/${'a'.repeat(127)}`)).toEqual([]);
    expect(value('PATH', 'STARTS_WITH', `/${'a'.repeat(128)}`)).toEqual([
      'The URL can contain at most 128 characters.',
    ]);
    expect(value('PATH', 'REGEX', 'a'.repeat(129))).toEqual(['The URL can contain at most 128 characters.']);
  });
  it('need a leading slash and the allowed characters for exact and prefix match', () => {
    expect(value('PATH', 'EQUAL_TO', "/a_~';@^-%#&$.*+?,=!:|\\/()[]{}")).toEqual([]);
    expect(value('PATH', 'EQUAL_TO', 'test')).toEqual(['An exact or prefix match URL must start with a slash (/).']);
    expect(value('PATH', 'STARTS_WITH', '/a<b>')).toHaveLength(1);
    expect(value('PATH', 'STARTS_WITH', '/a"b')).toHaveLength(1);
  });
  it('allow any non-space characters for regular expressions', () => {
    expect(value('PATH', 'REGEX', '/elb[^\\s]*')).toEqual([]);
    expect(value('PATH', 'REGEX', '^.*"<>$')).toEqual([]);
    expect(value('PATH', 'REGEX', '/a b')).toEqual(['The URL cannot contain spaces.']);
    expect(value('PATH', 'EQUAL_TO', '/a\tb')).toEqual(['The URL cannot contain spaces.']);
    expect(value('PATH', 'REGEX', '')).toEqual(['Enter a URL.']);
  });
});

describe('l7RuleListIssues', () => {
  const host = { type: 'HOST_NAME' as const, compare_type: 'EQUAL_TO' as const, value: 'www.test.com' };
  const path = { type: 'PATH' as const, compare_type: 'EQUAL_TO' as const, value: '/test' };
  it('accepts one rule of each type', () => {
    expect(l7RuleListIssues([path, host])).toEqual([]);
    expect(l7RuleListIssues([host])).toEqual([]);
  });
  it('refuses two rules of the same type and more than two rules', () => {
    expect(l7RuleListIssues([path, { ...path, value: '/other' }])).toEqual([
      { path: [1, 'type'], message: 'A forwarding policy can have only one domain name rule and one URL rule.' },
    ]);
    expect(l7RuleListIssues([path, host, path]).map((issue) => issue.message)).toContain(
      'A forwarding policy can have at most 2 rules.',
    );
  });
  it('prefixes rule issues with the index', () => {
    expect(l7RuleListIssues([host, { ...path, value: 'x' }])[0]?.path).toEqual([1, 'value']);
  });
});

describe('rule requests', () => {
  it('create a rule', () => {
    expect(
      createL7RuleRequest.safeParse({ rule: { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api' } }).success,
    ).toBe(true);
    const bad = createL7RuleRequest.safeParse({ rule: { type: 'PATH', compare_type: 'STARTS_WITH', value: 'api' } });
    expect(bad.error?.issues[0]?.path).toEqual(['rule', 'value']);
    expect(
      createL7RuleRequest.safeParse({ rule: { type: 'QUERY', compare_type: 'EQUAL_TO', value: 'x' } }).success,
    ).toBe(false);
  });
  it('update a rule without changing its type', () => {
    expect(updateL7RuleRequest.safeParse({ rule: { value: '/new' } }).success).toBe(true);
    expect(updateL7RuleRequest.safeParse({ rule: { type: 'HOST_NAME' } }).error?.issues[0]?.message).toBe(
      'The type of a forwarding rule cannot be changed.',
    );
    const current = { type: 'HOST_NAME' as const, compare_type: 'EQUAL_TO' as const, value: 'a.com' };
    expect(checkL7RuleUpdate(current, { value: 'b.com' })).toEqual([]);
    expect(checkL7RuleUpdate(current, { compare_type: 'REGEX' })).toHaveLength(1);
    expect(
      checkL7RuleUpdate({ ...current, type: 'PATH', value: '/a' }, { compare_type: 'REGEX', value: '/a.*' }),
    ).toEqual([]);
  });
});
