/** Listeners, backend server groups, backend servers, health checks and forwarding policies (v2.0). */
import {
  healthMonitorPaths,
  l7PolicyPaths,
  listenerPaths,
  memberPaths,
  poolPaths,
} from '../../../contract/elb-v2/paths';
import type { L7PolicyListResponse } from '../../../contract/elb-v2/l7-policies';
import type { ListenerListResponse } from '../../../contract/elb-v2/listeners';
import type { MemberListResponse } from '../../../contract/elb-v2/members';
import type { PoolListResponse } from '../../../contract/elb-v2/pools';
import { defineCall } from '../api-call';
import type { QueryValue } from '../http';

type Query = Record<string, QueryValue>;

export const listenersApi = {
  list: (query: Query) => defineCall<ListenerListResponse>({ family: 'elb', path: listenerPaths.list, query }),
  remove: (id: string) =>
    defineCall<undefined>({ family: 'elb', method: 'DELETE', path: listenerPaths.item, params: { listener_id: id } }),
};

export const poolsApi = {
  list: (query: Query) => defineCall<PoolListResponse>({ family: 'elb', path: poolPaths.list, query }),
  remove: (id: string) =>
    defineCall<undefined>({ family: 'elb', method: 'DELETE', path: poolPaths.item, params: { pool_id: id } }),
};

export const membersApi = {
  list: (poolId: string, query: Query = {}) =>
    defineCall<MemberListResponse>({ family: 'elb', path: memberPaths.list, params: { pool_id: poolId }, query }),
  listAll: (query: Query) => defineCall<MemberListResponse>({ family: 'elb', path: memberPaths.all, query }),
  remove: (poolId: string, id: string) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'DELETE',
      path: memberPaths.item,
      params: { pool_id: poolId, member_id: id },
    }),
};

export const healthMonitorsApi = {
  remove: (id: string) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'DELETE',
      path: healthMonitorPaths.item,
      params: { healthmonitor_id: id },
    }),
};

export const l7PoliciesApi = {
  list: (query: Query) => defineCall<L7PolicyListResponse>({ family: 'elb', path: l7PolicyPaths.list, query }),
  remove: (id: string) =>
    defineCall<undefined>({ family: 'elb', method: 'DELETE', path: l7PolicyPaths.item, params: { l7policy_id: id } }),
};
