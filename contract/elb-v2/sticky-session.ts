/**
 * Sticky sessions of backend server groups, written once for the forms and the service
 * (FEATURES §4.4, C7, C8; adding_a_backend_server_group.rst, updating_a_backend_server_group.rst;
 * v3 creating_a_backend_server_group.rst for the cookie-name characters).
 */
import { z } from 'zod';
import { hasText, type RuleIssue } from './issues';
import {
  stickySessionTypes,
  stickyTypesFor,
  type LbAlgorithm,
  type PoolProtocol,
  type StickySessionType,
} from './pool-protocols';

/** Guide default stickiness duration, in minutes (C8; the v3 defaults 1/1440 are not used). */
export const DEFAULT_STICKY_MINUTES = 20;

export const COOKIE_NAME_PATTERN = /^[A-Za-z0-9._-]+$/;

/** Stickiness duration range in minutes: TCP/UDP 1–60, HTTP 1–1440. */
export function stickyDurationRange(protocol: PoolProtocol): { min: number; max: number } {
  return { min: 1, max: protocol === 'HTTP' ? 1440 : 60 };
}

export interface SessionPersistence {
  type: StickySessionType;
  /** Only for APP_COOKIE; null otherwise. */
  cookie_name?: string | null;
  /** Minutes; not used by APP_COOKIE. */
  persistence_timeout?: number | null;
}

/**
 * Shape of `session_persistence` in request bodies; `null` disables stickiness. `type` is required
 * (the API answers ELB.9805 without it). Protocol-dependent rules live in `stickySessionRule`.
 */
export const sessionPersistence = z.object({
  type: z.enum(stickySessionTypes, 'The sticky session type can only be SOURCE_IP, HTTP_COOKIE or APP_COOKIE.'),
  cookie_name: z.string('The cookie name must be text.').nullable().optional(),
  persistence_timeout: z
    .number('The stickiness duration must be a whole number of minutes.')
    .int('The stickiness duration must be a whole number of minutes.')
    .nullable()
    .optional(),
});

export interface StickySessionSettings {
  protocol: PoolProtocol;
  lb_algorithm: LbAlgorithm;
  session_persistence?: SessionPersistence | null;
}

/**
 * Every sticky-session rule, for a pool's protocol, algorithm and `session_persistence`:
 * - stickiness only with weighted round robin;
 * - SOURCE_IP for TCP/UDP groups, HTTP_COOKIE or APP_COOKIE for HTTP groups;
 * - duration 1–60 min (TCP/UDP) or 1–1440 min (HTTP); APP_COOKIE does not use it (ignored, as in the
 *   API's own example), so it is not checked there;
 * - APP_COOKIE needs a cookie name of letters, digits, '-', '_' and '.'; other types take no cookie name.
 * Paths are relative to the pool object.
 */
export function stickySessionRule(pool: StickySessionSettings): RuleIssue[] {
  const sticky = pool.session_persistence;
  if (sticky === null || sticky === undefined) return [];
  const issues: RuleIssue[] = [];
  const at = (field?: string): (string | number)[] =>
    field === undefined ? ['session_persistence'] : ['session_persistence', field];

  if (pool.lb_algorithm !== 'ROUND_ROBIN') {
    issues.push({
      path: at(),
      message: 'Sticky sessions can be enabled only with the weighted round robin algorithm.',
    });
  }
  if (!stickyTypesFor(pool.protocol).includes(sticky.type)) {
    issues.push({
      path: at('type'),
      message:
        pool.protocol === 'HTTP'
          ? 'HTTP backend server groups support only load balancer cookie or application cookie stickiness.'
          : 'TCP and UDP backend server groups support only source IP address stickiness.',
    });
  }
  if (sticky.type === 'APP_COOKIE') {
    if (!hasText(sticky.cookie_name)) {
      issues.push({ path: at('cookie_name'), message: 'Enter a cookie name for application cookie stickiness.' });
    } else if (!COOKIE_NAME_PATTERN.test(sticky.cookie_name)) {
      issues.push({
        path: at('cookie_name'),
        message: 'The cookie name can contain only letters, digits, hyphens (-), underscores (_) and periods (.).',
      });
    }
    return issues;
  }
  if (hasText(sticky.cookie_name)) {
    issues.push({
      path: at('cookie_name'),
      message: 'A cookie name can be set only for application cookie stickiness.',
    });
  }
  const minutes = sticky.persistence_timeout;
  const { min, max } = stickyDurationRange(pool.protocol);
  if (minutes !== null && minutes !== undefined && (!Number.isInteger(minutes) || minutes < min || minutes > max)) {
    issues.push({
      path: at('persistence_timeout'),
      message: `The stickiness duration must be ${min} to ${max} minutes.`,
    });
  }
  return issues;
}

/**
 * What the service stores: the default duration (20 min, C8) where a type that uses one has none; no
 * cookie name for cookie-less types. APP_COOKIE keeps whatever duration was sent (unused, echoed as the API does).
 */
export function withStickyDefaults(sticky: SessionPersistence | null | undefined): SessionPersistence | null {
  if (sticky === null || sticky === undefined) return null;
  if (sticky.type === 'APP_COOKIE') {
    return {
      type: sticky.type,
      cookie_name: sticky.cookie_name ?? null,
      persistence_timeout: sticky.persistence_timeout ?? null,
    };
  }
  return {
    type: sticky.type,
    cookie_name: null,
    persistence_timeout: sticky.persistence_timeout ?? DEFAULT_STICKY_MINUTES,
  };
}
