/**
 * Classic load balancers for the list. The classic API returns them all at once, with
 * no filters or paging, so search, filters, sort and paging happen here, with the same
 * marker semantics as the enhanced list.
 */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { call } from '../../../api/api-call';
import { classicLoadBalancersApi } from '../../../api/clients/elb-classic';
import { classicDisplayStatus } from '../../../components/elb/classic-status';
import type { ListParams } from '../model/list-params';
import { pageLocally } from '../model/local-paging';
import { lbKeys } from './lb-keys';

function matches(lb: ClassicLoadBalancer, params: ListParams): boolean {
  const term = params.search.trim().toLowerCase();
  const status = classicDisplayStatus(lb);
  const statusOk =
    params.status === 'all' ||
    (params.status === 'running' && status === 'running') ||
    (params.status === 'disabled' && (status === 'stopped' || status === 'frozen')) ||
    (params.status === 'pending' && status === 'creating');
  const networkOk = params.network === 'all' || (params.network === 'public') === (lb.type === 'External');
  if (!statusOk || !networkOk) return false;
  if (!term) return true;
  switch (params.searchBy) {
    case 'id':
      return lb.id === term;
    case 'ip':
      return lb.type === 'Internal' && lb.vip_address.startsWith(term);
    case 'eip':
      return lb.type === 'External' && lb.vip_address.startsWith(term);
    case 'name':
      return lb.name.toLowerCase().includes(term);
    default:
      // Classic load balancers have no tags, and their backend servers are listed per listener.
      return false;
  }
}

const sortField = (lb: ClassicLoadBalancer, key: ListParams['sort']['key']): string =>
  key === 'created_at' ? lb.create_time : key === 'vip_address' ? lb.vip_address : lb.name;

export async function fetchClassicPage(params: ListParams, signal?: AbortSignal) {
  const { loadbalancers } = await call(classicLoadBalancersApi.list(), signal);
  const sign = params.sort.dir === 'asc' ? 1 : -1;
  const filtered = loadbalancers
    .filter((lb) => matches(lb, params))
    .sort(
      (a, b) =>
        sign * sortField(a, params.sort.key).localeCompare(sortField(b, params.sort.key)) || a.id.localeCompare(b.id),
    );
  return { ...pageLocally(filtered, params.limit, params.marker, params.reverse), total: filtered.length };
}

export const classicListQuery = (params: ListParams) =>
  queryOptions({
    queryKey: lbKeys.classicList(params),
    queryFn: ({ signal }) => fetchClassicPage(params, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some((lb) => lb.status === 'PENDING_CREATE') ? 2000 : false),
  });
