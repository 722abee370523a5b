/** Listeners, backend server groups, backend servers, health checks, whitelists and forwarding policies (v2.0). */
import type {
  CreateHealthMonitorRequest,
  HealthMonitorListResponse,
  HealthMonitorResponse,
  UpdateHealthMonitorRequest,
} from '../../../contract/elb-v2/health-monitors';
import type {
  CreateL7PolicyRequest,
  L7PolicyListResponse,
  L7PolicyResponse,
  UpdateL7PolicyRequest,
} from '../../../contract/elb-v2/l7-policies';
import type { CreateL7RuleRequest, L7RuleResponse, UpdateL7RuleRequest } from '../../../contract/elb-v2/l7-rules';
import type {
  CreateListenerRequest,
  ListenerListResponse,
  ListenerResponse,
  UpdateListenerRequest,
} from '../../../contract/elb-v2/listeners';
import type {
  AddMemberRequest,
  BatchUpdateMembersRequest,
  MemberListResponse,
  MemberResponse,
  UpdateMemberRequest,
} from '../../../contract/elb-v2/members';
import {
  healthMonitorPaths,
  l7PolicyPaths,
  listenerPaths,
  memberPaths,
  poolPaths,
  whitelistPaths,
} from '../../../contract/elb-v2/paths';
import type {
  CreatePoolRequest,
  PoolListResponse,
  PoolResponse,
  UpdatePoolRequest,
} from '../../../contract/elb-v2/pools';
import type {
  CreateWhitelistRequest,
  UpdateWhitelistRequest,
  WhitelistListResponse,
  WhitelistResponse,
} from '../../../contract/elb-v2/whitelists';
import { defineCall } from '../api-call';
import type { QueryValue } from '../http';

type Query = Record<string, QueryValue>;

const listener = (id: string) => ({ path: listenerPaths.item, params: { listener_id: id } });
const pool = (id: string) => ({ path: poolPaths.item, params: { pool_id: id } });
const monitor = (id: string) => ({ path: healthMonitorPaths.item, params: { healthmonitor_id: id } });
const whitelist = (id: string) => ({ path: whitelistPaths.item, params: { whitelist_id: id } });

export const listenersApi = {
  list: (query: Query) => defineCall<ListenerListResponse>({ family: 'elb', path: listenerPaths.list, query }),
  get: (id: string) => defineCall<ListenerResponse>({ family: 'elb', ...listener(id) }),
  create: (body: CreateListenerRequest) =>
    defineCall<ListenerResponse>({ family: 'elb', method: 'POST', path: listenerPaths.list, body }),
  update: (id: string, body: UpdateListenerRequest) =>
    defineCall<ListenerResponse>({ family: 'elb', method: 'PUT', ...listener(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...listener(id) }),
};

export const poolsApi = {
  list: (query: Query) => defineCall<PoolListResponse>({ family: 'elb', path: poolPaths.list, query }),
  get: (id: string) => defineCall<PoolResponse>({ family: 'elb', ...pool(id) }),
  create: (body: CreatePoolRequest) =>
    defineCall<PoolResponse>({ family: 'elb', method: 'POST', path: poolPaths.list, body }),
  update: (id: string, body: UpdatePoolRequest) =>
    defineCall<PoolResponse>({ family: 'elb', method: 'PUT', ...pool(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...pool(id) }),
};

export const membersApi = {
  list: (poolId: string, query: Query = {}) =>
    defineCall<MemberListResponse>({ family: 'elb', path: memberPaths.list, params: { pool_id: poolId }, query }),
  listAll: (query: Query) => defineCall<MemberListResponse>({ family: 'elb', path: memberPaths.all, query }),
  add: (poolId: string, body: AddMemberRequest) =>
    defineCall<MemberResponse>({
      family: 'elb',
      method: 'POST',
      path: memberPaths.list,
      params: { pool_id: poolId },
      body,
    }),
  /**
   * One call for up to 200 backend servers; the action is always explicit (FEATURES §5.3).
   * Answers 202 with no body (batch_updating_backend_servers.rst): re-read the members after.
   */
  batch: (poolId: string, body: BatchUpdateMembersRequest) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'PUT',
      path: memberPaths.list,
      params: { pool_id: poolId },
      body,
    }),
  update: (poolId: string, id: string, body: UpdateMemberRequest) =>
    defineCall<MemberResponse>({
      family: 'elb',
      method: 'PUT',
      path: memberPaths.item,
      params: { pool_id: poolId, member_id: id },
      body,
    }),
  remove: (poolId: string, id: string) =>
    defineCall<undefined>({
      family: 'elb',
      method: 'DELETE',
      path: memberPaths.item,
      params: { pool_id: poolId, member_id: id },
    }),
};

export const healthMonitorsApi = {
  list: (query: Query) =>
    defineCall<HealthMonitorListResponse>({ family: 'elb', path: healthMonitorPaths.list, query }),
  get: (id: string) => defineCall<HealthMonitorResponse>({ family: 'elb', ...monitor(id) }),
  create: (body: CreateHealthMonitorRequest) =>
    defineCall<HealthMonitorResponse>({ family: 'elb', method: 'POST', path: healthMonitorPaths.list, body }),
  update: (id: string, body: UpdateHealthMonitorRequest) =>
    defineCall<HealthMonitorResponse>({ family: 'elb', method: 'PUT', ...monitor(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...monitor(id) }),
};

export const whitelistsApi = {
  list: (query: Query) => defineCall<WhitelistListResponse>({ family: 'elb', path: whitelistPaths.list, query }),
  create: (body: CreateWhitelistRequest) =>
    defineCall<WhitelistResponse>({ family: 'elb', method: 'POST', path: whitelistPaths.list, body }),
  update: (id: string, body: UpdateWhitelistRequest) =>
    defineCall<WhitelistResponse>({ family: 'elb', method: 'PUT', ...whitelist(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...whitelist(id) }),
};

const l7policy = (id: string) => ({ path: l7PolicyPaths.item, params: { l7policy_id: id } });
const l7rule = (policyId: string, ruleId: string) => ({
  path: l7PolicyPaths.rule,
  params: { l7policy_id: policyId, l7rule_id: ruleId },
});

export const l7PoliciesApi = {
  list: (query: Query) => defineCall<L7PolicyListResponse>({ family: 'elb', path: l7PolicyPaths.list, query }),
  get: (id: string) => defineCall<L7PolicyResponse>({ family: 'elb', ...l7policy(id) }),
  create: (body: CreateL7PolicyRequest) =>
    defineCall<L7PolicyResponse>({ family: 'elb', method: 'POST', path: l7PolicyPaths.list, body }),
  update: (id: string, body: UpdateL7PolicyRequest) =>
    defineCall<L7PolicyResponse>({ family: 'elb', method: 'PUT', ...l7policy(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...l7policy(id) }),
  addRule: (policyId: string, body: CreateL7RuleRequest) =>
    defineCall<L7RuleResponse>({
      family: 'elb',
      method: 'POST',
      path: l7PolicyPaths.rules,
      params: { l7policy_id: policyId },
      body,
    }),
  updateRule: (policyId: string, ruleId: string, body: UpdateL7RuleRequest) =>
    defineCall<L7RuleResponse>({ family: 'elb', method: 'PUT', ...l7rule(policyId, ruleId), body }),
  removeRule: (policyId: string, ruleId: string) =>
    defineCall<undefined>({ family: 'elb', method: 'DELETE', ...l7rule(policyId, ruleId) }),
};
