/**
 * Helpers for the classic (v1.0) service tests: sends that assert the status and the classic error
 * body, demo lookups by name and the job cycle (start, wait `classicJobMs`, read the job).
 */
import { expect } from 'vitest';
import type { WrappedErrorBody } from '../../contract/common';
import type { ClassicJob, ClassicJobResponse } from '../../contract/elb-classic/jobs';
import type { ClassicListener } from '../../contract/elb-classic/listeners';
import type { ClassicLoadBalancer, ClassicLoadBalancerListResponse } from '../../contract/elb-classic/load-balancers';
import { defaultSettings } from '../settings';
import { subnetByName } from './elb';
import type { Harness } from './harness';

export const CLASSIC = '/v1.0/:project_id/elbaas';
export const CLASSIC_LBS = `${CLASSIC}/loadbalancers`;

export async function classicOk<T>(h: Harness, method: string, path: string, body?: unknown, status = 200) {
  const res = await h.send<T>(method, path, body);
  expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(status);
  return res.body;
}

/** Sends a request that must be refused with this status, code and message (a RegExp for generated IDs). */
export async function classicRefused(
  h: Harness,
  method: string,
  path: string,
  body: unknown,
  fault: { status: number; code: string; message: string | RegExp },
): Promise<void> {
  const res = await h.send<WrappedErrorBody>(method, path, body);
  const where = `${method} ${path} ${JSON.stringify(body)}`;
  expect(res.status, where).toBe(fault.status);
  expect(res.body.error.code, where).toBe(fault.code);
  if (typeof fault.message === 'string') expect(res.body.error.message, where).toBe(fault.message);
  else expect(res.body.error.message, where).toMatch(fault.message);
}

export async function classicLbByName(h: Harness, name: string): Promise<ClassicLoadBalancer | undefined> {
  const list = await classicOk<ClassicLoadBalancerListResponse>(h, 'GET', CLASSIC_LBS);
  return list.loadbalancers.find((lb) => lb.name === name);
}

export async function readJob(h: Harness, jobId: string): Promise<ClassicJob> {
  return classicOk<ClassicJob>(h, 'GET', `/v1.0/:project_id/jobs/${jobId}`);
}

/** Starts a job with a write, lets it run its course and answers the finished job. */
export async function runJob(h: Harness, method: string, path: string, body?: unknown): Promise<ClassicJob> {
  const started = await classicOk<ClassicJobResponse>(h, method, path, body);
  h.clock.advance(defaultSettings.classicJobMs);
  return readJob(h, started.job_id);
}

/** The body of a public load balancer in vpc-prod with a new EIP of `bandwidth` Mbit/s. */
export async function publicLbBody(h: Harness, name: string, bandwidth = 10) {
  const { vpc_id } = await subnetByName(h, 'subnet-web');
  return { name, vpc_id, type: 'External', bandwidth, admin_state_up: 1 };
}

/** Adds a round-robin TCP listener named after its port (part B's listener API). */
export async function addTcpListener(h: Harness, lbId: string, port = 80, backendPort = port) {
  return classicOk<ClassicListener>(h, 'POST', `${CLASSIC}/listeners`, {
    name: `l-${port}`,
    loadbalancer_id: lbId,
    protocol: 'TCP',
    port,
    backend_protocol: 'TCP',
    backend_port: backendPort,
    lb_algorithm: 'roundrobin',
  });
}
