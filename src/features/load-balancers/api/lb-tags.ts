/** A load balancer's tags: read, add or overwrite one, delete one. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Tag } from '../../../../contract/elb-v2/tags';
import { call } from '../../../api/api-call';
import { tagsApi } from '../../../api/clients/elb-tags';
import { lbKeys } from './lb-keys';

export const loadBalancerTagsQuery = (id: string) =>
  queryOptions({
    queryKey: lbKeys.tags(id),
    queryFn: ({ signal }) => call(tagsApi.list('loadbalancers', id), signal).then((response) => response.tags),
  });

export function useLoadBalancerTagMutations(id: string) {
  const queryClient = useQueryClient();
  // Tags show in the list (search by tag) and the detail: refresh all load balancer views.
  const refresh = () => queryClient.invalidateQueries({ queryKey: lbKeys.all });
  const save = useMutation({
    mutationFn: (tag: Tag) => call(tagsApi.add('loadbalancers', id, tag)),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (key: string) => call(tagsApi.remove('loadbalancers', id, key)),
    onSuccess: refresh,
  });
  return { save, remove };
}
