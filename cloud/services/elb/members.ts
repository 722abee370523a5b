/**
 * ELB v2.0 backend servers: list, add one, batch add/delete/replace, show, update, remove
 * (api/elb/v2.0/backend_server/*.rst; FEATURES §5.1, §5.3). `operating_status` is never stored:
 * views.ts derives it through member-health.ts in every response.
 */
import { cidrContains } from '../../../contract/common';
import {
  addMemberRequest,
  allMemberFilterKeys,
  batchUpdateMembersApiRequest,
  DEFAULT_MEMBER_WEIGHT,
  memberEndpointConflict,
  memberEndpointConflictMessage,
  memberFilterKeys,
  memberPaths,
  updateMemberRequest,
} from '../../../contract/elb-v2/members';
import { elbFaults } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type Route, type RouteContext } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { LoadBalancerRow, MemberRow, PoolRow } from '../../store/tables';
import { isWithinQuota, mustGet, newId, timestamp } from '../context';
import { activeLoadBalancer, assertTenant, elbTrace, listReply, plainField, refuseIssues } from './children';
import { relations } from './relations';
import { toMember } from './views';

/** A backend server as a single add or a batch add/replace describes it. */
interface MemberSpec {
  name?: string;
  address: string;
  protocol_port: number;
  subnet_id: string;
  weight?: number;
  admin_state_up?: boolean;
}

const subnetById = (tx: ReadTx, neutronSubnetId: string) =>
  tx.all('subnets').find((subnet) => subnet.neutron_subnet_id === neutronSubnetId);

/**
 * adding_a_backend_server.rst, Constraints: `subnet_id` (a Neutron subnet ID) must be in the VPC of the
 * load balancer's subnet and `address` must be inside it. `prefix` names the member in the body
 * (`member`, or `members[3]` in a batch) so the message points at the right entry.
 */
function assertPlacement(tx: ReadTx, lb: LoadBalancerRow, spec: MemberSpec, prefix: (string | number)[]): void {
  const subnet = subnetById(tx, spec.subnet_id);
  if (!subnet) throw elbFaults.notFound('subnet', spec.subnet_id);
  const lbVpc = subnetById(tx, lb.vip_subnet_id)?.vpc_id;
  if (subnet.vpc_id !== lbVpc) {
    refuseIssues(prefix, [
      {
        path: ['subnet_id'],
        message: `Subnet ${subnet.name} is not in the VPC of the load balancer; backend servers must be in the same VPC.`,
      },
    ]);
  }
  if (!cidrContains(subnet.cidr, spec.address)) {
    refuseIssues(prefix, [
      { path: ['address'], message: `${spec.address} is not in subnet ${subnet.name} (${subnet.cidr}).` },
    ]);
  }
}

/**
 * ELB.2001: the project's member quota and, when set, the per-group limit (v3 `members_per_pool`).
 * `removed` servers leave the same group in the same request (a batch replace).
 */
function assertMemberQuota(tx: ReadTx, pool: PoolRow, added: number, removed = 0): void {
  const growth = added - removed;
  if (growth <= 0) return;
  const all = tx.all('members');
  const inPool = all.filter((member) => member.pool_id === pool.id).length;
  // `used + growth` must not exceed the limit; isWithinQuota asks whether one more fits.
  const fits = (key: string, used: number) => isWithinQuota(tx, key, used + growth - 1);
  if (!fits('member', all.length) || !fits('members_per_pool', inPool)) throw elbFaults.memberQuota();
}

function newMember(ctx: RouteContext, tx: WriteTx, pool: PoolRow, spec: MemberSpec): MemberRow {
  return {
    id: newId(tx),
    tenant_id: ctx.projectId,
    pool_id: pool.id,
    name: spec.name ?? '',
    address: spec.address,
    protocol_port: spec.protocol_port,
    subnet_id: spec.subnet_id,
    weight: spec.weight ?? DEFAULT_MEMBER_WEIGHT,
    admin_state_up: spec.admin_state_up ?? true,
    created_at: timestamp(ctx.clock),
  };
}

function memberOf(tx: ReadTx, pool: PoolRow, memberId: string): MemberRow {
  const member = mustGet(tx, 'members', memberId, 'member');
  if (member.pool_id !== pool.id) throw elbFaults.notFound('member', member.id);
  return member;
}

function create(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const { member: body } = parseBody(addMemberRequest, ctx.body);
  assertTenant(ctx, body.tenant_id);
  const lb = activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  assertPlacement(tx, lb, body, ['member']);
  const siblings = relations(tx).membersByPool.get(pool.id) ?? [];
  if (memberEndpointConflict(siblings, body)) throw elbFaults.conflict(memberEndpointConflictMessage(body));
  assertMemberQuota(tx, pool, 1);
  const row = newMember(ctx, tx, pool, body);
  tx.put('members', row);
  return {
    status: 201,
    body: { member: toMember(row, relations(tx), pool) },
    audit: auditOf(row),
  };
}

function update(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const member = memberOf(tx, pool, ctx.params.member_id!);
  const { member: body } = parseBody(updateMemberRequest, ctx.body);
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  const next: MemberRow = {
    ...member,
    name: body.name ?? member.name,
    weight: body.weight ?? member.weight,
    admin_state_up: body.admin_state_up ?? member.admin_state_up,
  };
  tx.put('members', next);
  return {
    status: 200,
    body: { member: toMember(next, relations(tx), pool) },
    audit: auditOf(next),
  };
}

/**
 * PUT /v2.0/lbaas/pools/{pool_id}/members (batch_updating_backend_servers.rst): `add`, `delete` or
 * `replace` (the API default) up to 200 servers. Every entry is checked like a single add; the first
 * refusal throws and the store undoes the whole request, so a batch is all-or-nothing.
 * The reference documents no response body and 202 Accepted.
 */
function batch(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const body = parseBody(batchUpdateMembersApiRequest, ctx.body);
  const lb = activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  const current = relations(tx).membersByPool.get(pool.id) ?? [];

  switch (body.action) {
    case 'add': {
      // Duplicates inside the body are refused by the schema; here against the group.
      body.members.forEach((spec, index) => {
        assertPlacement(tx, lb, spec, ['members', index]);
        if (memberEndpointConflict(current, spec)) throw elbFaults.conflict(memberEndpointConflictMessage(spec));
      });
      assertMemberQuota(tx, pool, body.members.length);
      body.members.forEach((spec) => tx.put('members', newMember(ctx, tx, pool, spec)));
      break;
    }
    case 'delete': {
      // The API's own example lists one ID twice: each server is removed once.
      const ids = [...new Set(body.members.map((entry) => entry.id))];
      ids.map((id) => memberOf(tx, pool, id)).forEach((member) => tx.delete('members', member.id));
      break;
    }
    case 'replace': {
      // A server already in the group (same address and port) keeps its ID and takes the new name,
      // weight and subnet; the others are removed and the rest are added.
      body.members.forEach((spec, index) => assertPlacement(tx, lb, spec, ['members', index]));
      const kept = new Set<string>();
      const added = body.members.filter((spec) => {
        const existing = memberEndpointConflict(current, spec);
        if (!existing) return true;
        kept.add(existing.id);
        tx.put('members', {
          ...existing,
          name: spec.name ?? existing.name,
          weight: spec.weight ?? existing.weight,
          subnet_id: spec.subnet_id,
        });
        return false;
      });
      const removed = current.filter((member) => !kept.has(member.id));
      assertMemberQuota(tx, pool, added.length, removed.length);
      removed.forEach((member) => tx.delete('members', member.id));
      added.forEach((spec) => tx.put('members', newMember(ctx, tx, pool, spec)));
      break;
    }
  }
  return { status: 202, audit: auditOf(pool) };
}

function remove(ctx: RouteContext, tx: WriteTx) {
  const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
  const member = memberOf(tx, pool, ctx.params.member_id!);
  activeLoadBalancer(ctx, tx, pool.loadbalancer_id);
  tx.delete('members', member.id);
  return { status: 204, audit: auditOf(member) };
}

export const memberRoutes: Route[] = [
  {
    method: 'GET',
    path: memberPaths.list,
    family: 'elb',
    handle(ctx, tx) {
      const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
      const rel = relations(tx);
      return listReply(ctx, 'members', rel.membersByPool.get(pool.id) ?? [], memberFilterKeys, (row) =>
        toMember(row, rel, pool),
      );
    },
  },
  {
    method: 'POST',
    path: memberPaths.list,
    family: 'elb',
    trace: elbTrace('createMember', 'member'),
    handle: create,
  },
  {
    method: 'PUT',
    path: memberPaths.list,
    family: 'elb',
    trace: elbTrace('batchUpdateMember', 'member'),
    handle: batch,
  },
  {
    method: 'GET',
    path: memberPaths.all,
    family: 'elb',
    handle(ctx, tx) {
      const rel = relations(tx);
      const pools = new Map(tx.all('pools').map((pool) => [pool.id, pool]));
      const toWire = (row: MemberRow) => toMember(row, rel, pools.get(row.pool_id));
      return listReply(ctx, 'members', tx.all('members'), allMemberFilterKeys, toWire, (row, key) =>
        key === 'loadbalancer_id' || key === 'operating_status' ? plainField(toWire(row), key) : plainField(row, key),
      );
    },
  },
  {
    method: 'GET',
    path: memberPaths.item,
    family: 'elb',
    handle(ctx, tx) {
      const pool = mustGet(tx, 'pools', ctx.params.pool_id!, 'pool');
      const member = memberOf(tx, pool, ctx.params.member_id!);
      return { status: 200, body: { member: toMember(member, relations(tx), pool) } };
    },
  },
  {
    method: 'PUT',
    path: memberPaths.item,
    family: 'elb',
    trace: elbTrace('updateMember', 'member'),
    handle: update,
  },
  {
    method: 'DELETE',
    path: memberPaths.item,
    family: 'elb',
    // guide/auditing: removing a backend server is recorded as batchUpdateMember.
    trace: elbTrace('batchUpdateMember', 'member'),
    handle: remove,
  },
];
