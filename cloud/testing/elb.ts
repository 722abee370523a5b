/**
 * Helpers for the ELB v2.0 service tests: typed sends that assert the status, the documented error
 * body, lookups by name in the demo scenario, tailored snapshots and the traces a write left.
 */
import { expect } from 'vitest';
import type { ElbErrorBody } from '../../contract/common';
import type { TraceListResponse } from '../../contract/cts/traces';
import type { ListenerListResponse } from '../../contract/elb-v2/listeners';
import type {
  LoadBalancer,
  LoadBalancerListResponse,
  LoadBalancerResponse,
} from '../../contract/elb-v2/load-balancers';
import type { Pool, PoolListResponse } from '../../contract/elb-v2/pools';
import type { Subnet, SubnetListResponse } from '../../contract/vpc/vpcs';
import { buildScenario } from '../scenarios';
import type { Snapshot } from '../store/store';
import type { Harness } from './harness';

export const V2 = '/v2.0/lbaas';
/** A well-formed ID that no scenario uses. */
export const MISSING_ID = '5b1e8c3e-0000-4000-a000-000000000000';

/** Sends a request that must succeed with `status`; returns the body. */
export async function ok<T>(h: Harness, method: string, path: string, body?: unknown, status?: number): Promise<T> {
  const res = await h.send<T | ElbErrorBody>(method, path, body);
  const expected = status ?? (method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(expected);
  return res.body as T;
}

export interface ExpectedFault {
  status: number;
  code: string;
  /** The whole message, or a RegExp for messages that carry generated IDs. */
  message: string | RegExp;
}

/** Sends a request that must be refused with exactly this status, code and message. */
export async function refused(
  h: Harness,
  method: string,
  path: string,
  body: unknown,
  fault: ExpectedFault,
): Promise<ElbErrorBody> {
  const res = await h.send<ElbErrorBody>(method, path, body);
  const where = `${method} ${path} ${JSON.stringify(body)}`;
  expect(res.status, where).toBe(fault.status);
  expect(res.body.error_code, where).toBe(fault.code);
  if (typeof fault.message === 'string') expect(res.body.error_msg, where).toBe(fault.message);
  else expect(res.body.error_msg, where).toMatch(fault.message);
  expect(res.body.request_id, where).toMatch(/^req-/);
  return res.body;
}

/** 400 ELB.9805: the body alone breaks a contract rule (parseBody). */
export const invalid = (message: string | RegExp): ExpectedFault => ({ status: 400, code: 'ELB.9805', message });
/** 400 ELB.9899: the body does not fit the stored resources. */
export const invalidParameter = (message: string | RegExp): ExpectedFault => ({
  status: 400,
  code: 'ELB.9899',
  message,
});
/** 409 ELB.8907 */
export const conflict = (message: string | RegExp): ExpectedFault => ({ status: 409, code: 'ELB.8907', message });
/** 409 ELB.8905 */
export const quotaExceeded = (resource: string): ExpectedFault => ({
  status: 409,
  code: 'ELB.8905',
  message: `Quota exceeded for resources: ['${resource}'].`,
});
/** 404 ELB.8904 */
export const notFound = (resource: string, id: string): ExpectedFault => ({
  status: 404,
  code: 'ELB.8904',
  message: `${resource} ${id} could not be found.`,
});
/** 409 while the load balancer is in a provisioning window. */
export const immutable = (lbId: string, status = 'PENDING_UPDATE'): ExpectedFault => ({
  status: 409,
  code: 'ELB.8907',
  message: `Loadbalancer ${lbId} is immutable and cannot be updated while it is ${status}.`,
});

export async function lbByName(h: Harness, name: string): Promise<LoadBalancer> {
  const list = await ok<LoadBalancerListResponse>(h, 'GET', `${V2}/loadbalancers?name=${name}`);
  return list.loadbalancers[0]!;
}

export async function lbById(h: Harness, id: string): Promise<LoadBalancer> {
  return (await ok<LoadBalancerResponse>(h, 'GET', `${V2}/loadbalancers/${id}`)).loadbalancer;
}

export async function poolByName(h: Harness, name: string): Promise<Pool> {
  return (await ok<PoolListResponse>(h, 'GET', `${V2}/pools?name=${name}`)).pools[0]!;
}

export async function listenerIdByName(h: Harness, name: string): Promise<string> {
  return (await ok<ListenerListResponse>(h, 'GET', `${V2}/listeners?name=${name}`)).listeners[0]!.id;
}

export async function subnetByName(h: Harness, name: string): Promise<Subnet> {
  const { subnets } = await ok<SubnetListResponse>(h, 'GET', '/v1/:project_id/subnets');
  return subnets.find((subnet) => subnet.name === name)!;
}

/** The demo scenario with some quota limits changed (-1 = unlimited). */
export function demoWithQuotas(quotas: (snapshot: Snapshot) => Record<string, number>): Snapshot {
  const snapshot = buildScenario('demo');
  snapshot.meta.quotas = { ...snapshot.meta.quotas, ...quotas(snapshot) };
  return snapshot;
}

/** Puts a load balancer into its PENDING_UPDATE window (the harness must have a provisioning delay). */
export async function makePending(h: Harness, lbId: string): Promise<void> {
  await ok(h, 'PUT', `${V2}/loadbalancers/${lbId}`, { loadbalancer: { description: 'pending' } });
  expect((await lbById(h, lbId)).provisioning_status).toBe('PENDING_UPDATE');
}

/** Trace names and ratings, newest first, optionally for one resource. */
export async function recordedTraces(h: Harness, query = ''): Promise<TraceListResponse['traces']> {
  const res = await ok<TraceListResponse>(h, 'GET', `/v3/:project_id/traces?limit=200${query ? `&${query}` : ''}`);
  return res.traces;
}

/** `[trace_name, code, trace_rating, resource_type]` of one resource's traces, newest first. */
export async function traceRows(h: Harness, resourceId: string): Promise<[string, string, string, string][]> {
  const traces = await recordedTraces(h, `resource_id=${resourceId}`);
  return traces.map((trace) => [trace.trace_name, trace.code, trace.trace_rating, trace.resource_type]);
}

/** A write: method, path and body. */
export type Write = [method: string, path: string, body: unknown];

/**
 * Each write is refused with 409 while the load balancer is in its PENDING_UPDATE window, and succeeds
 * once the window (`delayMs`, the harness's provisioning delay) has passed.
 */
export async function expectWritesWaitForActive(h: Harness, lbId: string, writes: Write[], delayMs = 1000) {
  await makePending(h, lbId);
  for (const [method, path, body] of writes) await refused(h, method, path, body, immutable(lbId));
  h.clock.advance(delayMs);
  for (const [method, path, body] of writes) await ok(h, method, path, body);
}

/** IDs of the demo scenario's certificates, by name (cloud/scenarios/demo.ts), for listener bodies. */
const demoCertificates = buildScenario('demo').tables.certificates;
export function demoCertificateId(name: string): string {
  const found = demoCertificates.find((certificate) => certificate.name === name);
  if (!found) throw new Error(`The demo scenario has no certificate ${name}.`);
  return found.id;
}
/** Server certificates no demo listener uses, with distinct domains (SNI needs them), and the CA certificate. */
export const TEST_CERTIFICATES = {
  server: demoCertificateId('cert-wildcard-example-org'),
  sni: [demoCertificateId('cert-shop-example-com'), demoCertificateId('cert-api-example-com')],
  ca: demoCertificateId('ca-example-demo-clients'),
};
