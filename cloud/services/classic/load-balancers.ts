/**
 * Classic load balancers, read side (api/elb/classic-v1.0/load_balancer/querying_*.rst):
 * the list answers every load balancer at once (the API has no paging) with
 * `instance_num` as a string. Writes, jobs and listeners come with the classic chapter.
 */
import { classicLoadBalancerPaths } from '../../../contract/elb-classic/paths';
import { ApiFault } from '../../http/fault';
import type { Route } from '../../http/router';

export const classicFaults = {
  notFound: (id: string) => new ApiFault(404, 'ELB.1002', `Find lb failed: load balancer ${id} does not exist.`),
} as const;

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
    method: 'GET',
    path: classicLoadBalancerPaths.item,
    family: 'classic',
    handle(ctx, tx) {
      const lb = tx.get('classicLoadbalancers', ctx.params.loadbalancer_id!);
      if (!lb) throw classicFaults.notFound(ctx.params.loadbalancer_id!);
      return { status: 200, body: lb };
    },
  },
];
