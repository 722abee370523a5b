/**
 * The ECS picker of "Add Backend Servers": servers of the load balancer's VPC with the
 * primary-NIC IPv4 address and the Neutron subnet that contains it (FEATURES §5.1, §5.3),
 * the per-row port and weight rules from the contract, and each picked row as a batch entry.
 */
import { z } from 'zod';
import { primaryIpv4, serverMatches, serversInVpc, type Server } from '../../../../contract/ecs/servers';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import {
  memberEndpointConflict,
  memberEndpointConflictMessage,
  memberFields,
  type MemberEndpoint,
} from '../../../../contract/elb-v2/members';
import type { Subnet } from '../../../../contract/vpc/vpcs';
import { cidrContains } from '../../../../contract/wire';
import type { BatchMember } from './batches';

/** Why a server cannot be picked at all, whatever the port. */
export type PickerBlock = 'noIp' | 'noSubnet';

export interface PickerServer {
  server: Server;
  /** Primary NIC IPv4 address. */
  ip?: string;
  /** The subnet of the VPC that contains `ip`; its Neutron ID is the member's `subnet_id`. */
  subnet?: Subnet;
  block?: PickerBlock;
}

/** The VPC of a load balancer: `vip_subnet_id` is a Neutron subnet ID (FEATURES §3.3). */
export function loadBalancerVpcId(lb: Pick<LoadBalancer, 'vip_subnet_id'>, subnets: readonly Subnet[]) {
  return subnets.find((subnet) => subnet.neutron_subnet_id === lb.vip_subnet_id)?.vpc_id;
}

export function subnetContaining(ip: string, subnets: readonly Subnet[]): Subnet | undefined {
  return subnets.find((subnet) => cidrContains(subnet.cidr, ip));
}

/** Servers of the VPC (`metadata.vpc_id`), by name, each with its address and subnet, or why it cannot be used. */
export function pickerServers(servers: readonly Server[], vpcId: string, subnets: readonly Subnet[]): PickerServer[] {
  const inVpc = subnets.filter((subnet) => subnet.vpc_id === vpcId);
  return serversInVpc(servers, vpcId).map((server) => {
    const ip = primaryIpv4(server);
    if (ip === undefined) return { server, block: 'noIp' as const };
    const subnet = subnetContaining(ip, inVpc);
    return subnet ? { server, ip, subnet } : { server, ip, block: 'noSubnet' as const };
  });
}

export function searchPicker(rows: readonly PickerServer[], text: string): PickerServer[] {
  return rows.filter((row) => serverMatches(row.server, row.ip, text));
}

/** The member of the group already on this server's address and port, if any. */
export function pickerConflict<T extends MemberEndpoint>(
  row: PickerServer,
  port: number | null,
  existing: readonly T[],
): T | undefined {
  if (row.ip === undefined || port === null) return undefined;
  return memberEndpointConflict(existing, { address: row.ip, protocol_port: port });
}

export function toBatchMember(row: PickerServer, port: number, weight: number): BatchMember {
  if (row.ip === undefined || row.subnet === undefined) {
    throw new Error(`Server ${row.server.id} has no usable address in the load balancer's VPC.`);
  }
  return {
    name: row.server.name,
    address: row.ip,
    protocol_port: port,
    subnet_id: row.subnet.neutron_subnet_id,
    weight,
  };
}

export interface PickerRowValue {
  selected: boolean;
  port: number | null;
  weight: number | null;
}

export interface PickerValues {
  rows: Record<string, PickerRowValue>;
}

export function defaultPickerValues(rows: readonly PickerServer[], port: number | null, weight: number): PickerValues {
  return {
    rows: Object.fromEntries(rows.map((row) => [row.server.id, { selected: false, port, weight }])),
  };
}

const firstMessage = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

/** Port and weight rules of the contract for each picked row, and no second server on a used address + port. */
export function pickerSchema(rows: readonly PickerServer[], existing: readonly MemberEndpoint[]) {
  const byId = new Map(rows.map((row) => [row.server.id, row]));
  const rowValue = z.object({ selected: z.boolean(), port: z.number().nullable(), weight: z.number().nullable() });
  return z.object({ rows: z.record(z.string(), rowValue) }).superRefine((values, ctx) => {
    for (const [id, value] of Object.entries(values.rows)) {
      const row = byId.get(id);
      if (!value.selected || row === undefined) continue;
      const portIssue = firstMessage(memberFields.protocol_port, value.port);
      const conflict = portIssue === undefined ? pickerConflict(row, value.port, existing) : undefined;
      const message =
        portIssue ??
        (conflict ? memberEndpointConflictMessage({ address: row.ip!, protocol_port: value.port! }) : undefined);
      if (message) ctx.addIssue({ code: 'custom', path: ['rows', id, 'port'], message });
      const weightIssue = firstMessage(memberFields.weight, value.weight);
      if (weightIssue) ctx.addIssue({ code: 'custom', path: ['rows', id, 'weight'], message: weightIssue });
    }
  });
}

/** The picked rows, in the picker's order, as batch entries (call after `pickerSchema` passed). */
export function pickedMembers(rows: readonly PickerServer[], values: PickerValues): BatchMember[] {
  return rows.flatMap((row) => {
    const value = values.rows[row.server.id];
    if (!value?.selected || value.port === null || value.weight === null) return [];
    return [toBatchMember(row, value.port, value.weight)];
  });
}
