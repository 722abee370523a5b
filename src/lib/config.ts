/**
 * Runtime configuration, read from /config.json at start-up so an operator can point
 * the built console at another API endpoint without rebuilding (README: Configuration).
 */
import { z } from 'zod';

export const apiFamilies = ['elb', 'vpc', 'ecs', 'ces', 'cts'] as const;
export type ApiFamily = (typeof apiFamilies)[number];

const endpoint = z
  .string()
  .refine(
    (value) => value === '' || /^https?:\/\/[^\s]+$/.test(value),
    'An endpoint is empty (same origin) or an http(s) URL.',
  )
  .transform((value) => value.replace(/\/+$/, ''));

export const runtimeConfigSchema = z.object({
  /** mock: the in-browser cloud answers (MSW); remote: real endpoints answer. */
  apiMode: z.enum(['mock', 'remote']),
  region: z.string().min(1),
  regions: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).min(1),
  projects: z.array(z.object({ id: z.string().regex(/^[0-9a-f]{32}$/i), name: z.string().min(1) })).min(1),
  /** Base URL per API family; `{region}` is replaced by the selected region. */
  endpoints: z.object({ elb: endpoint, vpc: endpoint, ecs: endpoint, ces: endpoint, cts: endpoint }),
  authToken: z.string().default(''),
  mock: z
    .object({
      scenario: z.string().default('demo'),
      provisioningDelayMs: z.number().int().min(0).max(60_000).default(1200),
    })
    .default({ scenario: 'demo', provisioningDelayMs: 1200 }),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not read ${url}: HTTP ${response.status}`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${url} is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function endpointFor(config: RuntimeConfig, family: ApiFamily, region: string): string {
  return config.endpoints[family].replaceAll('{region}', region);
}
