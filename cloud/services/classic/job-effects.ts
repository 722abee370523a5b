/**
 * What settling a classic job does to the tables: the effect on SUCCESS, the rollback on FAIL.
 * Each returns the entities the finished job reports (`entities.elb` for load balancer jobs).
 */
import type { ClassicJobEntities, ClassicJobLoadBalancerEntity } from '../../../contract/elb-classic/jobs';
import { toClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import type { ReadTx, WriteTx } from '../../store/store';
import type { ClassicJobEffect } from '../../store/tables';
import { classicListenerIdsOf } from './member-view';

/** The load balancer as a job's `entities.elb` shows it (admin_state_up as a boolean, as in the example). */
export function toJobLoadBalancer(lb: ClassicLoadBalancer, tenantId: string): ClassicJobLoadBalancerEntity {
  return {
    id: lb.id,
    name: lb.name,
    type: lb.type,
    status: lb.status,
    bandwidth: lb.bandwidth,
    vip_address: lb.vip_address,
    tenant_id: tenantId,
    admin_state_up: lb.admin_state_up === 1,
    vpc_id: lb.vpc_id,
  };
}

/** The EIP row of a public load balancer, if the VPC service has one for its address. */
function eipOfClassicLb(tx: ReadTx, lb: ClassicLoadBalancer) {
  if (lb.type !== 'External') return undefined;
  return tx.all('publicips').find((eip) => eip.public_ip_address === lb.vip_address);
}

/** Removes a load balancer with its listeners and their health checks; releases its EIP or keeps it unbound. */
function removeLoadBalancer(tx: WriteTx, lb: ClassicLoadBalancer, keepEip: boolean): void {
  const listenerIds = classicListenerIdsOf(tx, lb.id);
  tx.all('classicHealthChecks')
    .filter((check) => listenerIds.has(check.listener_id))
    .forEach((check) => tx.delete('classicHealthChecks', check.id));
  listenerIds.forEach((id) => tx.delete('classicListeners', id));
  // A private load balancer holds a port for its address.
  tx.all('ports')
    .filter((port) => port.device_id === lb.id)
    .forEach((port) => tx.delete('ports', port.id));
  const eip = eipOfClassicLb(tx, lb);
  if (eip && keepEip) {
    const { port_id: _port, private_ip_address: _ip, ...unbound } = eip;
    tx.put('publicips', { ...unbound, status: 'DOWN' });
  } else if (eip) {
    tx.delete('publicips', eip.id);
  }
  tx.delete('classicLoadbalancers', lb.id);
}

function settleLoadBalancer(
  tx: WriteTx,
  effect: Extract<ClassicJobEffect, { loadbalancer_id: string }>,
  succeeded: boolean,
  updateTime: string,
): ClassicJobEntities {
  const lb = tx.get('classicLoadbalancers', effect.loadbalancer_id);
  if (!lb) return {};
  const tenantId = tx.meta().projectId;
  let next = lb;
  if (effect.kind === 'createLb') {
    next = { ...lb, status: succeeded ? 'ACTIVE' : 'ERROR', update_time: updateTime };
  } else if (effect.kind === 'updateLb' && succeeded) {
    next = { ...lb, ...effect.changes, update_time: updateTime };
    const eip = eipOfClassicLb(tx, lb);
    if (eip && effect.changes.bandwidth !== undefined && effect.changes.bandwidth !== null) {
      tx.put('publicips', { ...eip, bandwidth_size: effect.changes.bandwidth });
    }
  } else if (effect.kind === 'deleteLb' && succeeded) {
    removeLoadBalancer(tx, lb, effect.keepEip);
    return { elb: toJobLoadBalancer(lb, tenantId) };
  }
  if (next !== lb) tx.put('classicLoadbalancers', next);
  return { elb: toJobLoadBalancer(next, tenantId) };
}

/** Added ECSs become ACTIVE (or disappear on FAIL); removed ones disappear (or stay ACTIVE on FAIL). */
function settleMembers(
  tx: WriteTx,
  effect: Extract<ClassicJobEffect, { member_ids: string[] }>,
  succeeded: boolean,
  updateTime: string,
): ClassicJobEntities {
  const keep = effect.kind === 'addMembers' ? succeeded : !succeeded;
  for (const id of effect.member_ids) {
    const row = tx.get('classicMembers', id);
    if (!row) continue;
    if (keep) tx.put('classicMembers', { ...row, status: 'ACTIVE', job_id: null, update_time: updateTime });
    else tx.delete('classicMembers', id);
  }
  return { members: effect.member_ids.map((id) => ({ id })) };
}

export function applyJobEffect(
  tx: WriteTx,
  effect: ClassicJobEffect,
  succeeded: boolean,
  endMs: number,
): ClassicJobEntities {
  const updateTime = toClassicTimestamp(endMs);
  if (effect.kind === 'addMembers' || effect.kind === 'removeMembers') {
    return settleMembers(tx, effect, succeeded, updateTime);
  }
  return settleLoadBalancer(tx, effect, succeeded, updateTime);
}
