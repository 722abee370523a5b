/** CSV export of every load balancer the list's search and filters match, not just the page on screen. */
import type { TFunction } from 'i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { call } from '../../../api/api-call';
import { listenersApi } from '../../../api/clients/elb-children';
import type { Column } from '../../../components/resource-table';
import { downloadText, toCsv } from '../../../lib/csv';
import type { ListParams } from '../model/list-params';
import { fetchLoadBalancerPage } from './list-load-balancers';
import type { LbLookups } from './use-lb-lookups';

export async function collectAll(params: ListParams): Promise<LoadBalancer[]> {
  const all: LoadBalancer[] = [];
  let marker: string | undefined;
  do {
    const page = await fetchLoadBalancerPage({ ...params, limit: 100, marker, reverse: false });
    all.push(...page.items);
    marker = page.nextMarker;
  } while (marker);
  return all;
}

export async function exportLoadBalancers(
  params: ListParams,
  lookups: LbLookups,
  columns: (lookups: LbLookups) => Column<LoadBalancer>[],
  t: TFunction,
): Promise<number> {
  const [rows, listeners] = await Promise.all([collectAll(params), call(listenersApi.list({}))]);
  const listenersByLb = new Map<string, typeof listeners.listeners>();
  for (const listener of listeners.listeners) {
    for (const { id } of listener.loadbalancers) listenersByLb.set(id, [...(listenersByLb.get(id) ?? []), listener]);
  }
  const csvColumns = columns({ ...lookups, listenersByLb })
    .filter((column) => column.id !== 'operation')
    .map((column) => ({ header: column.id === 'type' ? t('lb:columns.type') : column.label, value: column.getValue }));
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '');
  downloadText(`load-balancers-${stamp}.csv`, toCsv(csvColumns, rows));
  return rows.length;
}
