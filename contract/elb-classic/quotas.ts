/**
 * Classic load balancer and listener quotas
 * (api/elb/classic-v1.0/quota/querying_load_balancer_or_listener_quotas.rst, FEATURES §0.4).
 */

export { classicQuotaPaths } from './paths';

export type ClassicQuotaType = 'elb' | 'listener';

export interface ClassicQuotaResource {
  type: ClassicQuotaType;
  /** Used count; unavailable for listeners, for which an empty string is returned (or the key is absent). */
  used?: number | '';
  /** The project's total quota. */
  quota: number;
  /** Largest quota that can be granted. */
  max: number;
  /** Smallest quota that can be granted. */
  min: number;
}

export interface ClassicQuotaResponse {
  quotas: { resources: ClassicQuotaResource[] };
}

/** The entry of one resource type, if the response has it. */
export function findClassicQuota(
  response: ClassicQuotaResponse,
  type: ClassicQuotaType,
): ClassicQuotaResource | undefined {
  return response.quotas.resources.find((resource) => resource.type === type);
}

/** The used count, or undefined when the API does not report it (listeners). */
export function classicQuotaUsed(resource: ClassicQuotaResource): number | undefined {
  return typeof resource.used === 'number' ? resource.used : undefined;
}

/**
 * True when no more resources of this type can be created. `used` overrides the response's own count
 * (the console counts listeners itself because the API leaves listener `used` empty).
 */
export function isClassicQuotaExhausted(resource: ClassicQuotaResource, used = classicQuotaUsed(resource)): boolean {
  return used !== undefined && used >= resource.quota;
}
