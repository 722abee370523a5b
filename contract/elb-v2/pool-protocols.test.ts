import { describe, expect, it } from 'vitest';
import {
  healthCheckTypesFor,
  healthMonitorPoolIssues,
  listenerPoolIssues,
  poolProtocolFor,
  protocolCombinations,
  stickyTypesFor,
} from './pool-protocols';

describe('listener ↔ backend protocol table', () => {
  it('has one row per listener protocol', () => {
    expect(protocolCombinations.map((row) => row.listener)).toEqual(['TCP', 'UDP', 'HTTP', 'TERMINATED_HTTPS']);
  });
  it('derives the backend protocol', () => {
    expect(poolProtocolFor('TCP')).toBe('TCP');
    expect(poolProtocolFor('UDP')).toBe('UDP');
    expect(poolProtocolFor('HTTP')).toBe('HTTP');
    expect(poolProtocolFor('TERMINATED_HTTPS')).toBe('HTTP');
  });
  it('lists health-check protocols (no HTTPS, C4)', () => {
    expect(healthCheckTypesFor('TCP')).toEqual(['TCP', 'HTTP']);
    expect(healthCheckTypesFor('UDP')).toEqual(['UDP_CONNECT']);
    expect(healthCheckTypesFor('HTTP')).toEqual(['HTTP', 'TCP']);
  });
  it('lists sticky types (application cookie offered for HTTP, C7)', () => {
    expect(stickyTypesFor('TCP')).toEqual(['SOURCE_IP']);
    expect(stickyTypesFor('UDP')).toEqual(['SOURCE_IP']);
    expect(stickyTypesFor('HTTP')).toEqual(['HTTP_COOKIE', 'APP_COOKIE']);
  });
  it('checks a pool against a listener', () => {
    expect(listenerPoolIssues('TERMINATED_HTTPS', 'HTTP', ['default_pool_id'])).toEqual([]);
    expect(listenerPoolIssues('TERMINATED_HTTPS', 'TCP', ['default_pool_id'])).toEqual([
      { path: ['default_pool_id'], message: 'HTTPS listeners need a backend server group that uses HTTP.' },
    ]);
    expect(listenerPoolIssues('UDP', 'TCP', ['listener_id'])).toHaveLength(1);
  });
  it('checks a health check against a pool', () => {
    expect(healthMonitorPoolIssues('UDP', 'UDP_CONNECT')).toEqual([]);
    expect(healthMonitorPoolIssues('UDP', 'TCP')[0]?.message).toBe(
      'UDP backend server groups can only use UDP_CONNECT health checks.',
    );
    expect(healthMonitorPoolIssues('HTTP', 'TCP')).toEqual([]);
    expect(healthMonitorPoolIssues('TCP', 'UDP_CONNECT')[0]?.message).toBe(
      'TCP backend server groups can only use TCP or HTTP health checks.',
    );
  });
});
