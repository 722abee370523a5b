/**
 * One page of the load balancer list. Plain lists page on the server (marker + limit);
 * searches the list API cannot express (by name or tag through the tag query API,
 * by EIP, by network type) gather the candidates, filter and page in memory.
 */
import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { ResourceInstancesRequest } from '../../../../contract/elb-v2/tags';
import { call } from '../../../api/api-call';
import { loadBalancersApi } from '../../../api/clients/elb-load-balancers';
import { tagsApi } from '../../../api/clients/elb-tags';
import { publicIpsApi } from '../../../api/clients/vpc';
import { listenerQueries } from '../../../api/queries/listeners';
import type { QueryValue } from '../../../api/http';
import { lbKeys } from './lb-keys';
import type { ListParams } from '../model/list-params';
import { pageLocally } from '../model/local-paging';
import { isPending } from '../model/lb-status';

export interface LoadBalancerPage {
  items: LoadBalancer[];
  nextMarker?: string;
  previousMarker?: string;
  /** Known when the page was cut in memory. */
  total?: number;
}

const markerOf = (href: string) => new URL(href, 'http://x').searchParams.get('marker') ?? undefined;

function serverFilters(params: ListParams): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = { sort_key: params.sort.key, sort_dir: params.sort.dir };
  if (params.status === 'running') Object.assign(query, { admin_state_up: true });
  if (params.status === 'disabled') Object.assign(query, { admin_state_up: false });
  if (params.status === 'pending') query.provisioning_status = ['PENDING_CREATE', 'PENDING_UPDATE', 'PENDING_DELETE'];
  const term = params.search.trim();
  if (term && params.searchBy === 'id') query.id = term;
  if (term && params.searchBy === 'ip') query.vip_address = term;
  if (term && params.searchBy === 'member') query.member_address = term;
  return query;
}

/** Tag search text: `key` or `key=value`; a value starting with `*` matches part of a value. */
export function tagQuery(term: string): ResourceInstancesRequest['tags'] {
  const [key = '', ...rest] = term.split('=');
  const value = rest.join('=');
  return [{ key: key.trim(), values: value ? [value.trim()] : [] }];
}

async function idsFromTagApi(params: ListParams, signal?: AbortSignal): Promise<string[]> {
  const term = params.search.trim();
  const body: ResourceInstancesRequest =
    params.searchBy === 'tag'
      ? { action: 'filter', tags: tagQuery(term), limit: 1000, offset: 0 }
      : { action: 'filter', matches: [{ key: 'resource_name', value: term }], limit: 1000, offset: 0 };
  const ids: string[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await call(tagsApi.query('loadbalancers', { ...body, offset }), signal);
    ids.push(...(page.resources ?? []).map((resource) => resource.resource_id));
    if (ids.length >= page.total_count || (page.resources ?? []).length === 0) return ids;
  }
}

/** Every load balancer matching the server-side filters (and, optionally, one of `ids`). */
async function fetchAll(params: ListParams, ids: string[] | undefined, signal?: AbortSignal): Promise<LoadBalancer[]> {
  const query = serverFilters(params);
  if (!ids) return (await call(loadBalancersApi.list(query), signal)).loadbalancers;
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += 100) chunks.push(ids.slice(i, i + 100));
  const pages = await Promise.all(chunks.map((chunk) => call(loadBalancersApi.list({ ...query, id: chunk }), signal)));
  const merged = pages.flatMap((page) => page.loadbalancers);
  const { key, dir } = params.sort;
  const sign = dir === 'asc' ? 1 : -1;
  return merged.sort((a, b) => sign * String(a[key]).localeCompare(String(b[key])) || a.id.localeCompare(b.id));
}

const needsMemory = (params: ListParams) =>
  params.network !== 'all' || (params.search.trim() !== '' && ['name', 'tag', 'eip'].includes(params.searchBy));

export async function fetchLoadBalancerPage(params: ListParams, signal?: AbortSignal): Promise<LoadBalancerPage> {
  if (!needsMemory(params)) {
    const query = {
      ...serverFilters(params),
      limit: params.limit,
      marker: params.marker,
      page_reverse: params.reverse || undefined,
    };
    const page = await call(loadBalancersApi.list(query), signal);
    const links = page.loadbalancers_links ?? [];
    const next = links.find((link) => link.rel === 'next');
    const previous = links.find((link) => link.rel === 'previous');
    return {
      items: page.loadbalancers,
      nextMarker: next && markerOf(next.href),
      previousMarker: previous && markerOf(previous.href),
    };
  }
  const term = params.search.trim();
  const ids =
    term && (params.searchBy === 'name' || params.searchBy === 'tag') ? await idsFromTagApi(params, signal) : undefined;
  let all = ids && ids.length === 0 ? [] : await fetchAll(params, ids, signal);
  if (params.network !== 'all' || params.searchBy === 'eip') {
    const eips = (await call(publicIpsApi.list(), signal)).publicips;
    const bound = new Set(eips.flatMap((eip) => (eip.port_id ? [eip.port_id] : [])));
    if (params.network !== 'all') all = all.filter((lb) => bound.has(lb.vip_port_id) === (params.network === 'public'));
    if (term && params.searchBy === 'eip') {
      const ports = new Set(
        eips.filter((eip) => eip.public_ip_address.startsWith(term) && eip.port_id).map((eip) => eip.port_id),
      );
      all = all.filter((lb) => ports.has(lb.vip_port_id));
    }
  }
  return { ...pageLocally(all, params.limit, params.marker, params.reverse), total: all.length };
}

export const loadBalancerListQuery = (params: ListParams) =>
  queryOptions({
    queryKey: lbKeys.list(params),
    queryFn: ({ signal }) => fetchLoadBalancerPage(params, signal),
    placeholderData: keepPreviousData,
    // Poll while anything on the page is being provisioned (DESIGN: How data flows).
    refetchInterval: (query) => (query.state.data?.items.some(isPending) ? 1500 : false),
  });

/**
 * Operators page forwards far more than backwards: fetch the next page (and its
 * listeners) while the user reads this one, so Next shows it at once.
 */
export function usePrefetchNextPage(params: ListParams, nextMarker: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!nextMarker) return;
    const next = loadBalancerListQuery({ ...params, marker: nextMarker, reverse: false });
    void queryClient.prefetchQuery(next).then(() => {
      const ids = queryClient.getQueryData(next.queryKey)?.items.map((lb) => lb.id) ?? [];
      if (ids.length > 0) return queryClient.prefetchQuery(listenerQueries.byLoadBalancers(ids));
    });
  }, [queryClient, params, nextMarker]);
}
