/**
 * The backend server group form (guide: adding a listener, step 2; adding a backend
 * server group): values, the schema that applies the contract's sticky-session rule,
 * and the pure translation into API bodies.
 */
import { z } from 'zod';
import { poolFields, type CreatePoolRequest, type Pool, type UpdatePoolRequest } from '../../../contract/elb-v2/pools';
import type { LbAlgorithm, PoolProtocol, StickySessionType } from '../../../contract/elb-v2/pool-protocols';
import { stickyTypesFor } from '../../../contract/elb-v2/pool-protocols';
import {
  DEFAULT_STICKY_MINUTES,
  stickySessionRule,
  type SessionPersistence,
} from '../../../contract/elb-v2/sticky-session';

export interface PoolFormValues {
  name: string;
  description: string;
  protocol: PoolProtocol;
  lb_algorithm: LbAlgorithm;
  sticky: boolean;
  sticky_type: StickySessionType;
  persistence_timeout: number | null;
  cookie_name: string;
}

export function defaultPoolForm(protocol: PoolProtocol, name = ''): PoolFormValues {
  return {
    name,
    description: '',
    protocol,
    lb_algorithm: 'ROUND_ROBIN',
    sticky: false,
    sticky_type: stickyTypesFor(protocol)[0]!,
    persistence_timeout: DEFAULT_STICKY_MINUTES,
    cookie_name: '',
  };
}

/** What a pool's settings look like in the form. */
export function poolToForm(pool: Pool): PoolFormValues {
  const sticky = pool.session_persistence;
  return {
    ...defaultPoolForm(pool.protocol, pool.name),
    description: pool.description,
    lb_algorithm: pool.lb_algorithm,
    sticky: sticky !== null,
    ...(sticky
      ? {
          sticky_type: sticky.type,
          persistence_timeout: sticky.persistence_timeout ?? DEFAULT_STICKY_MINUTES,
          cookie_name: sticky.cookie_name ?? '',
        }
      : {}),
  };
}

/** `null` turns stickiness off (FEATURES §4.4); the duration is not sent for application cookies. */
export function toSessionPersistence(values: PoolFormValues): SessionPersistence | null {
  if (!values.sticky) return null;
  if (values.sticky_type === 'APP_COOKIE') return { type: 'APP_COOKIE', cookie_name: values.cookie_name.trim() };
  return { type: values.sticky_type, persistence_timeout: values.persistence_timeout };
}

const FIELD_OF: Record<string, keyof PoolFormValues> = {
  type: 'sticky_type',
  cookie_name: 'cookie_name',
  persistence_timeout: 'persistence_timeout',
};

/** The fields of the form; forms that hold a pool among other things extend this shape. */
export const poolFormShape = {
  name: poolFields.name,
  description: poolFields.description,
  protocol: poolFields.protocol,
  lb_algorithm: poolFields.lb_algorithm,
  sticky: z.boolean(),
  sticky_type: z.enum(['SOURCE_IP', 'HTTP_COOKIE', 'APP_COOKIE']),
  persistence_timeout: z.number().nullable(),
  cookie_name: z.string(),
};

/** The same rule the service applies (contract/elb-v2/sticky-session.ts), pointed at the form's fields. */
export function poolFormIssues(values: PoolFormValues, ctx: z.RefinementCtx): void {
  for (const issue of stickySessionRule({ ...values, session_persistence: toSessionPersistence(values) })) {
    const field = FIELD_OF[String(issue.path[1])] ?? 'sticky';
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
}

export const poolFormSchema = z.object(poolFormShape).superRefine(poolFormIssues);

export function toCreatePoolRequest(
  values: PoolFormValues,
  target: { loadbalancer_id?: string; listener_id?: string },
): CreatePoolRequest {
  return {
    pool: {
      ...target,
      name: values.name.trim(),
      ...(values.description ? { description: values.description } : {}),
      protocol: values.protocol,
      lb_algorithm: values.lb_algorithm,
      session_persistence: toSessionPersistence(values),
    },
  };
}

export function toUpdatePoolRequest(values: PoolFormValues): UpdatePoolRequest {
  return {
    pool: {
      name: values.name.trim(),
      description: values.description,
      lb_algorithm: values.lb_algorithm,
      session_persistence: toSessionPersistence(values),
    },
  };
}
