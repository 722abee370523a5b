import { describe, expect, it } from 'vitest';
import { endpointFor, parseRuntimeConfig } from './config';

const valid = {
  apiMode: 'remote',
  region: 'eu-de',
  regions: [{ id: 'eu-de', name: 'eu-de' }],
  projects: [{ id: '0123456789abcdef0123456789abcdef', name: 'p' }],
  endpoints: { elb: 'https://elb.{region}.example.com/', vpc: '', ecs: '', ces: '', cts: '', lts: '' },
};

describe('runtime config', () => {
  it('reads a valid config with defaults and resolves {region}', () => {
    const config = parseRuntimeConfig(valid);
    expect(config.mock).toEqual({ scenario: 'demo', provisioningDelayMs: 1200 });
    expect(endpointFor(config, 'elb', 'eu-nl')).toBe('https://elb.eu-nl.example.com');
  });

  it.each([
    [{ apiMode: 'live' }, 'apiMode'],
    [{ endpoints: { ...valid.endpoints, vpc: 'ftp://x' } }, 'endpoints.vpc'],
    [{ projects: [{ id: 'short', name: 'p' }] }, 'projects[0].id'],
    [{ regions: [] }, 'regions'],
    [{ mock: { provisioningDelayMs: -1 } }, 'provisioningDelayMs'],
  ])('refuses %j and names the key', (patch, key) => {
    expect(() => parseRuntimeConfig({ ...valid, ...patch })).toThrow(key);
  });
});
