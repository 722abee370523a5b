/**
 * POST /v1.0/{project_id}/elbaas/loadbalancers (creating_a_load_balancer.rst). The row appears at once
 * as PENDING_CREATE; the createELB job makes it ACTIVE. A public load balancer gets a new EIP from the
 * VPC service, or binds an existing unbound one (`vip_address`). When a new EIP is needed and the
 * project's EIP quota is used up, the job FAILs with ELB.3001 and the load balancer shows ERROR.
 */
import { cidrContains, cidrRange, intToIpv4, ipv4ToInt } from '../../../contract/common';
import {
  createClassicLoadBalancerRequest,
  toClassicAdminState,
  type ClassicLoadBalancer,
  type CreateClassicLoadBalancerRequest,
} from '../../../contract/elb-classic/load-balancers';
import { toClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import { DEFAULT_PUBLICIP_TYPE, type PublicIp } from '../../../contract/vpc/publicips';
import type { Subnet, Vpc } from '../../../contract/vpc/vpcs';
import { elbFaults, type ApiFault } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type RouteContext, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ClassicJobRow } from '../../store/tables';
import { isWithinQuota, newId } from '../context';
import { nextPublicAddress, vpcTime } from '../vpc/publicips';
import { classicFaults } from './faults';
import { toJobLoadBalancer } from './job-effects';
import { startClassicJob } from './jobs';
import { classicId } from './writes';

/** The documented code of each field (error_codes.rst); any other field answers ELB.1001. */
const fieldFaults: Record<string, (detail: string) => ApiFault> = {
  name: classicFaults.name,
  description: classicFaults.description,
  type: classicFaults.type,
  bandwidth: classicFaults.bandwidth,
  vip_subnet_id: classicFaults.noVipNorSubnet,
  vip_address: classicFaults.vipAddress,
  vpc_id: classicFaults.vpc,
};
const createFault = (message: string, path: readonly PropertyKey[]) =>
  (fieldFaults[String(path[0])] ?? classicFaults.invalid)(message);

const EIP_QUOTA_FAILURE = {
  status: 'FAIL',
  error_code: 'ELB.3001',
  fail_reason: 'Create floating IP failed: the EIP quota of the project is used up.',
} as const satisfies ClassicJobRow['outcome'];

interface Placement {
  vip_address: string;
  bandwidth: number | null;
  outcome: ClassicJobRow['outcome'];
}

/** Addresses taken in the subnet: ports (servers, enhanced load balancers) and private classic load balancers. */
function addressesInUse(tx: ReadTx): Set<string> {
  return new Set([
    ...tx.all('ports').map((port) => port.fixed_ip),
    ...tx
      .all('classicLoadbalancers')
      .filter((lb) => lb.type === 'Internal')
      .map((lb) => lb.vip_address),
  ]);
}

function isUsableAddress(subnet: Subnet, address: string): boolean {
  const { first, last } = cidrRange(subnet.cidr);
  const value = ipv4ToInt(address);
  return cidrContains(subnet.cidr, address) && value !== first && value !== last && address !== subnet.gateway_ip;
}

function privateAddress(tx: ReadTx, subnet: Subnet, requested: string | undefined): string {
  const used = addressesInUse(tx);
  if (requested !== undefined) {
    if (!isUsableAddress(subnet, requested)) {
      throw classicFaults.vipAddress(`${requested} is not a usable address of subnet ${subnet.name} (${subnet.cidr}).`);
    }
    if (used.has(requested)) throw classicFaults.vipInUse(`${requested} is already used in subnet ${subnet.name}.`);
    return requested;
  }
  const { first, last } = cidrRange(subnet.cidr);
  for (let value = first + 2; value < last; value += 1) {
    const address = intToIpv4(value);
    if (address !== subnet.gateway_ip && !used.has(address)) return address;
  }
  throw classicFaults.vipAddress(`No free IP address is left in subnet ${subnet.name} (${subnet.cidr}).`);
}

/** Internal: a private address of a subnet of the VPC, with a port so no one else takes it. */
function placeInternal(tx: WriteTx, body: CreateClassicLoadBalancerRequest, vpc: Vpc, lbId: string): Placement {
  const subnetId = body.vip_subnet_id!;
  const subnet = tx.all('subnets').find((item) => item.id === subnetId || item.neutron_subnet_id === subnetId);
  if (!subnet) throw classicFaults.querySubnet(`Subnet ${subnetId} does not exist.`);
  if (subnet.vpc_id !== vpc.id) throw classicFaults.querySubnet(`Subnet ${subnet.name} is not in VPC ${vpc.name}.`);
  const address = privateAddress(tx, subnet, body.vip_address);
  tx.put('ports', {
    id: newId(tx),
    subnet_id: subnet.neutron_subnet_id,
    fixed_ip: address,
    device_owner: 'neutron:LOADBALANCER',
    device_id: lbId,
  });
  return { vip_address: address, bandwidth: null, outcome: { status: 'SUCCESS' } };
}

/** An EIP bound to a classic load balancer names the load balancer as its port: it has no port of its own. */
const bindTo = (eip: PublicIp, lbId: string): PublicIp => ({ ...eip, status: 'ACTIVE', port_id: lbId });

/** External: an existing unbound EIP of the project, or a new one (which fails when the EIP quota is used up). */
function placeExternal(
  ctx: RouteContext,
  tx: WriteTx,
  body: CreateClassicLoadBalancerRequest,
  lbId: string,
): Placement {
  if (body.vip_address !== undefined) {
    const eip = tx.all('publicips').find((item) => item.public_ip_address === body.vip_address);
    if (!eip) throw classicFaults.vipAddress(`The project has no EIP ${body.vip_address}.`);
    if (eip.status !== 'DOWN' || eip.port_id) throw classicFaults.vipInUse(`EIP ${body.vip_address} is already bound.`);
    tx.put('publicips', bindTo(eip, lbId));
    return { vip_address: eip.public_ip_address, bandwidth: eip.bandwidth_size, outcome: { status: 'SUCCESS' } };
  }
  const bandwidth = body.bandwidth!;
  if (!isWithinQuota(tx, 'publicip', tx.all('publicips').length)) {
    return { vip_address: '', bandwidth, outcome: EIP_QUOTA_FAILURE };
  }
  const eip: PublicIp = {
    id: newId(tx),
    status: 'DOWN',
    type: DEFAULT_PUBLICIP_TYPE,
    public_ip_address: nextPublicAddress(tx),
    ip_version: 4,
    tenant_id: ctx.projectId,
    create_time: vpcTime(ctx.clock.now()),
    bandwidth_id: newId(tx),
    bandwidth_size: bandwidth,
    bandwidth_share_type: 'PER',
    bandwidth_name: `bandwidth-${body.name}`,
    enterprise_project_id: '0',
  };
  tx.put('publicips', bindTo(eip, lbId));
  return { vip_address: eip.public_ip_address, bandwidth, outcome: { status: 'SUCCESS' } };
}

export function createClassicLoadBalancer(ctx: RouteContext, tx: WriteTx): WriteResult {
  const body = parseBody(createClassicLoadBalancerRequest, ctx.body, createFault);
  if (body.tenantId !== undefined && body.tenantId !== ctx.projectId) throw elbFaults.tenantMismatch();
  const vpc = tx.get('vpcs', body.vpc_id);
  if (!vpc) throw classicFaults.queryVpc(`VPC ${body.vpc_id} does not exist.`);
  if (!isWithinQuota(tx, 'elb', tx.all('classicLoadbalancers').length)) throw classicFaults.lbQuota();
  const id = classicId(tx);
  const placement = body.type === 'Internal' ? placeInternal(tx, body, vpc, id) : placeExternal(ctx, tx, body, id);
  const now = toClassicTimestamp(ctx.clock.now());
  const lb: ClassicLoadBalancer = {
    id,
    name: body.name,
    description: body.description ?? null,
    status: 'PENDING_CREATE',
    type: body.type,
    vip_address: placement.vip_address,
    bandwidth: placement.bandwidth,
    vpc_id: vpc.id,
    admin_state_up: toClassicAdminState(body.admin_state_up),
    vip_subnet_id: body.type === 'Internal' ? (body.vip_subnet_id ?? null) : null,
    security_group_id: body.type === 'Internal' ? (body.security_group_id ?? null) : null,
    create_time: now,
    update_time: now,
  };
  tx.put('classicLoadbalancers', lb);
  const reply = startClassicJob(tx, ctx, {
    job_type: 'createELB',
    effect: { kind: 'createLb', loadbalancer_id: id },
    outcome: placement.outcome,
    entities: { elb: toJobLoadBalancer(lb, ctx.projectId) },
  });
  return { ...reply, audit: auditOf(lb) };
}
