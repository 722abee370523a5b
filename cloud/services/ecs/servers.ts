/**
 * ECS servers, the backend candidates: `GET /v1/{project_id}/cloudservers/detail`
 * with `offset` (page number from 1), `limit`, `name` (contains), `status`, `ip` (prefix).
 */
import { serverPaths, type Server } from '../../../contract/ecs/servers';
import { ApiFault } from '../../http/fault';
import { intParam } from '../../http/request';
import type { Route } from '../../http/router';
import type { ServerRow } from '../../store/tables';

const invalid = (message: string) => new ApiFault(400, 'Ecs.0005', message);

/** Scenario-only facts stay inside the cloud. */
function toServer({ listening_ports: _ports, ...server }: ServerRow): Server {
  return server;
}

export const serverRoutes: Route[] = [
  {
    method: 'GET',
    path: serverPaths.detail,
    family: 'vpc',
    handle(ctx, tx) {
      const limit = intParam(ctx.query, 'limit', { min: 1, max: 1000 }, invalid) ?? 1000;
      const offset = intParam(ctx.query, 'offset', { min: 1, max: 1_000_000 }, invalid) ?? 1;
      const name = ctx.query.get('name')?.toLowerCase();
      const status = ctx.query.get('status');
      const ip = ctx.query.get('ip');
      const servers = tx
        .all('servers')
        .filter(
          (server) =>
            (!name || server.name.toLowerCase().includes(name)) &&
            (!status || server.status === status) &&
            (!ip ||
              Object.values(server.addresses).some((list) => list.some((address) => address.addr.startsWith(ip)))),
        );
      const page = servers.slice((offset - 1) * limit, offset * limit).map(toServer);
      return { status: 200, body: { count: servers.length, servers: page } };
    },
  },
];
