import { describe, expect, it } from 'vitest';
import type { TraceResourceIndex } from '../../../api/queries/traces';
import { parseBody, resourceLink, traceAction, traceDocument } from './trace-view';
import { testTrace } from './test-traces';

const index: TraceResourceIndex = {
  loadBalancers: new Set(['lb-1']),
  listeners: new Map([['ls-1', 'lb-1']]),
  pools: new Map([['pool-1', 'lb-1']]),
  certificates: new Map([
    ['cert-1', 'web cert'],
    ['cert-2', ''],
  ]),
};

describe('how a trace reads', () => {
  it('words key operations as the guide does, C16 spellings included, and keeps other names', () => {
    expect(traceAction({ trace_name: 'updateLoadbalancer' })).toBe('Modifying a load balancer');
    expect(traceAction({ trace_name: 'updatePool' })).toBe('Modifying a backend server group');
    expect(traceAction({ trace_name: 'createL7rule' })).toBe('Adding a forwarding rule');
    expect(traceAction({ trace_name: 'createPublicip' })).toBe('createPublicip');
  });

  it('reads bodies as JSON, text that is not JSON as text, and no body as null', () => {
    expect(parseBody('{"a":1}')).toEqual({ a: 1 });
    expect(parseBody('not json')).toBe('not json');
    expect(parseBody('')).toBeNull();
    expect(parseBody(undefined)).toBeNull();
  });

  it('unfolds the request and response in the whole-trace document', () => {
    const document = JSON.parse(traceDocument(testTrace({ request: '' }))) as Record<string, unknown>;
    expect(document.request).toBeNull();
    expect(document.response).toEqual({ loadbalancer: { id: 'lb-1' } });
    expect(document.trace_id).toBe('t-1');
    expect(traceDocument(testTrace())).toContain('\n  "trace_name": "updateLoadbalancer"');
  });
});

describe('links to traced resources', () => {
  const link = (patch: Parameters<typeof testTrace>[0]) => resourceLink(testTrace(patch), index);

  it('opens each resource where the console shows it', () => {
    expect(link({})).toBe('/load-balancers/lb-1');
    expect(link({ resource_type: 'listener', resource_id: 'ls-1' })).toBe(
      '/load-balancers/lb-1?tab=listeners&listener=ls-1',
    );
    expect(link({ resource_type: 'pool', resource_id: 'pool-1' })).toBe('/load-balancers/lb-1/groups/pool-1');
    expect(link({ resource_type: 'certificate', resource_id: 'cert-1' })).toBe('/certificates?search=web+cert');
    expect(link({ resource_type: 'certificate', resource_id: 'cert-2' })).toBe('/certificates?search=cert-2');
  });

  it('does not link what is gone, other services, or before the index has loaded', () => {
    expect(link({ resource_id: 'lb-deleted' })).toBeUndefined();
    expect(link({ resource_type: 'listener', resource_id: 'ls-gone' })).toBeUndefined();
    expect(link({ resource_type: 'member', resource_id: 'm-1' })).toBeUndefined();
    expect(link({ service_type: 'VPC', resource_type: 'publicip' })).toBeUndefined();
    expect(resourceLink(testTrace(), undefined)).toBeUndefined();
  });
});
