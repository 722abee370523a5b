/**
 * VPC v1 VPCs and subnets (api/vpc/virtual_private_cloud/querying_vpcs.rst, api/vpc/subnet/querying_subnets.rst),
 * and the EIP paths, kept in this zod-free module for the console's first screen.
 */

export const vpcPaths = {
  vpcs: '/v1/:project_id/vpcs',
  vpc: '/v1/:project_id/vpcs/:vpc_id',
  subnets: '/v1/:project_id/subnets',
  subnet: '/v1/:project_id/subnets/:subnet_id',
} as const;

export const publicIpPaths = {
  list: '/v1/:project_id/publicips',
  item: '/v1/:project_id/publicips/:publicip_id',
} as const;

export interface Vpc {
  id: string;
  name: string;
  description: string;
  cidr: string;
  status: 'CREATING' | 'OK' | 'ERROR';
  enterprise_project_id: string;
  routes: { destination: string; nexthop: string }[];
  enable_shared_snat: boolean;
  tenant_id: string;
  created_at: string;
  updated_at: string;
}

export interface VpcListResponse {
  vpcs: Vpc[];
}

export interface Subnet {
  id: string;
  name: string;
  description: string;
  cidr: string;
  gateway_ip: string;
  status: 'ACTIVE' | 'UNKNOWN' | 'ERROR';
  vpc_id: string;
  ipv6_enable: boolean;
  dhcp_enable: boolean;
  primary_dns: string;
  secondary_dns: string;
  dnsList: string[];
  availability_zone: string;
  neutron_network_id: string;
  /**
   * The ID ELB v2.0 calls `vip_subnet_id` and a member's `subnet_id` (FEATURES §3.3, assumption
   * recorded there: the VPC v1 API exposes the Neutron IPv4 subnet ID under this name).
   */
  neutron_subnet_id: string;
  tenant_id: string;
  created_at: string;
  updated_at: string;
}

export interface SubnetListResponse {
  subnets: Subnet[];
}

/** `limit` (0–2000, default 2000) and `marker` work on every VPC v1 list. */
export interface VpcPageQuery {
  limit?: number;
  marker?: string;
}
