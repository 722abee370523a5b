/**
 * Classic load balancers (api/elb/classic-v1.0/load_balancer/*.rst, FEATURES §3.3–3.5).
 * Create, modify and delete are asynchronous: each answers 200 with a `ClassicJobResponse`.
 * Details answer the bare object; the list answers `{ loadbalancers, instance_num }`.
 */
import { z } from 'zod';
import { ipv4Address, projectId } from '../common';
import { classicBandwidth, classicDescription, classicName } from './shared';

export { classicLoadBalancerPaths } from './paths';

export type ClassicLoadBalancerStatus = 'ACTIVE' | 'PENDING_CREATE' | 'ERROR';
export type ClassicLoadBalancerType = 'External' | 'Internal';
export const classicLoadBalancerTypes = ['External', 'Internal'] as const satisfies readonly ClassicLoadBalancerType[];

/** 0 = stopped (disabled), 1 = running, 2 = frozen (set only by an administrator). */
export type ClassicAdminState = 0 | 1 | 2;
export const CLASSIC_ADMIN_STATE = { stopped: 0, running: 1, frozen: 2 } as const;

/** Responses document an Integer; a job's entity shows a boolean. Reads either as 0 | 1 | 2. */
export function toClassicAdminState(value: number | boolean): ClassicAdminState {
  if (value === true || value === 1) return 1;
  if (value === 2) return 2;
  return 0;
}

export interface ClassicLoadBalancer {
  id: string;
  name: string;
  description: string | null;
  status: ClassicLoadBalancerStatus;
  type: ClassicLoadBalancerType;
  /** External: the EIP; Internal: the private IP address. */
  vip_address: string;
  /** Mbit/s; an Internal load balancer has none. */
  bandwidth: number | null;
  vpc_id: string;
  /** An Integer in responses (querying_details_of_a_load_balancer.rst). */
  admin_state_up: ClassicAdminState;
  /** "This parameter is unavailable now" (null in the examples). */
  vip_subnet_id: string | null;
  /** null for External load balancers. */
  security_group_id: string | null;
  create_time: string;
  update_time: string;
}

export interface ClassicLoadBalancerListResponse {
  loadbalancers: ClassicLoadBalancer[];
  /** The count, as a string ("1"). */
  instance_num: string;
}

/** Values a user may send: 0/false stops, 1/true runs; 2 (frozen) is refused. */
export const classicUserAdminState = z.union([z.literal([0, 1]), z.boolean()], {
  error: (issue) =>
    issue.input === 2
      ? 'Only an administrator can freeze a load balancer (admin_state_up 2).'
      : 'admin_state_up must be 0 or false (stopped) or 1 or true (running).',
});

const SECURITY_GROUP_RE = /^[A-Za-z0-9-]{1,200}$/;

export const classicLoadBalancerFields = {
  name: classicName,
  description: classicDescription,
  vpc_id: z.string('Select a VPC.').min(1, 'Select a VPC.'),
  type: z.enum(classicLoadBalancerTypes, 'The network type must be External or Internal.'),
  bandwidth: classicBandwidth,
  admin_state_up: classicUserAdminState,
  vip_subnet_id: z.string('Select a subnet.').min(1, 'Select a subnet.'),
  security_group_id: z
    .string('Select a security group.')
    .regex(SECURITY_GROUP_RE, 'The security group ID must be 1 to 200 characters: letters, digits and hyphens (-).'),
  tenantId: projectId,
  az: z.string('Select an AZ.').min(1, 'Select an AZ.'),
  vip_address: ipv4Address,
  /** The only documented value; blank also means billing by traffic. */
  charge_mode: z.literal(['traffic', ''], 'The charge mode can only be traffic.'),
  /** Reserved. */
  eip_type: z.string(),
};

const f = classicLoadBalancerFields;

/**
 * POST /v1.0/{project_id}/elbaas/loadbalancers (creating_a_load_balancer.rst).
 * External: `bandwidth` is required unless `vip_address` names an existing EIP, in which case
 * bandwidth, charge_mode and eip_type are invalid and refused. Internal: `vip_subnet_id`,
 * `security_group_id` and `tenantId` are required. `az` is invalid for External and refused.
 */
export const createClassicLoadBalancerRequest = z
  .object({
    name: f.name,
    description: f.description.optional(),
    vpc_id: f.vpc_id,
    type: f.type,
    bandwidth: f.bandwidth.optional(),
    admin_state_up: f.admin_state_up,
    vip_subnet_id: f.vip_subnet_id.optional(),
    az: f.az.optional(),
    charge_mode: f.charge_mode.optional(),
    eip_type: f.eip_type.optional(),
    security_group_id: f.security_group_id.optional(),
    vip_address: f.vip_address.optional(),
    tenantId: f.tenantId.optional(),
  })
  .superRefine((body, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (body.type === 'External') {
      if (body.vip_address === undefined) {
        if (body.bandwidth === undefined) issue('bandwidth', 'Enter the bandwidth of the public load balancer.');
      } else {
        const eipOnly = 'is not used when an existing EIP (vip_address) is chosen.';
        if (body.bandwidth !== undefined) issue('bandwidth', `The bandwidth ${eipOnly}`);
        if (body.charge_mode !== undefined) issue('charge_mode', `The charge mode ${eipOnly}`);
        if (body.eip_type !== undefined) issue('eip_type', `The EIP type ${eipOnly}`);
      }
      if (body.az !== undefined) issue('az', 'An AZ can be chosen only for a private (Internal) load balancer.');
    }
    if (body.type === 'Internal') {
      if (body.vip_subnet_id === undefined) issue('vip_subnet_id', 'Select a subnet for the private load balancer.');
      if (body.security_group_id === undefined) {
        issue('security_group_id', 'Select a security group for the private load balancer.');
      }
      if (body.tenantId === undefined)
        issue('tenantId', 'tenantId (the project ID) is required for a private load balancer.');
    }
  });
export type CreateClassicLoadBalancerRequest = z.infer<typeof createClassicLoadBalancerRequest>;

/** PUT /v1.0/{project_id}/elbaas/loadbalancers/{id} (modifying_a_load_balancer.rst); enable/disable is `admin_state_up`. */
export const updateClassicLoadBalancerRequest = z
  .object({
    name: f.name.optional(),
    description: f.description.optional(),
    bandwidth: f.bandwidth.optional(),
    admin_state_up: f.admin_state_up.optional(),
  })
  .refine(
    (body) => Object.values(body).some((value) => value !== undefined),
    'The request must change at least one field.',
  );
export type UpdateClassicLoadBalancerRequest = z.infer<typeof updateClassicLoadBalancerRequest>;

/** Why a classic load balancer refuses writes now (the API answers ELB.1015), apart from a job it runs. */
export type ClassicLbLock = 'frozen' | 'creating' | 'error';

/**
 * The state that locks a classic load balancer — its own changes and those of its listeners, health
 * checks and backend ECSs: frozen by an administrator, still being created, or failed to be created
 * (an ERROR one can still be deleted). Undefined when it accepts writes.
 */
export function classicLbLock(lb: Pick<ClassicLoadBalancer, 'admin_state_up' | 'status'>): ClassicLbLock | undefined {
  if (lb.admin_state_up === CLASSIC_ADMIN_STATE.frozen) return 'frozen';
  if (lb.status === 'PENDING_CREATE') return 'creating';
  return lb.status === 'ERROR' ? 'error' : undefined;
}

/** Only a public (External) load balancer can be deleted while keeping its EIP (deleting_a_public_network_load_balancer.rst). */
export function canDeleteClassicKeepingEip(lb: Pick<ClassicLoadBalancer, 'type' | 'vip_address'>): boolean {
  // A public load balancer whose create job failed for want of an EIP has none to keep.
  return lb.type === 'External' && lb.vip_address !== '';
}
