/** Traces for the audit model tests: the fields every trace has, and what a test changes. */
import type { Trace } from '../../../../contract/cts/traces';

export function testTrace(patch: Partial<Trace> = {}): Trace {
  return {
    trace_id: 't-1',
    trace_name: 'updateLoadbalancer',
    trace_rating: 'normal',
    trace_type: 'ApiCall',
    service_type: 'ELB',
    resource_type: 'loadbalancer',
    resource_id: 'lb-1',
    resource_name: 'elb-staging',
    source_ip: '203.0.113.24',
    request: '{"loadbalancer":{"name":"elb-staging"}}',
    response: '{"loadbalancer":{"id":"lb-1"}}',
    code: '200',
    api_version: 'v2.0',
    time: 1_000,
    record_time: 1_000,
    user: { id: 'u', name: 'ops-admin', domain: { id: 'd', name: 'ops' } },
    ...patch,
  };
}
