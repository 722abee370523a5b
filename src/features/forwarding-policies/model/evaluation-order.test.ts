import { describe, expect, it } from 'vitest';
import { matchPolicy } from '../../../../contract/elb-v2/l7-match';
import { evaluationOrder } from './evaluation-order';
import { policy } from './fixtures';
import { matchable } from './policy-rules';

const orderOf = (...policies: ReturnType<typeof policy>[]) =>
  evaluationOrder(policies.map(matchable)).map((item) => item.policy.id);

describe('evaluation order', () => {
  it('checks exact URLs, then prefixes (longest first), then regular expressions in list order', () => {
    expect(
      orderOf(
        policy('regex-a', { path: ['REGEX', '/elb[^\\s]*'] }),
        policy('prefix-short', { path: ['STARTS_WITH', '/elb'] }),
        policy('regex-b', { path: ['REGEX', '/a.*'] }),
        policy('exact', { path: ['EQUAL_TO', '/elb/index.html'] }),
        policy('prefix-long', { path: ['STARTS_WITH', '/elbvip'] }),
      ),
    ).toEqual(['exact', 'prefix-long', 'prefix-short', 'regex-a', 'regex-b']);
  });

  it('puts policies with a domain name first, a domain-only policy after the URLs for that domain', () => {
    expect(
      orderOf(
        policy('url-only', { path: ['EQUAL_TO', '/a'] }),
        policy('domain-only', { host: 'www.example.com' }),
        policy('domain-and-prefix', { host: 'www.example.com', path: ['STARTS_WITH', '/api/'] }),
      ),
    ).toEqual(['domain-and-prefix', 'domain-only', 'url-only']);
  });

  it('leaves out Faulty policies, which take no requests', () => {
    expect(
      orderOf(
        policy('faulty', { path: ['EQUAL_TO', '/a'] }, { provisioning_status: 'ERROR' }),
        policy('ok', { path: ['EQUAL_TO', '/b'] }),
      ),
    ).toEqual(['ok']);
  });

  it('agrees with matchPolicy on a request that several policies match', () => {
    const policies = [
      policy('regex', { path: ['REGEX', '/elb.*'] }),
      policy('prefix', { path: ['STARTS_WITH', '/elb'] }),
      policy('prefix-longer', { path: ['STARTS_WITH', '/elbvip'] }),
    ].map(matchable);
    const first = evaluationOrder(policies)[0];
    expect(matchPolicy(policies, { path: '/elbvipplus' })).toBe(first);
  });
});
