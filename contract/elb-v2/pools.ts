/**
 * ELB v2.0 backend server groups (api/elb/v2.0/backend_server_group/*.rst; FEATURES §4.3, §4.4, §5.3).
 * Responses are wrapped: `{ pool: {...} }`, lists `{ pools: [...], pools_links }`.
 * Protocol combinations live in pool-protocols.ts, sticky-session rules in sticky-session.ts.
 */
import { z } from 'zod';
import { description255, name255, type PageLink } from '../common';
import {
  adminStateUp,
  CHANGE_SOMETHING,
  changesSomething,
  hasText,
  reportIssues,
  resourceRef,
  tenantId,
  type RuleIssue,
} from './issues';
import type { IdRef } from './load-balancers';
import { lbAlgorithms, poolProtocols, type LbAlgorithm, type PoolProtocol } from './pool-protocols';
import { sessionPersistence, stickySessionRule, type SessionPersistence } from './sticky-session';

export { poolPaths } from './paths';

export interface Pool {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  protocol: PoolProtocol;
  lb_algorithm: LbAlgorithm;
  members: IdRef[];
  healthmonitor_id: string | null;
  /** Reserved, true. */
  admin_state_up: boolean;
  listeners: IdRef[];
  loadbalancers: IdRef[];
  /** null = sticky sessions off. */
  session_persistence: SessionPersistence | null;
}

export interface PoolResponse {
  pool: Pool;
}

export interface PoolListResponse {
  pools: Pool[];
  pools_links?: PageLink[];
}

/** Exact-match filters of GET /v2.0/lbaas/pools (querying_backend_server_groups.rst). */
export const poolFilterKeys = [
  'id',
  'tenant_id',
  'name',
  'description',
  'healthmonitor_id',
  'loadbalancer_id',
  'protocol',
  'lb_algorithm',
  'member_address',
  'member_device_id',
] as const;
export type PoolFilterKey = (typeof poolFilterKeys)[number];

export const poolFields = {
  name: name255,
  description: description255,
  protocol: z.enum(poolProtocols, 'The backend protocol can only be TCP, UDP or HTTP.'),
  lb_algorithm: z.enum(
    lbAlgorithms,
    'The load balancing algorithm can only be ROUND_ROBIN, LEAST_CONNECTIONS or SOURCE_IP.',
  ),
  session_persistence: sessionPersistence,
};

/** POST /v2.0/lbaas/pools (adding_a_backend_server_group.rst): `loadbalancer_id`, `listener_id`, or both. */
export const createPoolRequest = z.object({
  pool: z
    .object({
      tenant_id: tenantId.optional(),
      name: poolFields.name.optional(),
      description: poolFields.description.optional(),
      protocol: poolFields.protocol,
      lb_algorithm: poolFields.lb_algorithm,
      admin_state_up: adminStateUp.optional(),
      listener_id: resourceRef('Select a listener.').optional(),
      loadbalancer_id: resourceRef('Select a load balancer.').optional(),
      session_persistence: poolFields.session_persistence.nullable().optional(),
    })
    .superRefine((pool, ctx) => {
      if (!hasText(pool.listener_id) && !hasText(pool.loadbalancer_id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['loadbalancer_id'],
          message: 'A backend server group needs a load balancer, a listener, or both.',
        });
      }
      reportIssues(ctx, stickySessionRule(pool));
    }),
});
export type CreatePoolRequest = z.infer<typeof createPoolRequest>;

/**
 * PUT /v2.0/lbaas/pools/{id} (updating_a_backend_server_group.rst). The backend protocol is immutable.
 * Sticky rules need the stored protocol: the service runs `checkPoolUpdate`.
 */
export const updatePoolRequest = z.object({
  pool: z
    .object({
      name: poolFields.name.optional(),
      description: poolFields.description.optional(),
      lb_algorithm: poolFields.lb_algorithm.optional(),
      admin_state_up: adminStateUp.optional(),
      session_persistence: poolFields.session_persistence.nullable().optional(),
      protocol: z
        .never('The backend protocol cannot be changed; create a new backend server group instead.')
        .optional(),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdatePoolRequest = z.infer<typeof updatePoolRequest>;

/** Sticky-session rules after merging a PUT body into the stored pool (e.g. switching to SOURCE_IP hash). */
export function checkPoolUpdate(
  current: Pick<Pool, 'protocol' | 'lb_algorithm' | 'session_persistence'>,
  body: UpdatePoolRequest['pool'],
): RuleIssue[] {
  return stickySessionRule({
    protocol: current.protocol,
    lb_algorithm: body.lb_algorithm ?? current.lb_algorithm,
    session_persistence:
      body.session_persistence === undefined ? current.session_persistence : body.session_persistence,
  });
}
