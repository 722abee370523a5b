/**
 * Classic load balancers (api/elb/classic-v1.0/load_balancer/*.rst): the list answers every load
 * balancer at once (the API has no paging) with `instance_num` as a string; create, modify and
 * delete answer 200 with a job (jobs.ts).
 */
import { classicLoadBalancerPaths } from '../../../contract/elb-classic/paths';
import type { Route } from '../../http/router';
import {
  deleteClassicLoadBalancer,
  deleteClassicLoadBalancerKeepingEip,
  updateClassicLoadBalancer,
} from './load-balancer-changes';
import { createClassicLoadBalancer } from './load-balancer-create';
import { loadClassicLb } from './load-balancer-guards';
import { classicTrace } from './writes';

export { classicFaults } from './faults';

/** Named as the key-operations table names load balancer operations (guide/auditing/key_operations_recorded_by_cts.rst). */
const trace = (name: string) => classicTrace(name, 'loadbalancer');

export const classicLoadBalancerRoutes: Route[] = [
  {
    method: 'GET',
    path: classicLoadBalancerPaths.list,
    family: 'classic',
    handle(_ctx, tx) {
      const loadbalancers = tx.all('classicLoadbalancers');
      return { status: 200, body: { loadbalancers, instance_num: String(loadbalancers.length) } };
    },
  },
  {
    method: 'POST',
    path: classicLoadBalancerPaths.list,
    family: 'classic',
    trace: trace('createLoadbalancer'),
    handle: createClassicLoadBalancer,
  },
  {
    method: 'GET',
    path: classicLoadBalancerPaths.item,
    family: 'classic',
    handle: (ctx, tx) => ({ status: 200, body: loadClassicLb(tx, ctx.params.loadbalancer_id!) }),
  },
  {
    method: 'PUT',
    path: classicLoadBalancerPaths.item,
    family: 'classic',
    trace: trace('updateLoadbalancer'),
    handle: updateClassicLoadBalancer,
  },
  {
    method: 'DELETE',
    path: classicLoadBalancerPaths.item,
    family: 'classic',
    trace: trace('deleteLoadbalancer'),
    handle: deleteClassicLoadBalancer,
  },
  {
    method: 'DELETE',
    path: classicLoadBalancerPaths.keepEip,
    family: 'classic',
    trace: trace('deleteLoadbalancer'),
    handle: deleteClassicLoadBalancerKeepingEip,
  },
];
