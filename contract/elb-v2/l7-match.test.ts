import { describe, expect, it } from 'vitest';
import { duplicateL7Policy, evaluationOrder, l7RuleMatches, matchPolicy, type MatchablePolicy } from './l7-match';

type P = MatchablePolicy & { id: string };
const path = (id: string, compare_type: 'EQUAL_TO' | 'STARTS_WITH' | 'REGEX', value: string): P => ({
  id,
  action: 'REDIRECT_TO_POOL',
  rules: [{ type: 'PATH', compare_type, value }],
});
const id = (policy: P | undefined) => policy?.id;

describe('l7RuleMatches', () => {
  it('follows the guide example table for /elb/index.html', () => {
    const request = { path: '/elb/index.html' };
    const rule = (compare_type: 'EQUAL_TO' | 'STARTS_WITH' | 'REGEX', value: string) =>
      l7RuleMatches({ type: 'PATH', compare_type, value }, request);
    expect(rule('EQUAL_TO', '/elb/index.html')).toBe(true);
    expect(rule('EQUAL_TO', '/elb')).toBe(false);
    expect(rule('STARTS_WITH', '/elb/index.html')).toBe(true);
    expect(rule('STARTS_WITH', '/elb')).toBe(true);
    expect(rule('REGEX', '/elb/index.html')).toBe(true);
    expect(rule('REGEX', '/elb[^\\s]*')).toBe(true);
    expect(rule('EQUAL_TO', '/index.html')).toBe(false);
    expect(rule('STARTS_WITH', '/index.html')).toBe(false);
    expect(rule('REGEX', '/index.html')).toBe(false);
  });
  it('matches hosts exactly, case-insensitively, ignoring the port', () => {
    const host = { type: 'HOST_NAME' as const, compare_type: 'EQUAL_TO' as const, value: 'www.test.com' };
    expect(l7RuleMatches(host, { host: 'WWW.test.com:8080', path: '/' })).toBe(true);
    expect(l7RuleMatches(host, { host: 'a.www.test.com', path: '/' })).toBe(false);
    expect(l7RuleMatches(host, { path: '/' })).toBe(false);
  });
  it('ignores the query string and survives invalid patterns', () => {
    expect(l7RuleMatches({ type: 'PATH', compare_type: 'EQUAL_TO', value: '/a' }, { path: '/a?x=1' })).toBe(true);
    expect(l7RuleMatches({ type: 'PATH', compare_type: 'REGEX', value: '/a(' }, { path: '/a(' })).toBe(false);
  });
});

const host = (id: string, value: string, pathRule?: P['rules'][number]): P => ({
  id,
  action: 'REDIRECT_TO_POOL',
  rules: [{ type: 'HOST_NAME', compare_type: 'EQUAL_TO', value }, ...(pathRule ? [pathRule] : [])],
});
const ids = (policies: readonly P[]) => evaluationOrder(policies).map((policy) => policy.id);

describe('evaluationOrder', () => {
  it('checks exact URLs, then prefixes (longest first), then regular expressions in list order', () => {
    expect(
      ids([
        path('regex-a', 'REGEX', '/elb[^\\s]*'),
        path('prefix-short', 'STARTS_WITH', '/elb'),
        path('regex-b', 'REGEX', '/a.*'),
        path('exact', 'EQUAL_TO', '/elb/index.html'),
        path('prefix-long', 'STARTS_WITH', '/elbvip'),
      ]),
    ).toEqual(['exact', 'prefix-long', 'prefix-short', 'regex-a', 'regex-b']);
  });
  it('puts policies with a domain name first, a domain-only policy after the URLs for that domain', () => {
    expect(
      ids([
        path('url-only', 'EQUAL_TO', '/a'),
        host('domain-only', 'www.example.com'),
        host('domain-and-prefix', 'www.example.com', { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api/' }),
      ]),
    ).toEqual(['domain-and-prefix', 'domain-only', 'url-only']);
  });
  it('leaves out Faulty and disabled policies and forwarding policies without rules; redirects come first', () => {
    expect(
      ids([
        { ...path('faulty', 'EQUAL_TO', '/a'), provisioning_status: 'ERROR' },
        { ...path('disabled', 'EQUAL_TO', '/c'), admin_state_up: false },
        { id: 'no-rules', action: 'REDIRECT_TO_POOL', rules: [] },
        path('ok', 'EQUAL_TO', '/b'),
        { id: 'redirect', action: 'REDIRECT_TO_LISTENER', rules: [] },
      ]),
    ).toEqual(['redirect', 'ok']);
  });
});

describe('matchPolicy', () => {
  it('prefers exact over prefix over regex', () => {
    const policies = [
      path('regex', 'REGEX', '/elb.*'),
      path('prefix', 'STARTS_WITH', '/elb'),
      path('exact', 'EQUAL_TO', '/elb/index.html'),
    ];
    expect(id(matchPolicy(policies, { path: '/elb/index.html' }))).toBe('exact');
    expect(id(matchPolicy(policies, { path: '/elb/other.html' }))).toBe('prefix');
    expect(
      id(matchPolicy([path('regex', 'REGEX', '/elb.*'), path('p', 'STARTS_WITH', '/x')], { path: '/elb/a' })),
    ).toBe('regex');
  });
  it('picks the longest prefix: /elbvipplus → /elbvip over /elb', () => {
    const policies = [path('elb', 'STARTS_WITH', '/elb'), path('elbvip', 'STARTS_WITH', '/elbvip')];
    expect(id(matchPolicy(policies, { path: '/elbvipplus' }))).toBe('elbvip');
    expect(id(matchPolicy([...policies].reverse(), { path: '/elbvipplus' }))).toBe('elbvip');
    expect(id(matchPolicy(policies, { path: '/elbx' }))).toBe('elb');
  });
  it('takes regular expressions in order, first match wins', () => {
    const policies = [path('first', 'REGEX', '/img/.*'), path('second', 'REGEX', '/img/.*\\.png')];
    expect(id(matchPolicy(policies, { path: '/img/a.png' }))).toBe('first');
  });
  it('returns undefined when nothing matches (default group)', () => {
    expect(matchPolicy([path('a', 'EQUAL_TO', '/a')], { path: '/index.html' })).toBeUndefined();
    expect(matchPolicy([], { path: '/' })).toBeUndefined();
  });
  it('needs every rule of a policy to match', () => {
    const both: P = {
      id: 'both',
      action: 'REDIRECT_TO_POOL',
      rules: [
        { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'a.com' },
        { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api' },
      ],
    };
    expect(id(matchPolicy([both], { host: 'a.com', path: '/api/v1' }))).toBe('both');
    expect(matchPolicy([both], { host: 'b.com', path: '/api/v1' })).toBeUndefined();
    expect(matchPolicy([both], { host: 'a.com', path: '/web' })).toBeUndefined();
  });
  it('ranks a matching domain before URL-only policies (decision)', () => {
    const hostOnly: P = {
      id: 'host',
      action: 'REDIRECT_TO_POOL',
      rules: [{ type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'a.com' }],
    };
    const hostPath: P = {
      ...path('host+path', 'STARTS_WITH', '/api'),
      rules: [...hostOnly.rules, { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api' }],
    };
    const exact = path('exact', 'EQUAL_TO', '/api');
    expect(id(matchPolicy([exact, hostOnly, hostPath], { host: 'a.com', path: '/api' }))).toBe('host+path');
    expect(id(matchPolicy([exact, hostOnly], { host: 'a.com', path: '/api' }))).toBe('host');
    expect(id(matchPolicy([exact, hostOnly], { host: 'b.com', path: '/api' }))).toBe('exact');
  });
  it('skips faulty and disabled policies and rule-less forwarding policies', () => {
    const faulty = { ...path('faulty', 'EQUAL_TO', '/a'), provisioning_status: 'ERROR' as const };
    const disabled = { ...path('off', 'EQUAL_TO', '/a'), admin_state_up: false };
    const empty: P = { id: 'empty', action: 'REDIRECT_TO_POOL', rules: [] };
    expect(id(matchPolicy([faulty, disabled, empty, path('ok', 'REGEX', '/.*')], { path: '/a' }))).toBe('ok');
  });
  it('sends everything to an HTTP→HTTPS redirect', () => {
    const redirect: P = { id: 'redirect', action: 'REDIRECT_TO_LISTENER', rules: [] };
    expect(id(matchPolicy([path('exact', 'EQUAL_TO', '/a'), redirect], { path: '/a' }))).toBe('redirect');
  });
});

describe('duplicateL7Policy', () => {
  it('finds a policy with the same rules, in any order', () => {
    const a: P = {
      id: 'a',
      rules: [
        { type: 'PATH', compare_type: 'EQUAL_TO', value: '/x' },
        { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'A.com' },
      ],
    };
    const candidate: MatchablePolicy = {
      rules: [
        { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'a.com' },
        { type: 'PATH', compare_type: 'EQUAL_TO', value: '/x' },
      ],
    };
    expect(id(duplicateL7Policy([a], candidate))).toBe('a');
    expect(
      duplicateL7Policy([a], { rules: [{ type: 'PATH', compare_type: 'EQUAL_TO', value: '/x' }] }),
    ).toBeUndefined();
    expect(duplicateL7Policy([a], { rules: [] })).toBeUndefined();
  });
});
