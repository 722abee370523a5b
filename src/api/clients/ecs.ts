/** ECS servers: the candidates for backend servers. */
import { serverPaths, type ServerListResponse } from '../../../contract/ecs/servers';
import { defineCall } from '../api-call';
import type { QueryValue } from '../http';

export const serversApi = {
  /** `offset` is the page number, from 1. */
  list: (query: Record<string, QueryValue> = {}) =>
    defineCall<ServerListResponse>({ family: 'ecs', path: serverPaths.detail, query }),
};
