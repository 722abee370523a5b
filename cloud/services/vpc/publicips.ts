/** Elastic IPs: list, show, assign, bind/unbind to a port, release (api/vpc/eip/*.rst). */
import {
  assignPublicIpRequest,
  publicIpPaths,
  publicIpTypesByRegion,
  updatePublicIpRequest,
  type PublicIp,
} from '../../../contract/vpc/publicips';
import { intToIpv4, isIpv4 } from '../../../contract/common';
import { parseBody } from '../../http/request';
import type { Route, RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import { isWithinQuota, newId } from '../context';
import { vpcFaults } from './faults';
import { vpcPage } from './paging';

/** VPC timestamps: `yyyy-MM-dd HH:mm:ss` UTC. */
export const vpcTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

const TRACE = { service: 'VPC', resourceType: 'publicip' } as const;

function load(ctx: RouteContext, tx: ReadTx): PublicIp {
  const eip = tx.get('publicips', ctx.params.publicip_id!);
  if (!eip) throw vpcFaults.notFound('EIP', ctx.params.publicip_id!);
  return eip;
}

/** The next unused address of the documentation range the scenario's EIPs come from. */
export function nextPublicAddress(tx: ReadTx): string {
  const used = new Set(tx.all('publicips').map((eip) => eip.public_ip_address));
  // 80.158.0.0/16: the shape of public addresses in eu-de; counted up deterministically.
  for (let host = 10; host < 65535; host += 1) {
    const address = intToIpv4(0x509e0000 + host);
    if (!used.has(address)) return address;
  }
  throw vpcFaults.quota();
}

function assign(ctx: RouteContext, tx: WriteTx) {
  const { publicip, bandwidth } = parseBody(assignPublicIpRequest, ctx.body, vpcFaults.invalid);
  const allowed = publicIpTypesByRegion[ctx.settings.region] ?? publicIpTypesByRegion['eu-de']!;
  if (!allowed.includes(publicip.type)) {
    throw vpcFaults.invalid(`Invalid publicip[type]: ${publicip.type} is not available in ${ctx.settings.region}.`);
  }
  if (!isWithinQuota(tx, 'publicip', tx.all('publicips').length)) throw vpcFaults.quota();
  // A requested address must be an IPv4 address no other EIP has: addresses identify EIPs.
  if (publicip.ip_address !== undefined) {
    if (!isIpv4(publicip.ip_address)) {
      throw vpcFaults.invalid(`Invalid publicip[ip_address]: ${publicip.ip_address} is not an IPv4 address.`);
    }
    if (tx.all('publicips').some((other) => other.public_ip_address === publicip.ip_address)) {
      throw vpcFaults.addressInUse(publicip.ip_address);
    }
  }
  const eip: PublicIp = {
    id: newId(tx),
    status: 'DOWN',
    type: publicip.type,
    public_ip_address: publicip.ip_address ?? nextPublicAddress(tx),
    ip_version: 4,
    tenant_id: ctx.projectId,
    create_time: vpcTime(ctx.clock.now()),
    bandwidth_id: newId(tx),
    bandwidth_size: bandwidth.size,
    bandwidth_share_type: 'PER',
    bandwidth_name: bandwidth.name,
    enterprise_project_id: '0',
    ...(publicip.alias ? { alias: publicip.alias } : {}),
  };
  tx.put('publicips', eip);
  return { status: 200, body: { publicip: eip }, audit: { resourceId: eip.id, resourceName: eip.public_ip_address } };
}

/** `port_id` binds; an absent or empty `port_id` unbinds (updating_an_eip.rst). */
function update(ctx: RouteContext, tx: WriteTx) {
  const eip = load(ctx, tx);
  const { publicip } = parseBody(updatePublicIpRequest, ctx.body, vpcFaults.invalid);
  const { port_id: _previousPort, private_ip_address: _previousIp, ...unbound } = eip;
  let next: PublicIp = {
    ...unbound,
    status: 'DOWN',
    ...(publicip.alias !== undefined ? { alias: publicip.alias } : {}),
  };
  if (publicip.port_id) {
    const port = tx.get('ports', publicip.port_id);
    if (!port) throw vpcFaults.portNotFound(publicip.port_id);
    if (eip.port_id && eip.port_id !== port.id) throw vpcFaults.eipBound(eip.id);
    const holder = tx.all('publicips').find((other) => other.port_id === port.id && other.id !== eip.id);
    if (holder) throw vpcFaults.portHasEip(port.id);
    next = { ...next, status: 'ACTIVE', port_id: port.id, private_ip_address: port.fixed_ip };
  }
  tx.put('publicips', next);
  return { status: 200, body: { publicip: next }, audit: { resourceId: eip.id, resourceName: eip.public_ip_address } };
}

function release(ctx: RouteContext, tx: WriteTx) {
  const eip = load(ctx, tx);
  if (eip.port_id) throw vpcFaults.eipBound(eip.id);
  tx.delete('publicips', eip.id);
  return { status: 204, audit: { resourceId: eip.id, resourceName: eip.public_ip_address } };
}

export const publicIpRoutes: Route[] = [
  {
    method: 'GET',
    path: publicIpPaths.list,
    family: 'vpc',
    handle(ctx, tx) {
      return { status: 200, body: { publicips: vpcPage(tx.all('publicips'), ctx, 'EIP') } };
    },
  },
  {
    method: 'POST',
    path: publicIpPaths.list,
    family: 'vpc',
    trace: { ...TRACE, name: 'createPublicip' },
    handle: assign,
  },
  {
    method: 'GET',
    path: publicIpPaths.item,
    family: 'vpc',
    handle: (ctx, tx) => ({ status: 200, body: { publicip: load(ctx, tx) } }),
  },
  {
    method: 'PUT',
    path: publicIpPaths.item,
    family: 'vpc',
    trace: { ...TRACE, name: 'updatePublicip' },
    handle: update,
  },
  {
    method: 'DELETE',
    path: publicIpPaths.item,
    family: 'vpc',
    trace: { ...TRACE, name: 'deletePublicip' },
    handle: release,
  },
];
