import { describe, expect, it } from 'vitest';
import { healthCheckSummary, listenerRoute } from './listener-view';

describe('classic listener view', () => {
  it('names a listener by its route and a health check by what it probes', () => {
    expect(listenerRoute({ protocol: 'HTTPS', port: 443, backend_protocol: 'HTTP', backend_port: 80 })).toBe(
      'HTTPS:443 → HTTP:80',
    );
    const check = {
      id: 'h',
      listener_id: 'l',
      healthcheck_uri: '/health',
      healthcheck_connect_port: 80,
      healthy_threshold: 3,
      unhealthy_threshold: 3,
      healthcheck_timeout: 2,
      healthcheck_interval: 5,
      create_time: '',
      update_time: '',
    };
    expect(healthCheckSummary({ ...check, healthcheck_protocol: 'HTTP' })).toBe('HTTP /health :80');
    expect(healthCheckSummary({ ...check, healthcheck_protocol: 'TCP', healthcheck_uri: '' })).toBe('TCP :80');
  });
});
