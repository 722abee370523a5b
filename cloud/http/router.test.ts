import { describe, expect, it } from 'vitest';
import { createRouter, type Route } from './router';

const reply = () => ({ status: 200 });
const route = (method: Route['method'], path: string): Route =>
  method === 'GET' ? { method, path, family: 'elb', handle: reply } : { method, path, family: 'elb', handle: reply };

describe('router', () => {
  const router = createRouter([
    route('GET', '/v2.0/lbaas/loadbalancers/:loadbalancer_id'),
    route('GET', '/v2.0/:project_id/:resource_type/tags'),
    route('POST', '/v2.0/:project_id/:resource_type/:resource_id/tags'),
    route('POST', '/v2.0/:project_id/:resource_type/:resource_id/tags/action'),
    route('DELETE', '/v2.0/:project_id/:resource_type/:resource_id/tags/:key'),
    route('GET', '/v2.0/lbaas/loadbalancers'),
  ]);

  it('matches method and path and decodes parameters', () => {
    expect(router.match('GET', '/v2.0/lbaas/loadbalancers/a%2Fb')).toMatchObject({
      params: { loadbalancer_id: 'a/b' },
    });
    expect(router.match('GET', '/v2.0/lbaas/loadbalancers/')?.route.path).toBe('/v2.0/lbaas/loadbalancers');
    expect(router.match('POST', '/v2.0/lbaas/loadbalancers')).toBeUndefined();
  });

  it('prefers literal segments over parameters', () => {
    expect(router.match('POST', '/v2.0/p/loadbalancers/lb/tags/action')?.route.path).toBe(
      '/v2.0/:project_id/:resource_type/:resource_id/tags/action',
    );
    expect(router.match('DELETE', '/v2.0/p/loadbalancers/lb/tags/env')?.params).toEqual({
      project_id: 'p',
      resource_type: 'loadbalancers',
      resource_id: 'lb',
      key: 'env',
    });
  });

  it('knows a path whatever the method (405 rather than 404)', () => {
    expect(router.knowsPath('/v2.0/lbaas/loadbalancers')).toBe(true);
    expect(router.knowsPath('/v2.0/lbaas/loadbalancers/x/y')).toBe(false);
    expect(router.knowsPath('/v2.0/lbaas/loadbalancers.json')).toBe(false);
  });
});
