/**
 * Queries of the classic (v1.0) API. Every key starts with `rootKeys.classic`, so one
 * invalidation after a classic write or a finished job refreshes them all (STYLE rules 3 and 4).
 */
import { queryOptions } from '@tanstack/react-query';
import { isClassicJobFinished } from '../../../../contract/elb-classic/jobs';
import type { ClassicMember } from '../../../../contract/elb-classic/members';
import { call } from '../../../api/api-call';
import {
  classicCertificatesApi,
  classicHealthChecksApi,
  classicJobsApi,
  classicListenersApi,
  classicLoadBalancersApi,
  classicMembersApi,
  classicQuotasApi,
} from '../../../api/clients/elb-classic';
import { rootKeys } from '../../../api/queries/keys';

export const classicKeys = {
  all: rootKeys.classic,
  loadBalancer: (id: string) => [...classicKeys.all, 'loadbalancer', id] as const,
  listeners: (loadBalancerId: string) => [...classicKeys.all, 'listeners', loadBalancerId] as const,
  allListeners: () => [...classicKeys.all, 'all-listeners'] as const,
  members: (listenerId: string) => [...classicKeys.all, 'members', listenerId] as const,
  healthCheck: (id: string) => [...classicKeys.all, 'healthcheck', id] as const,
  certificates: () => [...classicKeys.all, 'certificates'] as const,
  quotas: () => [...classicKeys.all, 'quotas'] as const,
  job: (jobId: string) => [...classicKeys.all, 'job', jobId] as const,
};

/** How often a resource that is still changing (PENDING_*, a running job) is read again. */
const CLASSIC_POLL_MS = 1000;

/** The members API pages by marker; the console reads every page (a listener has few ECSs). */
async function allMembers(listenerId: string, signal: AbortSignal): Promise<ClassicMember[]> {
  const members: ClassicMember[] = [];
  for (let marker: string | undefined; ;) {
    const page = await call(classicMembersApi.list(listenerId, { limit: 100, marker }), signal);
    members.push(...page);
    if (page.length < 100) return members;
    marker = page.at(-1)?.id;
  }
}

export const classicQueries = {
  loadBalancer: (id: string) =>
    queryOptions({
      queryKey: classicKeys.loadBalancer(id),
      queryFn: ({ signal }) => call(classicLoadBalancersApi.get(id), signal),
      refetchInterval: (query) => (query.state.data?.status === 'PENDING_CREATE' ? CLASSIC_POLL_MS : false),
    }),
  listeners: (loadBalancerId: string) =>
    queryOptions({
      queryKey: classicKeys.listeners(loadBalancerId),
      queryFn: ({ signal }) => call(classicListenersApi.list(loadBalancerId), signal),
    }),
  allListeners: () =>
    queryOptions({
      queryKey: classicKeys.allListeners(),
      queryFn: ({ signal }) => call(classicListenersApi.listAll(), signal),
    }),
  members: (listenerId: string) =>
    queryOptions({
      queryKey: classicKeys.members(listenerId),
      queryFn: ({ signal }) => allMembers(listenerId, signal),
      refetchInterval: (query) =>
        query.state.data?.some((member) => member.status === 'PENDING') ? CLASSIC_POLL_MS : false,
    }),
  healthCheck: (id: string) =>
    queryOptions({
      queryKey: classicKeys.healthCheck(id),
      queryFn: ({ signal }) => call(classicHealthChecksApi.get(id), signal),
    }),
  certificates: () =>
    queryOptions({
      queryKey: classicKeys.certificates(),
      queryFn: ({ signal }) => call(classicCertificatesApi.list(), signal),
    }),
  quotas: () =>
    queryOptions({
      queryKey: classicKeys.quotas(),
      queryFn: ({ signal }) => call(classicQuotasApi.get(), signal),
    }),
  job: (jobId: string) =>
    queryOptions({
      queryKey: classicKeys.job(jobId),
      queryFn: ({ signal }) => call(classicJobsApi.get(jobId), signal),
      refetchInterval: (query) =>
        query.state.data && isClassicJobFinished(query.state.data.status) ? false : CLASSIC_POLL_MS,
      // A job that cannot be read (404 after a reset) is reported, not retried forever.
      retry: 1,
    }),
};
