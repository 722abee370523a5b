/**
 * What the resources under a load balancer share: listeners.ts, pools.ts, members.ts,
 * health-monitors.ts, whitelists.ts and l7-policies.ts each serve one resource and build
 * on these helpers (list replies, the ACTIVE precondition, rule issues as faults).
 */
import type { RuleIssue } from '../../../contract/elb-v2/issues';
import { elbFaults } from '../../http/fault';
import { applyFilters, applySort, paginate } from '../../http/paging';
import { fieldName } from '../../http/request';
import type { Reply, RouteContext, WriteRoute } from '../../http/router';
import type { ReadTx } from '../../store/store';
import type { LoadBalancerRow } from '../../store/tables';
import { mustGet } from '../context';
import { assertActive } from './provisioning';

const SORTABLE = ['id', 'name', 'created_at', 'protocol_port', 'address', 'weight'] as const;

export type FieldReader<T> = (row: T, key: string) => unknown;
export const plainField = <T>(row: T, key: string): unknown => (row as Record<string, unknown>)[key];

/**
 * Filters, sorting and paging of one v2.0 collection over rows, then the page is
 * turned into wire objects: `{ collection: [...], collection_links }`.
 */
export function listReply<Row extends { id: string }, Wire>(
  ctx: RouteContext,
  collection: string,
  rows: Row[],
  filterKeys: readonly string[],
  toWire: (row: Row) => Wire,
  read: FieldReader<Row> = plainField,
): Reply {
  const filtered = applyFilters(rows, ctx.query, filterKeys, read);
  const page = paginate(applySort(filtered, ctx.query, SORTABLE, read), ctx.url, collection);
  return {
    status: 200,
    body: { [collection]: page.items.map(toWire), ...(page.links ? { [`${collection}_links`]: page.links } : {}) },
  };
}

/**
 * API (updating_a_listener.rst and its siblings): writes under a load balancer are refused while
 * its provisioning status is not ACTIVE (409). Returns the load balancer.
 */
export function activeLoadBalancer(ctx: RouteContext, tx: ReadTx, loadBalancerId: string): LoadBalancerRow {
  const lb = mustGet(tx, 'loadbalancers', loadBalancerId, 'loadbalancer');
  assertActive('Loadbalancer', lb.id, lb.pending, ctx.clock);
  return lb;
}

/** Any `tenant_id` in a body must be the token's project (api_call_precaution.rst). */
export function assertTenant(ctx: RouteContext, tenantId: string | undefined): void {
  if (tenantId && tenantId !== ctx.projectId) throw elbFaults.tenantMismatch();
}

/**
 * Contract rules that need the stored resources (a PUT merged into the stored row, a pool's protocol
 * against its listener's) answer ELB.9899 "invalid parameter", naming the field in the API notation:
 * `Invalid listener[http2_enable]: HTTP/2 can be enabled only for HTTPS listeners.` The body alone was
 * valid (schema faults are ELB.9805), so the code tells the two apart.
 */
export function refuseIssues(prefix: readonly (string | number)[], issues: readonly RuleIssue[]): void {
  const issue = issues[0];
  if (issue) throw elbFaults.invalidParameter(`Invalid ${fieldName([...prefix, ...issue.path])}: ${issue.message}`);
}

/** The CTS trace of an ELB write (guide/auditing/key_operations_recorded_by_cts.rst). */
export const elbTrace = (name: string, resourceType: string): NonNullable<WriteRoute['trace']> => ({
  service: 'ELB',
  name,
  resourceType,
});

/** Only the fields a PUT body sets, so a spread over the stored row keeps everything else. */
export function definedFields<T extends object>(body: T): Partial<T> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as Partial<T>;
}
