/**
 * The scene of the forwarding-policy and forwarding-rule tests: the demo account plus two HTTPS listeners
 * and a TCP listener on elb-web-prod (next to listener-http-80 and its policy forwarding_policy-api), an HTTPS
 * listener on elb-staging, and a free HTTP and TCP backend server group on elb-web-prod.
 */
import { expect } from 'vitest';
import type { L7Policy, L7PolicyListResponse, L7PolicyResponse } from '../../contract/elb-v2/l7-policies';
import type { ListenerProtocol } from '../../contract/elb-v2/listeners';
import type { PoolProtocol } from '../../contract/elb-v2/pool-protocols';
import type { PoolResponse } from '../../contract/elb-v2/pools';
import type { StatusTreeResponse } from '../../contract/elb-v2/status-tree';
import { buildScenario } from '../scenarios';
import { listenerProtocolDefaults } from '../services/elb/listeners';
import type { Snapshot } from '../store/store';
import type { ListenerRow } from '../store/tables';
import { lbByName, listenerIdByName, ok, poolByName, V2 } from './elb';
import { harness, type Harness } from './harness';

export const POLICIES = `${V2}/l7policies`;
export const rulesPath = (policyId: string) => `${POLICIES}/${policyId}/rules`;

// Ports no scenario uses, so the scene does not depend on which listeners the demo has.
export const HTTPS_ID = 'c0ffee00-0000-4000-a000-000000010443';
/** A second HTTPS listener of elb-web-prod, to retarget redirects to. */
export const HTTPS_2_ID = 'c0ffee00-0000-4000-a000-000000010444';
export const TCP_ID = 'c0ffee00-0000-4000-a000-000000018443';
export const STAGING_HTTPS_ID = 'c0ffee00-0000-4000-a000-000000020443';

function extraListener(http: ListenerRow, lbId: string, id: string, protocol: ListenerProtocol, port: number) {
  return {
    ...http,
    ...listenerProtocolDefaults(protocol),
    id,
    loadbalancer_id: lbId,
    name: `listener-l7-scene-${port}`,
    protocol,
    protocol_port: port,
    default_pool_id: null,
    default_tls_container_ref: protocol === 'TERMINATED_HTTPS' ? 'cert-server-1' : null,
    tags: [],
  };
}

function l7Snapshot(): Snapshot {
  const snapshot = buildScenario('demo');
  const http = snapshot.tables.listeners.find((row) => row.name === 'listener-http-80')!;
  const staging = snapshot.tables.loadbalancers.find((row) => row.name === 'elb-staging')!;
  snapshot.tables.listeners.push(
    extraListener(http, http.loadbalancer_id, HTTPS_ID, 'TERMINATED_HTTPS', 10443),
    extraListener(http, http.loadbalancer_id, HTTPS_2_ID, 'TERMINATED_HTTPS', 10444),
    extraListener(http, http.loadbalancer_id, TCP_ID, 'TCP', 18443),
    extraListener(http, staging.id, STAGING_HTTPS_ID, 'TERMINATED_HTTPS', 20443),
  );
  return snapshot;
}

export interface L7Scene {
  h: Harness;
  webLbId: string;
  stagingLbId: string;
  /** listener-http-80: default group server_group-web, policy forwarding_policy-api → server_group-api. */
  httpId: string;
  webPoolId: string;
  apiPoolId: string;
  apiPolicy: L7Policy;
  stagingPoolId: string;
  /** HTTP groups of elb-web-prod that nothing uses yet. */
  freePoolId: string;
  otherFreePoolId: string;
  tcpPoolId: string;
}

async function addPool(h: Harness, loadbalancer_id: string, protocol: PoolProtocol, name: string) {
  const body = { pool: { loadbalancer_id, protocol, lb_algorithm: 'ROUND_ROBIN', name } };
  return (await ok<PoolResponse>(h, 'POST', `${V2}/pools`, body)).pool.id;
}

/** `tailor` changes the snapshot further (quotas); `settings` as for `harness`. */
export async function l7Scene(
  tailor: (snapshot: Snapshot) => void = () => {},
  settings: Parameters<typeof harness>[1] = {},
): Promise<L7Scene> {
  const snapshot = l7Snapshot();
  tailor(snapshot);
  const h = harness(snapshot, settings);
  const webLbId = (await lbByName(h, 'elb-web-prod')).id;
  const httpId = await listenerIdByName(h, 'listener-http-80');
  const policies = await ok<L7PolicyListResponse>(h, 'GET', `${POLICIES}?name=forwarding_policy-api`);
  return {
    h,
    webLbId,
    stagingLbId: (await lbByName(h, 'elb-staging')).id,
    httpId,
    webPoolId: (await poolByName(h, 'server_group-web')).id,
    apiPoolId: (await poolByName(h, 'server_group-api')).id,
    apiPolicy: policies.l7policies[0]!,
    stagingPoolId: (await poolByName(h, 'server_group-staging')).id,
    freePoolId: await addPool(h, webLbId, 'HTTP', 'server_group-free'),
    otherFreePoolId: await addPool(h, webLbId, 'HTTP', 'server_group-free-2'),
    tcpPoolId: await addPool(h, webLbId, 'TCP', 'server_group-tcp'),
  };
}

export async function addPolicy(h: Harness, l7policy: Record<string, unknown>): Promise<L7Policy> {
  return (await ok<L7PolicyResponse>(h, 'POST', POLICIES, { l7policy })).l7policy;
}

/** The policy as shown, rules expanded. */
export async function policyById(h: Harness, id: string): Promise<L7Policy> {
  return (await ok<L7PolicyResponse>(h, 'GET', `${POLICIES}/${id}`)).l7policy;
}

/** The load balancer's status in the tree, and the status of each of its policies and their rules. */
export async function treeStatuses(h: Harness, lbId: string) {
  const tree = await ok<StatusTreeResponse>(h, 'GET', `${V2}/loadbalancers/${lbId}/statuses`);
  const { loadbalancer } = tree.statuses;
  const policies = Object.fromEntries(
    loadbalancer.listeners.flatMap((listener) =>
      listener.l7policies.map((policy) => [
        policy.id,
        [policy.provisioning_status, ...policy.rules.map((rule) => rule.provisioning_status)],
      ]),
    ),
  );
  return { status: loadbalancer.operating_status, policies };
}

/** The policy and every one of its rules have `status`. */
export async function expectPolicyStatus(h: Harness, id: string, status: 'ACTIVE' | 'ERROR'): Promise<void> {
  const policy = await policyById(h, id);
  expect([policy.provisioning_status, ...policy.rules.map((rule) => rule.provisioning_status)]).toEqual(
    Array(1 + policy.rules.length).fill(status),
  );
}
