/** ELB v2.0 load balancers: list, create, show, update, delete (api/elb/v2.0/load_balancer/*.rst). */
import { cidrContains, ipv4ToInt, intToIpv4, cidrRange } from '../../../contract/common';
import {
  createLoadBalancerRequest,
  loadBalancerFilterKeys,
  loadBalancerPaths,
  loadBalancerSortKeys,
  updateLoadBalancerRequest,
} from '../../../contract/elb-v2/load-balancers';
import { formatTagString } from '../../../contract/elb-v2/tags';
import { elbFaults } from '../../http/fault';
import { applyFilters, applySort, paginate } from '../../http/paging';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { Clock } from '../../clock';
import type { ReadTx, WriteTx } from '../../store/store';
import type { LoadBalancerRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId, timestamp } from '../context';
import { toLoadBalancer } from './load-balancer-view';
import { assertActive, pendingWindow, provisioningStatus } from './provisioning';
import { membersOfLoadBalancer, relations, type Relations } from './relations';

const TRACE = { service: 'ELB', resourceType: 'loadbalancer' } as const;

function subnetOf(tx: ReadTx, neutronSubnetId: string) {
  return tx.all('subnets').find((subnet) => subnet.neutron_subnet_id === neutronSubnetId);
}

/**
 * Reads a filter or sort field straight from a row, deriving what rows do not store
 * (vpc_id, member_address, member_device_id, statuses), so only the page is turned
 * into wire objects.
 */
function fieldReader(tx: ReadTx, rel: Relations, clock: Clock) {
  const vpcBySubnet = new Map(tx.all('subnets').map((subnet) => [subnet.neutron_subnet_id, subnet.vpc_id]));
  return (lb: LoadBalancerRow, key: string): unknown => {
    switch (key) {
      case 'provisioning_status':
        return provisioningStatus(lb.pending, clock);
      case 'operating_status':
        return 'ONLINE';
      case 'tags':
        return lb.tags.map(formatTagString);
      case 'vpc_id':
        return vpcBySubnet.get(lb.vip_subnet_id);
      case 'member_address':
        return membersOfLoadBalancer(rel, lb.id).map((member) => member.address);
      case 'member_device_id':
        return membersOfLoadBalancer(rel, lb.id).flatMap((member) => rel.serversByIp.get(member.address)?.id ?? []);
      default:
        return (lb as unknown as Record<string, unknown>)[key];
    }
  };
}

/** The first free address of a subnet, skipping network, gateway and broadcast addresses. */
function allocateAddress(tx: ReadTx, cidr: string, gateway: string): string {
  const used = new Set(tx.all('ports').map((port) => port.fixed_ip));
  const { first, last } = cidrRange(cidr);
  for (let value = first + 2; value < last; value += 1) {
    const ip = intToIpv4(value);
    if (ip !== gateway && !used.has(ip)) return ip;
  }
  throw elbFaults.conflict(`No free IP address is left in subnet ${cidr}.`);
}

function list(ctx: RouteContext, tx: ReadTx) {
  const rel = relations(tx);
  const read = fieldReader(tx, rel, ctx.clock);
  const filtered = applyFilters(tx.all('loadbalancers'), ctx.query, loadBalancerFilterKeys, read);
  const sorted = applySort(filtered, ctx.query, loadBalancerSortKeys, read);
  const page = paginate(sorted, ctx.url, 'loadbalancer');
  return {
    status: 200,
    body: {
      loadbalancers: page.items.map((row) => toLoadBalancer(row, rel, ctx.clock)),
      ...(page.links ? { loadbalancers_links: page.links } : {}),
    },
  };
}

function create(ctx: RouteContext, tx: WriteTx) {
  const { loadbalancer: body } = parseBody(createLoadBalancerRequest, ctx.body);
  if (body.tenant_id && body.tenant_id !== ctx.projectId) throw elbFaults.tenantMismatch();
  const subnet = subnetOf(tx, body.vip_subnet_id);
  if (!subnet) throw elbFaults.notFound('subnet', body.vip_subnet_id);
  if (!isWithinQuota(tx, 'loadbalancer', tx.all('loadbalancers').length)) throw elbFaults.lbQuota();

  let address = body.vip_address;
  if (address) {
    const { first, last } = cidrRange(subnet.cidr);
    const value = ipv4ToInt(address);
    if (!cidrContains(subnet.cidr, address) || value === first || value === last || address === subnet.gateway_ip) {
      throw elbFaults.invalid(
        `Invalid loadbalancer[vip_address]: ${address} is not a usable address of subnet ${subnet.cidr}.`,
      );
    }
    if (tx.all('ports').some((port) => port.fixed_ip === address)) throw elbFaults.vipInUse();
  } else {
    address = allocateAddress(tx, subnet.cidr, subnet.gateway_ip);
  }

  const id = newId(tx);
  const portId = newId(tx);
  const now = timestamp(ctx.clock);
  tx.put('ports', {
    id: portId,
    subnet_id: subnet.neutron_subnet_id,
    fixed_ip: address,
    device_owner: 'neutron:LOADBALANCER',
    device_id: id,
  });
  const row: LoadBalancerRow = {
    id,
    tenant_id: ctx.projectId,
    name: body.name ?? '',
    description: body.description ?? '',
    vip_subnet_id: body.vip_subnet_id,
    vip_port_id: portId,
    vip_address: address,
    admin_state_up: true,
    tags: [],
    created_at: now,
    updated_at: now,
    pending: pendingWindow('PENDING_CREATE', ctx.clock, ctx.settings.provisioningDelayMs),
  };
  tx.put('loadbalancers', row);
  return {
    status: 201,
    body: { loadbalancer: toLoadBalancer(row, relations(tx), ctx.clock) },
    audit: { resourceId: id, resourceName: row.name },
  };
}

function show(ctx: RouteContext, tx: ReadTx) {
  const row = mustGet(tx, 'loadbalancers', ctx.params.loadbalancer_id!, 'loadbalancer');
  return { status: 200, body: { loadbalancer: toLoadBalancer(row, relations(tx), ctx.clock) } };
}

function update(ctx: RouteContext, tx: WriteTx) {
  const row = mustGet(tx, 'loadbalancers', ctx.params.loadbalancer_id!, 'loadbalancer');
  const { loadbalancer: body } = parseBody(updateLoadBalancerRequest, ctx.body);
  assertActive('Loadbalancer', row.id, row.pending, ctx.clock);
  const next: LoadBalancerRow = {
    ...row,
    ...body,
    updated_at: timestamp(ctx.clock),
    pending: pendingWindow('PENDING_UPDATE', ctx.clock, ctx.settings.provisioningDelayMs),
  };
  tx.put('loadbalancers', next);
  return {
    status: 200,
    body: { loadbalancer: toLoadBalancer(next, relations(tx), ctx.clock) },
    audit: { resourceId: row.id, resourceName: next.name },
  };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const row = mustGet(tx, 'loadbalancers', ctx.params.loadbalancer_id!, 'loadbalancer');
  assertActive('Loadbalancer', row.id, row.pending, ctx.clock);
  const rel = relations(tx);
  // API: all listeners must be deleted first; a group left behind would be orphaned, so it blocks too.
  const listenerCount = rel.listenersByLb.get(row.id)?.length ?? 0;
  if (listenerCount > 0) {
    throw elbFaults.conflict(`Loadbalancer ${row.id} still has ${listenerCount} listener(s); delete them first.`);
  }
  const poolCount = rel.poolsByLb.get(row.id)?.length ?? 0;
  if (poolCount > 0) {
    throw elbFaults.conflict(
      `Loadbalancer ${row.id} still has ${poolCount} backend server group(s); delete them first.`,
    );
  }
  // The EIP is kept: it is unbound and stays in the account (guide: deleting_a_load_balancer.rst).
  for (const eip of tx.all('publicips')) {
    if (eip.port_id === row.vip_port_id) {
      const { port_id: _unbound, private_ip_address: _ip, ...rest } = eip;
      tx.put('publicips', { ...rest, status: 'DOWN' });
    }
  }
  // Its access logging goes with it; the stream and the lines already written stay in LTS.
  for (const logtank of tx.all('logtanks')) if (logtank.loadbalancer_id === row.id) tx.delete('logtanks', logtank.id);
  tx.delete('ports', row.vip_port_id);
  tx.delete('loadbalancers', row.id);
  return { status: 204, audit: auditOf(row) };
}

export const loadBalancerRoutes: Route[] = [
  { method: 'GET', path: loadBalancerPaths.list, family: 'elb', handle: list },
  {
    method: 'POST',
    path: loadBalancerPaths.list,
    family: 'elb',
    trace: { ...TRACE, name: 'createLoadbalancer' },
    handle: create,
  },
  { method: 'GET', path: loadBalancerPaths.item, family: 'elb', handle: show },
  {
    method: 'PUT',
    path: loadBalancerPaths.item,
    family: 'elb',
    trace: { ...TRACE, name: 'updateLoadbalancer' },
    handle: update,
  },
  {
    method: 'DELETE',
    path: loadBalancerPaths.item,
    family: 'elb',
    trace: { ...TRACE, name: 'deleteLoadbalancer' },
    handle: remove,
  },
];
