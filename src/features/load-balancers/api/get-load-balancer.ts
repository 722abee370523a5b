import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/api-call';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { loadBalancerQueries } from '../../../api/queries/load-balancers';
import { lbKeys } from './lb-keys';

export const loadBalancerQuery = loadBalancerQueries.detail;

export const statusTreeQuery = (id: string) =>
  queryOptions({
    queryKey: lbKeys.statuses(id),
    queryFn: ({ signal }) =>
      call(loadBalancersApi.statuses(id), signal).then((response) => response.statuses.loadbalancer),
  });
