/**
 * ELB v2.0 load balancers (api/elb/v2.0/load_balancer/*.rst).
 * Responses are wrapped: `{ loadbalancer: {...} }`, lists `{ loadbalancers: [...], loadbalancers_links }`.
 */
import { z } from 'zod';
import { description255, ipv4Address, name255, type PageLink } from '../common';

export { loadBalancerPaths } from './paths';

/** Provisioning status. The API reserves it (ACTIVE), the service passes through PENDING_* briefly on writes. */
export type ProvisioningStatus = 'ACTIVE' | 'PENDING_CREATE' | 'PENDING_UPDATE' | 'PENDING_DELETE' | 'ERROR';
/** Load balancer operating status; DEGRADED and DISABLED come from the status tree. */
export type LoadBalancerOperatingStatus = 'ONLINE' | 'DEGRADED' | 'DISABLED' | 'OFFLINE';

export interface IdRef {
  id: string;
}

export interface LoadBalancer {
  id: string;
  tenant_id: string;
  name: string;
  description: string;
  vip_subnet_id: string;
  vip_port_id: string;
  vip_address: string;
  provider: 'vlb';
  provisioning_status: ProvisioningStatus;
  operating_status: LoadBalancerOperatingStatus;
  admin_state_up: boolean;
  listeners: IdRef[];
  pools: IdRef[];
  /** Tags as `key=value` strings, as the v2.0 body returns them. */
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface LoadBalancerResponse {
  loadbalancer: LoadBalancer;
}

export interface LoadBalancerListResponse {
  loadbalancers: LoadBalancer[];
  loadbalancers_links?: PageLink[];
}

/** Exact-match filters of GET /v2.0/lbaas/loadbalancers (querying_load_balancers.rst). */
export const loadBalancerFilterKeys = [
  'id',
  'name',
  'description',
  'tenant_id',
  'operating_status',
  'provisioning_status',
  'admin_state_up',
  'vip_address',
  'vip_port_id',
  'vip_subnet_id',
  'vpc_id',
  'member_address',
  'member_device_id',
] as const;
export type LoadBalancerFilterKey = (typeof loadBalancerFilterKeys)[number];

/** Fields a list can be sorted by. */
export const loadBalancerSortKeys = [
  'id',
  'name',
  'vip_address',
  'created_at',
  'updated_at',
  'provisioning_status',
  'operating_status',
] as const;

const vipAddress = ipv4Address.max(64, 'The private IP address can contain at most 64 characters.');

export const loadBalancerFields = {
  name: name255,
  description: description255,
  vip_subnet_id: z.string().min(1, 'Select a subnet.'),
  vip_address: vipAddress,
};

/** POST /v2.0/lbaas/loadbalancers (creating_a_load_balancer.rst). */
export const createLoadBalancerRequest = z.object({
  loadbalancer: z.object({
    name: loadBalancerFields.name.optional(),
    description: loadBalancerFields.description.optional(),
    tenant_id: z.string().max(255).optional(),
    vip_subnet_id: loadBalancerFields.vip_subnet_id,
    vip_address: vipAddress.optional(),
    provider: z.literal('vlb', 'The provider can only be vlb.').optional(),
    admin_state_up: z.literal(true, 'admin_state_up can only be true when a load balancer is created.').optional(),
  }),
});
export type CreateLoadBalancerRequest = z.infer<typeof createLoadBalancerRequest>;

/**
 * PUT /v2.0/lbaas/loadbalancers/{id}. Name and description are documented; admin_state_up
 * is accepted so a load balancer can be disabled (the status tree then reports DISABLED).
 */
export const updateLoadBalancerRequest = z.object({
  loadbalancer: z
    .object({
      name: loadBalancerFields.name.optional(),
      description: loadBalancerFields.description.optional(),
      admin_state_up: z.boolean('admin_state_up must be true or false.').optional(),
    })
    .refine((body) => Object.keys(body).length > 0, 'The request must change at least one field.'),
});
export type UpdateLoadBalancerRequest = z.infer<typeof updateLoadBalancerRequest>;
