import { describe, expect, it } from 'vitest';
import { policy } from './fixtures';
import { testerRequest, testRequest } from './request-tester';

const api = policy('api', { host: 'www.example.com', path: ['STARTS_WITH', '/api/'] });
const images = policy('images', { path: ['STARTS_WITH', '/images/'] });
const copy = policy('copy', { path: ['STARTS_WITH', '/images/'] }, { provisioning_status: 'ERROR' });

describe('the request tester', () => {
  it('names the policy that takes a request', () => {
    const result = testRequest([api, images], testerRequest('www.example.com:8080', '/api/orders?id=7'));
    expect(result.answer).toEqual({ kind: 'policy', policy: api });
  });

  it('falls back to the default group when nothing matches', () => {
    expect(testRequest([api, images], testerRequest('shop.example.com', '/api/orders')).answer).toEqual({
      kind: 'default',
    });
  });

  it('skips a Faulty policy but reports it', () => {
    const result = testRequest([copy, images], testerRequest('', 'images/logo.png'));
    expect(result.answer).toEqual({ kind: 'policy', policy: images });
    expect(result.faultyMatches).toEqual([copy]);
  });

  it('sends every request of a redirected listener to the redirect', () => {
    const redirect = policy('to-https', {}, { action: 'REDIRECT_TO_LISTENER', redirect_pool_id: null });
    expect(testRequest([api, redirect], testerRequest('www.example.com', '/api/')).answer).toEqual({
      kind: 'redirect',
      policy: redirect,
    });
  });

  it('reads a path without a leading slash as if it had one, and an empty host as none', () => {
    expect(testerRequest('  ', ' elb ')).toEqual({ host: undefined, path: '/elb' });
    expect(testerRequest('a.example.com', '')).toEqual({ host: 'a.example.com', path: '/' });
  });
});
