/**
 * Backend ECSs of classic listeners (api/elb/classic-v1.0/backend_ecs/*.rst): the list is a bare array
 * with `limit`/`marker` paging and filters; adding and removing start jobs (jobs.ts). Added rows show
 * PENDING at once; removed rows stay PENDING until the job succeeds.
 */
import {
  addClassicMembersRequest,
  classicMemberFilterKeys,
  classicMemberPaths,
  removeClassicMembersRequest,
  type AddClassicMembersRequest,
  type ClassicMember,
} from '../../../contract/elb-classic/members';
import { toClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import { applyFilters } from '../../http/paging';
import { intParam, parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ClassicJobRow, ClassicMemberRow, ServerRow } from '../../store/tables';
import { isWithinQuota } from '../context';
import { plainField } from '../elb/children';
import { classicFaults } from './faults';
import { startClassicJob } from './jobs';
import { assertClassicLbWritable, loadClassicLb } from './load-balancer-guards';
import { classicMembersOfListener, toClassicMember } from './member-view';
import { classicId, classicTrace } from './writes';

function loadListener(tx: ReadTx, id: string) {
  const listener = tx.get('classicListeners', id);
  if (!listener) throw classicFaults.listenerNotFound(id);
  return listener;
}

/** A marker that names no backend ECS starts at the first page: the reference's own example sends `marker=0`. */
function list(ctx: RouteContext, tx: ReadTx) {
  const listener = loadListener(tx, ctx.params.listener_id!);
  const members = classicMembersOfListener(tx, listener.id).map((row) => toClassicMember(tx, row));
  const filtered = applyFilters(members, ctx.query, classicMemberFilterKeys, plainField<ClassicMember>);
  const limit = intParam(ctx.query, 'limit', { min: 1, max: 2000 }, classicFaults.queryCondition);
  const marker = ctx.query.get('marker');
  const start = filtered.findIndex((member) => member.id === marker) + 1;
  const page = filtered.slice(start, limit === undefined ? undefined : start + limit);
  return { status: 200, body: page };
}

const memberFault = (message: string, path: readonly PropertyKey[]) =>
  path[1] === 'address' ? classicFaults.memberAddress(message) : classicFaults.invalid(message);

/** The private IP addresses of an ECS in one VPC. */
const privateIps = (server: ServerRow, vpcId: string): string[] =>
  (server.addresses[vpcId] ?? []).map((address) => address.addr);

/** Each ECS must exist, be in the load balancer's VPC, be addressed by its private IP and not be a member yet. */
function checkServers(tx: ReadTx, lb: ClassicLoadBalancer, listenerId: string, body: AddClassicMembersRequest) {
  const present = new Set(classicMembersOfListener(tx, listenerId).map((member) => member.server_id));
  return body.map(({ server_id: serverId, address }) => {
    const server = tx.get('servers', serverId);
    if (!server) throw classicFaults.queryServer(`ECS ${serverId} does not exist.`);
    const ips = privateIps(server, lb.vpc_id);
    if (ips.length === 0)
      throw classicFaults.invalid(`ECS ${server.name} is not in the VPC of load balancer ${lb.name}.`);
    if (!ips.includes(address)) {
      throw classicFaults.memberAddress(
        `${address} is not the private IP address of ECS ${server.name} (${ips.join(', ')}).`,
      );
    }
    if (present.has(serverId))
      throw classicFaults.invalid(`ECS ${server.name} is already a backend ECS of this listener.`);
    return { server, address };
  });
}

/**
 * An ECS that is not running makes the whole add job FAIL. error_codes.rst has no code for it; ELB.6006
 * ("Query server failed.") is the documented code of the ECS lookup, and fail_reason names the ECS.
 */
function addOutcome(servers: ServerRow[]): ClassicJobRow['outcome'] {
  const stopped = servers.find((server) => server.status !== 'ACTIVE');
  if (!stopped) return { status: 'SUCCESS' };
  return {
    status: 'FAIL',
    error_code: 'ELB.6006',
    fail_reason: `ECS ${stopped.name} (${stopped.id}) is not running (${stopped.status}).`,
  };
}

function add(ctx: RouteContext, tx: WriteTx): WriteResult {
  const listener = loadListener(tx, ctx.params.listener_id!);
  const lb = loadClassicLb(tx, listener.loadbalancer_id);
  assertClassicLbWritable(tx, lb);
  const body = parseBody(addClassicMembersRequest, ctx.body, memberFault);
  const servers = checkServers(tx, lb, listener.id, body);
  // The last ECS added must still fit: the members before it are "used".
  const usedBeforeLast = classicMembersOfListener(tx, listener.id).length + servers.length - 1;
  if (!isWithinQuota(tx, 'classic_member', usedBeforeLast)) throw classicFaults.memberQuota();
  const now = toClassicTimestamp(ctx.clock.now());
  // The request's `address` is the private IP; the response documents `address` as the ECS's floating IP,
  // which the scenarios' ECSs do not have, so it repeats the private IP.
  const rows: ClassicMemberRow[] = servers.map(({ server, address }) => ({
    id: classicId(tx),
    listener_id: listener.id,
    server_address: address,
    address,
    status: 'PENDING',
    health_status: 'UNAVAILABLE',
    server_name: server.name,
    server_id: server.id,
    job_id: null,
    create_time: now,
    update_time: now,
  }));
  const reply = startClassicJob(tx, ctx, {
    job_type: 'addMember',
    effect: { kind: 'addMembers', listener_id: listener.id, member_ids: rows.map((row) => row.id) },
    outcome: addOutcome(servers.map(({ server }) => server)),
    entities: { members: rows.map((row) => ({ id: row.id, server_id: row.server_id, address: row.address })) },
  });
  rows.forEach((row) => tx.put('classicMembers', { ...row, job_id: reply.body.job_id }));
  return { ...reply, audit: { resourceId: listener.id, resourceName: listener.name } };
}

function remove(ctx: RouteContext, tx: WriteTx): WriteResult {
  const listener = loadListener(tx, ctx.params.listener_id!);
  assertClassicLbWritable(tx, loadClassicLb(tx, listener.loadbalancer_id));
  const { removeMember } = parseBody(removeClassicMembersRequest, ctx.body, classicFaults.invalid);
  const rows = removeMember.map(({ id }) => {
    const row = tx.get('classicMembers', id);
    if (!row || row.listener_id !== listener.id) throw classicFaults.memberNotFound(id);
    if (row.job_id)
      throw classicFaults.invalid(`Backend ECS ${row.server_name ?? id} is being changed by job ${row.job_id}.`);
    return row;
  });
  const reply = startClassicJob(tx, ctx, {
    job_type: 'deleteMember',
    effect: { kind: 'removeMembers', listener_id: listener.id, member_ids: rows.map((row) => row.id) },
    outcome: { status: 'SUCCESS' },
    entities: { members: rows.map((row) => ({ id: row.id, server_id: row.server_id, address: row.address })) },
  });
  rows.forEach((row) => tx.put('classicMembers', { ...row, status: 'PENDING', job_id: reply.body.job_id }));
  return { ...reply, audit: { resourceId: listener.id, resourceName: listener.name } };
}

/** Named as the key-operations table names backend server operations. */
const trace = (name: string) => classicTrace(name, 'member');

export const classicMemberRoutes: Route[] = [
  { method: 'GET', path: classicMemberPaths.list, family: 'classic', handle: list },
  { method: 'POST', path: classicMemberPaths.list, family: 'classic', trace: trace('createMember'), handle: add },
  {
    method: 'POST',
    path: classicMemberPaths.action,
    family: 'classic',
    trace: trace('batchUpdateMember'),
    handle: remove,
  },
];
