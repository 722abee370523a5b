/** ECS servers, for the backend server picker and to name members by their ECS. */
import { queryOptions } from '@tanstack/react-query';
import type { Server } from '../../../contract/ecs/servers';
import { call } from '../api-call';
import { serversApi } from '../clients/ecs';
import { rootKeys } from './keys';

const PAGE = 1000;

async function allServers(signal?: AbortSignal): Promise<Server[]> {
  const servers: Server[] = [];
  for (let offset = 1; ; offset += 1) {
    const page = await call(serversApi.list({ limit: PAGE, offset }), signal);
    servers.push(...page.servers);
    if (servers.length >= page.count || page.servers.length === 0) return servers;
  }
}

export const serverQueries = {
  all: () =>
    queryOptions({
      queryKey: [...rootKeys.servers, 'all'],
      queryFn: ({ signal }) => allServers(signal),
      staleTime: 30_000,
    }),
};
