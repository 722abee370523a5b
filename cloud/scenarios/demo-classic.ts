/**
 * Listeners, health checks, a certificate and backend ECSs of the demo's classic load balancers
 * (issue 6). Seeded at the end of the demo, so every earlier ID stays as it was.
 *
 * - classic-portal (External): HTTP 80 with sticky sessions and an HTTP health check of /health on
 *   port 80 — ecs-web-02 and ecs-web-03 answer it, ecs-app-03 (listening on 8080 only) does not, so
 *   the portal reports one abnormal server; HTTPS 443 with the classic certificate `portal-www`;
 *   TCP 3306 with connection draining and no health check.
 * - classic-intranet (Internal, stopped): one TCP listener on 8080 with ecs-app-01.
 * ecs-web-01 and ecs-app-01 stay off classic-portal, free for adding them in tests and demos.
 */
import type { ClassicLoadBalancer } from '../../contract/elb-classic/load-balancers';
import type { ServerRow } from '../store/tables';
import type { ScenarioBuilder } from './builder';
import { wwwCertificate } from './demo-certificates';

export interface DemoClassicTargets {
  portal: ClassicLoadBalancer;
  intranet: ClassicLoadBalancer;
  webServers: ServerRow[];
  appServers: ServerRow[];
}

export function seedDemoClassicListeners(
  builder: ScenarioBuilder,
  { portal, intranet, webServers, appServers }: DemoClassicTargets,
): void {
  const [, web2, web3, web4] = webServers;
  const [app1, app2, app3] = appServers;
  const http = builder.classicListener(portal, 'portal-http-80', {
    protocol: 'HTTP',
    port: 80,
    backend_protocol: 'HTTP',
    backend_port: 80,
    lb_algorithm: 'roundrobin',
    session_sticky: true,
    cookie_timeout: 60,
    description: 'Portal pages; sticky sessions keep the shopping cart on one ECS',
  });
  builder.classicHealthCheck(http, 'HTTP', { uri: '/health' });
  [web2, web3, app3].forEach((server) => builder.classicMember(http, server!));

  const certificate = builder.classicCertificate('portal-www', wwwCertificate, {
    domain: 'www.example.com',
    description: 'Portal certificate (classic certificates are separate from enhanced ones)',
  });
  const https = builder.classicListener(portal, 'portal-https-443', {
    protocol: 'HTTPS',
    port: 443,
    backend_protocol: 'HTTP',
    backend_port: 80,
    lb_algorithm: 'roundrobin',
    certificate_id: certificate.id,
  });
  [web3, web4].forEach((server) => builder.classicMember(https, server!));

  const mysql = builder.classicListener(portal, 'portal-mysql-3306', {
    protocol: 'TCP',
    port: 3306,
    backend_protocol: 'TCP',
    backend_port: 8080,
    lb_algorithm: 'leastconn',
    tcp_draining: true,
    tcp_draining_timeout: 10,
  });
  builder.classicMember(mysql, app2!);

  const intranetTcp = builder.classicListener(intranet, 'intranet-tcp-8080', {
    protocol: 'TCP',
    port: 8080,
    backend_protocol: 'TCP',
    backend_port: 8080,
    lb_algorithm: 'source',
  });
  builder.classicMember(intranetTcp, app1!);
}
