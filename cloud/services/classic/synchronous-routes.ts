/** The synchronous classic routes: listeners, health checks, certificates and the monitor. */
import type { Route } from '../../http/router';
import { classicCertificateRoutes } from './certificates';
import { classicHealthCheckRoutes } from './health-checks';
import { classicListenerRoutes } from './listeners';
import { classicMonitorRoutes } from './monitor';

export const classicSynchronousRoutes: Route[] = [
  ...classicListenerRoutes,
  ...classicHealthCheckRoutes,
  ...classicCertificateRoutes,
  ...classicMonitorRoutes,
];
