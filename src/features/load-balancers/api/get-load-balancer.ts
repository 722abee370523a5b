import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { isPending } from '../model/lb-status';
import { lbKeys } from './lb-keys';

export const loadBalancerQuery = (id: string) =>
  queryOptions({
    queryKey: lbKeys.detail(id),
    queryFn: ({ signal }) => call(loadBalancersApi.get(id), signal).then((response) => response.loadbalancer),
    refetchInterval: (query) => (query.state.data && isPending(query.state.data) ? 1000 : false),
  });

export const statusTreeQuery = (id: string) =>
  queryOptions({
    queryKey: lbKeys.statuses(id),
    queryFn: ({ signal }) =>
      call(loadBalancersApi.statuses(id), signal).then((response) => response.statuses.loadbalancer),
  });
