/**
 * Access logging: the logtank of a load balancer (ELB v3) and the LTS log groups and streams it can
 * write to (Gap 8). The log lines themselves are an infinite query of the access-logs feature.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { call } from '../api-call';
import { logtanksApi } from '../clients/elb-logtanks';
import { ltsApi } from '../clients/lts';
import { rootKeys } from './keys';

export const accessLogKeys = {
  logtank: (loadBalancerId: string) => [...rootKeys.logtanks, 'by-lb', loadBalancerId] as const,
  logtanks: () => [...rootKeys.logtanks, 'all'] as const,
  groups: () => [...rootKeys.logs, 'groups'] as const,
  streams: (groupId: string) => [...rootKeys.logs, 'streams', groupId] as const,
  lines: (streamId: string, ...filters: readonly unknown[]) =>
    [...rootKeys.logs, 'lines', streamId, ...filters] as const,
};

export const accessLogQueries = {
  /** A load balancer has at most one logtank; null when access logging is off. */
  logtank: (loadBalancerId: string) =>
    queryOptions({
      queryKey: accessLogKeys.logtank(loadBalancerId),
      queryFn: ({ signal }) =>
        call(logtanksApi.list({ loadbalancer_id: loadBalancerId }), signal).then(
          (response) => response.logtanks[0] ?? null,
        ),
    }),
  /** Every logtank of the project: which streams already take a load balancer's logs. */
  logtanks: () =>
    queryOptions({
      queryKey: accessLogKeys.logtanks(),
      queryFn: ({ signal }) => call(logtanksApi.list({}), signal).then((response) => response.logtanks),
    }),
  groups: () =>
    queryOptions({
      queryKey: accessLogKeys.groups(),
      queryFn: ({ signal }) => call(ltsApi.groups(), signal).then((response) => response.log_groups),
    }),
  streams: (groupId: string) =>
    queryOptions({
      queryKey: accessLogKeys.streams(groupId),
      queryFn: ({ signal }) => call(ltsApi.streams(groupId), signal).then((response) => response.log_streams),
      enabled: groupId !== '',
    }),
};

/** After a logtank write: the logtank, its log lines and the audit traces it recorded. */
export function invalidateAccessLogs(queryClient: QueryClient): Promise<unknown> {
  return Promise.all(
    [rootKeys.logtanks, rootKeys.logs, rootKeys.traces].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
