/**
 * Classic load balancers (v1.0; bodies are never wrapped). Load balancer create/modify/delete and
 * backend ECS add/remove answer a job (`{ uri, job_id }`) that the console polls until it ends.
 */
import type {
  ClassicCertificate,
  ClassicCertificateListResponse,
  CreateClassicCertificateRequest,
  UpdateClassicCertificateRequest,
} from '../../../contract/elb-classic/certificates';
import type {
  ClassicHealthCheck,
  CreateClassicHealthCheckRequest,
  UpdateClassicHealthCheckInput,
} from '../../../contract/elb-classic/health-checks';
import type { ClassicJob, ClassicJobResponse } from '../../../contract/elb-classic/jobs';
import type {
  ClassicListener,
  ClassicListenerListResponse,
  CreateClassicListenerRequest,
  UpdateClassicListenerRequest,
} from '../../../contract/elb-classic/listeners';
import type {
  ClassicLoadBalancer,
  ClassicLoadBalancerListResponse,
  CreateClassicLoadBalancerRequest,
  UpdateClassicLoadBalancerRequest,
} from '../../../contract/elb-classic/load-balancers';
import type {
  AddClassicMembersRequest,
  ClassicMemberListQuery,
  ClassicMemberListResponse,
  RemoveClassicMembersRequest,
} from '../../../contract/elb-classic/members';
import type { ClassicMonitorResponse } from '../../../contract/elb-classic/monitor';
import {
  classicCertificatePaths,
  classicHealthCheckPaths,
  classicJobPaths,
  classicListenerPaths,
  classicLoadBalancerPaths,
  classicMemberPaths,
  classicMonitorPaths,
  classicQuotaPaths,
} from '../../../contract/elb-classic/paths';
import type { ClassicQuotaResponse } from '../../../contract/elb-classic/quotas';
import { defineCall } from '../api-call';

const lbItem = (id: string) => ({ path: classicLoadBalancerPaths.item, params: { loadbalancer_id: id } });
const listenerItem = (id: string) => ({ path: classicListenerPaths.item, params: { listener_id: id } });
const healthCheckItem = (id: string) => ({ path: classicHealthCheckPaths.item, params: { healthcheck_id: id } });
const certificateItem = (id: string) => ({ path: classicCertificatePaths.item, params: { certificate_id: id } });

export const classicLoadBalancersApi = {
  list: () => defineCall<ClassicLoadBalancerListResponse>({ family: 'elb', path: classicLoadBalancerPaths.list }),
  get: (id: string) => defineCall<ClassicLoadBalancer>({ family: 'elb', ...lbItem(id) }),
  create: (body: CreateClassicLoadBalancerRequest) =>
    defineCall<ClassicJobResponse>({ family: 'elb', method: 'POST', path: classicLoadBalancerPaths.list, body }),
  update: (id: string, body: UpdateClassicLoadBalancerRequest) =>
    defineCall<ClassicJobResponse>({ family: 'elb', method: 'PUT', ...lbItem(id), body }),
  /** Deletes the load balancer and releases its EIP. */
  remove: (id: string) => defineCall<ClassicJobResponse>({ family: 'elb', method: 'DELETE', ...lbItem(id) }),
  /** Deletes a public (External) load balancer and keeps its EIP in the account. */
  removeKeepingEip: (id: string) =>
    defineCall<ClassicJobResponse>({
      family: 'elb',
      method: 'DELETE',
      path: classicLoadBalancerPaths.keepEip,
      params: { loadbalancer_id: id },
    }),
};

export const classicListenersApi = {
  list: (loadBalancerId: string) =>
    defineCall<ClassicListenerListResponse>({
      family: 'elb',
      path: classicListenerPaths.list,
      query: { loadbalancer_id: loadBalancerId },
    }),
  /** Every classic listener of the project (the Certificates page shows which listeners use a certificate). */
  listAll: () => defineCall<ClassicListenerListResponse>({ family: 'elb', path: classicListenerPaths.list }),
  create: (body: CreateClassicListenerRequest) =>
    defineCall<ClassicListener>({ family: 'elb', method: 'POST', path: classicListenerPaths.list, body }),
  update: (id: string, body: UpdateClassicListenerRequest) =>
    defineCall<ClassicListener>({ family: 'elb', method: 'PUT', ...listenerItem(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...listenerItem(id) }),
};

export const classicMembersApi = {
  list: (listenerId: string, query: ClassicMemberListQuery = {}) =>
    defineCall<ClassicMemberListResponse>({
      family: 'elb',
      path: classicMemberPaths.list,
      params: { listener_id: listenerId },
      query: { ...query },
    }),
  add: (listenerId: string, body: AddClassicMembersRequest) =>
    defineCall<ClassicJobResponse>({
      family: 'elb',
      method: 'POST',
      path: classicMemberPaths.list,
      params: { listener_id: listenerId },
      body,
    }),
  remove: (listenerId: string, body: RemoveClassicMembersRequest) =>
    defineCall<ClassicJobResponse>({
      family: 'elb',
      method: 'POST',
      path: classicMemberPaths.action,
      params: { listener_id: listenerId },
      body,
    }),
};

export const classicHealthChecksApi = {
  get: (id: string) => defineCall<ClassicHealthCheck>({ family: 'elb', ...healthCheckItem(id) }),
  create: (body: CreateClassicHealthCheckRequest) =>
    defineCall<ClassicHealthCheck>({ family: 'elb', method: 'POST', path: classicHealthCheckPaths.list, body }),
  update: (id: string, body: UpdateClassicHealthCheckInput) =>
    defineCall<ClassicHealthCheck>({ family: 'elb', method: 'PUT', ...healthCheckItem(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...healthCheckItem(id) }),
};

export const classicCertificatesApi = {
  list: () => defineCall<ClassicCertificateListResponse>({ family: 'elb', path: classicCertificatePaths.list }),
  create: (body: CreateClassicCertificateRequest) =>
    defineCall<ClassicCertificate>({ family: 'elb', method: 'POST', path: classicCertificatePaths.list, body }),
  update: (id: string, body: UpdateClassicCertificateRequest) =>
    defineCall<ClassicCertificate>({ family: 'elb', method: 'PUT', ...certificateItem(id), body }),
  remove: (id: string) => defineCall<undefined>({ family: 'elb', method: 'DELETE', ...certificateItem(id) }),
};

export const classicJobsApi = {
  get: (jobId: string) =>
    defineCall<ClassicJob>({ family: 'elb', path: classicJobPaths.item, params: { job_id: jobId } }),
};

export const classicQuotasApi = {
  get: () => defineCall<ClassicQuotaResponse>({ family: 'elb', path: classicQuotaPaths.list }),
};

export const classicMonitorApi = {
  list: () => defineCall<ClassicMonitorResponse>({ family: 'elb', path: classicMonitorPaths.list }),
};
