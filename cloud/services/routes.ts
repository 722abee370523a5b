/** Every route the cloud serves, by API family. */
import type { Route } from '../http/router';
import { classicLoadBalancerRoutes } from './classic/load-balancers';
import { traceRoutes } from './cts/traces';
import { serverRoutes } from './ecs/servers';
import { childRoutes } from './elb/children';
import { loadBalancerRoutes } from './elb/load-balancers';
import { statusTreeRoutes } from './elb/status-tree';
import { tagRoutes } from './elb/tags';
import { quotaRoutes } from './quotas/quotas';
import { networkRoutes } from './vpc/networks';
import { publicIpRoutes } from './vpc/publicips';

export const allRoutes: Route[] = [
  ...loadBalancerRoutes,
  ...statusTreeRoutes,
  ...childRoutes,
  ...tagRoutes,
  ...networkRoutes,
  ...publicIpRoutes,
  ...serverRoutes,
  ...traceRoutes,
  ...quotaRoutes,
  ...classicLoadBalancerRoutes,
];
