/** VPC v1 elastic IPs (api/vpc/eip/*.rst). */
import { z } from 'zod';

export { publicIpPaths } from './vpcs';

export type PublicIpStatus =
  | 'FREEZED'
  | 'BIND_ERROR'
  | 'BINDING'
  | 'PENDING_DELETE'
  | 'PENDING_CREATE'
  | 'PENDING_UPDATE'
  | 'NOTIFYING'
  | 'NOTIFY_DELETE'
  | 'DOWN'
  | 'ACTIVE'
  | 'ELB'
  | 'VPN'
  | 'ERROR';

/** EIP types per region (assigning_an_eip.rst); 5_gray is no longer assignable in eu-de (FEATURES §3.3). */
export const publicIpTypesByRegion: Record<string, readonly string[]> = {
  'eu-de': ['5_bgp', '5_mailbgp', '5_dualStack'],
  'eu-nl': ['5_bgp', '5_mailbgp', '5_dualStack'],
};
export const DEFAULT_PUBLICIP_TYPE = '5_bgp';

export interface PublicIp {
  id: string;
  status: PublicIpStatus;
  type: string;
  public_ip_address: string;
  private_ip_address?: string;
  ip_version: 4 | 6;
  /** Present only while the EIP is bound to a port (an LB's `vip_port_id`, for example). */
  port_id?: string;
  tenant_id: string;
  create_time: string;
  bandwidth_id: string;
  bandwidth_size: number;
  bandwidth_share_type: 'PER' | 'WHOLE';
  bandwidth_name: string;
  alias?: string;
  enterprise_project_id: string;
  tags?: string[];
}

export interface PublicIpResponse {
  publicip: PublicIp;
}

export interface PublicIpListResponse {
  publicips: PublicIp[];
}

/** Default bandwidth range for a new EIP (region-configurable; FEATURES §0.5 and C3). */
export const BANDWIDTH_MIN = 1;
export const BANDWIDTH_MAX = 1000;

/**
 * Increments the console enforces on a new EIP's bandwidth: step 1 up to 300,
 * 50 from 301 to 1000, 500 above 1000 (FEATURES §3.3).
 */
export function bandwidthStep(size: number): number {
  if (size <= 300) return 1;
  if (size <= 1000) return 50;
  return 500;
}

export const bandwidthSize = z
  .number({ error: 'Enter the bandwidth in Mbit/s.' })
  .int('The bandwidth must be a whole number of Mbit/s.')
  .min(BANDWIDTH_MIN, `The bandwidth must be ${BANDWIDTH_MIN} to ${BANDWIDTH_MAX} Mbit/s.`)
  .max(BANDWIDTH_MAX, `The bandwidth must be ${BANDWIDTH_MIN} to ${BANDWIDTH_MAX} Mbit/s.`)
  .refine(
    (size) => size <= 300 || size % bandwidthStep(size) === 0,
    'Above 300 Mbit/s the bandwidth goes in steps of 50 Mbit/s (500 above 1000).',
  );

export const bandwidthName = z
  .string()
  .min(1, 'The bandwidth name must be 1 to 64 characters.')
  .max(64, 'The bandwidth name must be 1 to 64 characters.')
  .regex(
    /^[A-Za-z0-9_.-]+$/,
    'The bandwidth name can contain only letters, digits, underscores (_), hyphens (-) and periods (.).',
  );

export const publicIpAlias = z
  .string()
  .max(64, 'The EIP name can contain at most 64 characters.')
  .regex(
    /^[A-Za-z0-9_.-]*$/,
    'The EIP name can contain only letters, digits, underscores (_), hyphens (-) and periods (.).',
  );

export const publicIpFields = { bandwidthSize, bandwidthName, alias: publicIpAlias };

/** POST /v1/{project_id}/publicips */
export const assignPublicIpRequest = z.object({
  publicip: z.object({
    type: z.string().min(1, 'Select an EIP type.'),
    ip_version: z.literal(4, 'Only IPv4 EIPs can be assigned.').optional(),
    ip_address: z.string().optional(),
    alias: publicIpAlias.optional(),
  }),
  bandwidth: z.object({
    name: bandwidthName,
    size: bandwidthSize,
    share_type: z.literal('PER', 'The bandwidth share type must be PER (dedicated).'),
    charge_mode: z.literal('traffic', 'The charge mode can only be traffic.').optional(),
  }),
});
export type AssignPublicIpRequest = z.infer<typeof assignPublicIpRequest>;

/**
 * PUT /v1/{project_id}/publicips/{id}: `port_id` binds the EIP; omitting it or sending ''
 * unbinds (updating_an_eip.rst).
 */
export const updatePublicIpRequest = z.object({
  publicip: z.object({
    port_id: z.string().optional(),
    alias: publicIpAlias.optional(),
  }),
});
export type UpdatePublicIpRequest = z.infer<typeof updatePublicIpRequest>;
