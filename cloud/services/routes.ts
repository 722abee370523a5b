/** Every route the cloud serves, by API family. */
import type { Route } from '../http/router';
import { alarmHistoryRoutes } from './ces/alarm-history';
import { alarmRoutes } from './ces/alarms';
import { metricDataRoutes } from './ces/metric-data';
import { metricRoutes } from './ces/metrics';
import { classicJobRoutes } from './classic/jobs';
import { classicLoadBalancerRoutes } from './classic/load-balancers';
import { classicMemberRoutes } from './classic/members';
import { classicQuotaRoutes } from './classic/quotas';
import { classicSynchronousRoutes } from './classic/synchronous-routes';
import { traceRoutes } from './cts/traces';
import { serverRoutes } from './ecs/servers';
import { certificateRoutes } from './elb/certificates';
import { healthMonitorRoutes } from './elb/health-monitors';
import { l7PolicyRoutes } from './elb/l7-policies';
import { l7RuleRoutes } from './elb/l7-rules';
import { listenerRoutes } from './elb/listeners';
import { listenerV3Routes } from './elb/listeners-v3';
import { loadBalancerRoutes } from './elb/load-balancers';
import { memberRoutes } from './elb/members';
import { poolRoutes } from './elb/pools';
import { statusTreeRoutes } from './elb/status-tree';
import { tagRoutes } from './elb/tags';
import { whitelistRoutes } from './elb/whitelists';
import { logtankRoutes } from './elb/logtanks';
import { logGroupRoutes } from './lts/log-groups';
import { logQueryRoutes } from './lts/log-query';
import { quotaRoutes } from './quotas/quotas';
import { networkRoutes } from './vpc/networks';
import { publicIpRoutes } from './vpc/publicips';

export const allRoutes: Route[] = [
  ...loadBalancerRoutes,
  ...statusTreeRoutes,
  ...listenerRoutes,
  ...listenerV3Routes,
  ...poolRoutes,
  ...memberRoutes,
  ...healthMonitorRoutes,
  ...whitelistRoutes,
  ...l7PolicyRoutes,
  ...l7RuleRoutes,
  ...certificateRoutes,
  ...tagRoutes,
  ...networkRoutes,
  ...publicIpRoutes,
  ...serverRoutes,
  ...traceRoutes,
  ...quotaRoutes,
  ...classicLoadBalancerRoutes,
  ...classicJobRoutes,
  ...classicMemberRoutes,
  ...classicQuotaRoutes,
  ...classicSynchronousRoutes,
  ...alarmRoutes,
  ...alarmHistoryRoutes,
  ...metricRoutes,
  ...metricDataRoutes,
  ...logtankRoutes,
  ...logGroupRoutes,
  ...logQueryRoutes,
];
