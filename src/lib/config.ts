/**
 * Runtime configuration, read from /config.json at start-up so an operator can point
 * the built console at another API endpoint without rebuilding (README: Configuration).
 * Checked by hand rather than with zod: this runs before the first paint.
 */

export const apiFamilies = ['elb', 'vpc', 'ecs', 'ces', 'cts', 'lts'] as const;
export type ApiFamily = (typeof apiFamilies)[number];

export interface RuntimeConfig {
  /** mock: the in-browser cloud answers (MSW); remote: real endpoints answer. */
  apiMode: 'mock' | 'remote';
  region: string;
  regions: { id: string; name: string }[];
  projects: { id: string; name: string }[];
  /** Base URL per API family; `{region}` is replaced by the selected region; '' = same origin. */
  endpoints: Record<ApiFamily, string>;
  authToken: string;
  mock: { scenario: string; provisioningDelayMs: number };
}

class ConfigError extends Error {}

const record = (value: unknown, path: string): Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${path} must be an object.`);
  return value as Record<string, unknown>;
};
const text = (value: unknown, path: string, fallback?: string): string => {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || value === '') throw new ConfigError(`${path} must be a non-empty string.`);
  return value;
};
const pairs = (value: unknown, path: string, idPattern?: RegExp) => {
  if (!Array.isArray(value) || value.length === 0) throw new ConfigError(`${path} must be a non-empty list.`);
  return value.map((item, index) => {
    const entry = record(item, `${path}[${index}]`);
    const id = text(entry.id, `${path}[${index}].id`);
    if (idPattern && !idPattern.test(id)) throw new ConfigError(`${path}[${index}].id must match ${idPattern}.`);
    return { id, name: text(entry.name, `${path}[${index}].name`) };
  });
};

export function parseRuntimeConfig(input: unknown): RuntimeConfig {
  const root = record(input, 'config');
  const apiMode = root.apiMode;
  if (apiMode !== 'mock' && apiMode !== 'remote') throw new ConfigError('apiMode must be "mock" or "remote".');
  const endpointsIn = record(root.endpoints, 'endpoints');
  const endpoints = Object.fromEntries(
    apiFamilies.map((family) => {
      const value = endpointsIn[family] ?? '';
      if (typeof value !== 'string' || (value !== '' && !/^https?:\/\/\S+$/.test(value))) {
        throw new ConfigError(`endpoints.${family} must be empty (same origin) or an http(s) URL.`);
      }
      return [family, value.replace(/\/+$/, '')];
    }),
  ) as Record<ApiFamily, string>;
  const mock = root.mock === undefined ? {} : record(root.mock, 'mock');
  const delay = mock.provisioningDelayMs ?? 1200;
  if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0 || delay > 60_000) {
    throw new ConfigError('mock.provisioningDelayMs must be a whole number of milliseconds from 0 to 60000.');
  }
  return {
    apiMode,
    region: text(root.region, 'region'),
    regions: pairs(root.regions, 'regions'),
    projects: pairs(root.projects, 'projects', /^[0-9a-f]{32}$/i),
    endpoints,
    authToken: typeof root.authToken === 'string' ? root.authToken : '',
    mock: { scenario: text(mock.scenario, 'mock.scenario', 'demo'), provisioningDelayMs: delay },
  };
}

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not read ${url}: HTTP ${response.status}`);
  try {
    return parseRuntimeConfig(await response.json());
  } catch (error) {
    throw new Error(`${url} is invalid: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function endpointFor(config: RuntimeConfig, family: ApiFamily, region: string): string {
  return config.endpoints[family].replaceAll('{region}', region);
}
