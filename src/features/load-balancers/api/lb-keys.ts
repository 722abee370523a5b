/** Query keys of load balancers (STYLE rule 3): every key starts with `lbKeys.all`. */
import { rootKeys } from '../../../api/queries/keys';
import type { ListParams } from '../model/list-params';

export const lbKeys = {
  all: rootKeys.loadBalancers,
  lists: () => [...lbKeys.all, 'list'] as const,
  list: (params: ListParams) => [...lbKeys.lists(), params] as const,
  statuses: (id: string) => [...lbKeys.all, 'statuses', id] as const,
  tags: (id: string) => [...lbKeys.all, 'tags', id] as const,
  classicList: (params: ListParams) => [...lbKeys.all, 'classic', 'list', params] as const,
};
