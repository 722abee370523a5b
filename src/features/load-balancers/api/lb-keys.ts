/** Query keys of load balancers (STYLE rule 3): every key starts with `lbKeys.all`. */
import type { ListParams } from '../model/list-params';

export const lbKeys = {
  all: ['load-balancers'] as const,
  lists: () => [...lbKeys.all, 'list'] as const,
  list: (params: ListParams) => [...lbKeys.lists(), params] as const,
  details: () => [...lbKeys.all, 'detail'] as const,
  detail: (id: string) => [...lbKeys.details(), id] as const,
  statuses: (id: string) => [...lbKeys.all, 'statuses', id] as const,
  tags: (id: string) => [...lbKeys.all, 'tags', id] as const,
  classicList: (params: ListParams) => [...lbKeys.all, 'classic', 'list', params] as const,
  classicDetail: (id: string) => [...lbKeys.all, 'classic', 'detail', id] as const,
};
