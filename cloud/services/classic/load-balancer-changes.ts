/**
 * Modifying and deleting a classic load balancer (modifying_a_load_balancer.rst, deleting_a_load_balancer.rst,
 * deleting_a_public_network_load_balancer.rst). Both start a job; the change applies when it succeeds.
 */
import {
  canDeleteClassicKeepingEip,
  toClassicAdminState,
  updateClassicLoadBalancerRequest,
} from '../../../contract/elb-classic/load-balancers';
import type { ApiFault } from '../../http/fault';
import { parseBody } from '../../http/request';
import { auditOf, type RouteContext, type WriteResult } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ClassicJobEffect } from '../../store/tables';
import { classicFaults } from './faults';
import { toJobLoadBalancer } from './job-effects';
import { startClassicJob } from './jobs';
import { assertClassicLbWritable, loadClassicLb } from './load-balancer-guards';
import { classicListenerIdsOf } from './member-view';

const fieldFaults: Record<string, (detail: string) => ApiFault> = {
  name: classicFaults.updateName,
  description: classicFaults.updateDescription,
  bandwidth: classicFaults.bandwidth,
};
const updateFault = (message: string, path: readonly PropertyKey[]) =>
  (fieldFaults[String(path[0])] ?? classicFaults.updateInvalid)(message);

type LbChanges = Extract<ClassicJobEffect, { kind: 'updateLb' }>['changes'];

export function updateClassicLoadBalancer(ctx: RouteContext, tx: WriteTx): WriteResult {
  const lb = loadClassicLb(tx, ctx.params.loadbalancer_id!);
  assertClassicLbWritable(tx, lb);
  const body = parseBody(updateClassicLoadBalancerRequest, ctx.body, updateFault);
  if (lb.type === 'Internal' && body.bandwidth !== undefined) {
    throw classicFaults.bandwidth('A private (Internal) load balancer has no bandwidth.');
  }
  const changes: LbChanges = {
    ...(body.name !== undefined ? { name: body.name } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.bandwidth !== undefined ? { bandwidth: body.bandwidth } : {}),
    ...(body.admin_state_up !== undefined ? { admin_state_up: toClassicAdminState(body.admin_state_up) } : {}),
  };
  const reply = startClassicJob(tx, ctx, {
    job_type: 'updateELB',
    effect: { kind: 'updateLb', loadbalancer_id: lb.id, changes },
    outcome: { status: 'SUCCESS' },
    entities: { elb: toJobLoadBalancer(lb, ctx.projectId) },
  });
  return { ...reply, audit: auditOf(lb) };
}

/** Backend ECSs on any listener of the load balancer, pending ones included. */
function memberCount(tx: ReadTx, lbId: string): number {
  const listenerIds = classicListenerIdsOf(tx, lbId);
  return tx.all('classicMembers').filter((member) => listenerIds.has(member.listener_id)).length;
}

function remove(ctx: RouteContext, tx: WriteTx, keepEip: boolean): WriteResult {
  const lb = loadClassicLb(tx, ctx.params.loadbalancer_id!);
  assertClassicLbWritable(tx, lb, true);
  if (keepEip && !canDeleteClassicKeepingEip(lb)) {
    throw classicFaults.type('Only a public (External) load balancer with an EIP can be deleted while keeping it.');
  }
  const members = memberCount(tx, lb.id);
  if (members > 0) {
    throw classicFaults.hasMembers(`Remove the ${members} backend ECS(s) from the listeners of ${lb.name} first.`);
  }
  const reply = startClassicJob(tx, ctx, {
    job_type: 'deleteELB',
    effect: { kind: 'deleteLb', loadbalancer_id: lb.id, keepEip },
    outcome: { status: 'SUCCESS' },
    entities: { elb: toJobLoadBalancer(lb, ctx.projectId) },
  });
  return { ...reply, audit: auditOf(lb) };
}

export const deleteClassicLoadBalancer = (ctx: RouteContext, tx: WriteTx) => remove(ctx, tx, false);
export const deleteClassicLoadBalancerKeepingEip = (ctx: RouteContext, tx: WriteTx) => remove(ctx, tx, true);
