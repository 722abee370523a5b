/**
 * Cloud Trace Service: every write the cloud serves leaves a trace (recordTrace),
 * and `GET /v3/{project_id}/traces` queries them newest first (querying_a_trace_list.rst).
 */
import { readErrorBody } from '../../../contract/common';
import { traceNameMatches } from '../../../contract/cts/key-operations';
import {
  TRACE_RETENTION_MS,
  traceQuery,
  tracePaths,
  traceWindow,
  type Trace,
  type TraceRating,
} from '../../../contract/cts/traces';
import { ApiFault } from '../../http/fault';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteRoute } from '../../http/router';
import type { TableName, WriteTx } from '../../store/store';
import { newId } from '../context';

const ctsInvalid = (message: string) => new ApiFault(400, 'CTS.0001', message);

export interface TraceEvent {
  route: WriteRoute;
  ctx: RouteContext;
  status: number;
  requestBody: unknown;
  responseBody: unknown;
  resourceId: string;
  resourceName: string;
  requestId: string;
}

/** The version segment of the route's path: `v2.0`, `v3`, `v1`, `V1.0` (a v3 write is not a v2.0 call). */
const apiVersion = (route: WriteRoute): string => route.path.split('/')[1] ?? '';

/** Tables of named resources, by trace resource type: a refused write is named after its target. */
const namedTables = {
  loadbalancer: 'loadbalancers',
  listener: 'listeners',
  pool: 'pools',
  member: 'members',
  healthmonitor: 'healthmonitors',
  l7policy: 'l7policies',
  certificate: 'certificates',
} as const satisfies Record<string, TableName>;

type NamedTable =
  (typeof namedTables)[keyof typeof namedTables] | (typeof namedClassicTables)[keyof typeof namedClassicTables];

/** The same for classic (v1.0) writes, whose resources live in tables of their own. */
const namedClassicTables = {
  loadbalancer: 'classicLoadbalancers',
  listener: 'classicListeners',
  certificate: 'classicCertificates',
} as const satisfies Record<string, TableName>;

/** The current name of the resource a write was aimed at ('' when it has none, or is not there). */
function nameOnRecord(tx: WriteTx, route: WriteRoute, resourceType: string, id: string): string {
  const tables: Record<string, NamedTable> = apiVersion(route) === 'v1.0' ? namedClassicTables : namedTables;
  const table = tables[resourceType];
  const row = table && id ? tx.get(table, id) : undefined;
  return row?.name ?? '';
}

/** 2xx → normal; 4xx → warning (the operation failed); 5xx → incident. */
function rating(status: number): TraceRating {
  if (status < 400) return 'normal';
  return status < 500 ? 'warning' : 'incident';
}

export function recordTrace(tx: WriteTx, event: TraceEvent): void {
  const { route, ctx, status } = event;
  if (!route.trace) return;
  const now = ctx.clock.now();
  const id = newId(tx);
  const error = readErrorBody(event.responseBody);
  const trace: Trace & { id: string; sequence: number } = {
    id,
    sequence: tx.meta().sequence,
    trace_id: id,
    trace_name: route.trace.name,
    trace_rating: rating(status),
    trace_type: 'ApiCall',
    service_type: route.trace.service,
    resource_type: route.trace.resourceType,
    resource_id: event.resourceId,
    resource_name: event.resourceName || nameOnRecord(tx, route, route.trace.resourceType, event.resourceId),
    source_ip: ctx.settings.sourceIp,
    request: event.requestBody === undefined ? '' : JSON.stringify(event.requestBody),
    response: event.responseBody === undefined ? '' : JSON.stringify(event.responseBody),
    code: String(status),
    api_version: apiVersion(route),
    ...(error ? { message: `${error.code}: ${error.message}` } : {}),
    time: now,
    record_time: now,
    request_id: event.requestId,
    location_info: ctx.settings.region,
    endpoint: ctx.url.origin,
    resource_url: `${route.method} ${ctx.url.pathname}`,
    user: ctx.settings.user,
    tracker_name: 'system',
    project_id: ctx.projectId,
  };
  tx.put('traces', trace);
}

const queryKeys = [
  'trace_type',
  'tracker_name',
  'service_type',
  'resource_type',
  'resource_id',
  'resource_name',
  'trace_name',
  'trace_rating',
  'user',
  'from',
  'to',
  'limit',
  'next',
  'trace_id',
] as const;

export const traceRoutes: Route[] = [
  {
    method: 'GET',
    path: tracePaths.list,
    family: 'cts',
    handle(ctx, tx) {
      const raw = Object.fromEntries(
        queryKeys.flatMap((key) => (ctx.query.has(key) ? [[key, ctx.query.get(key)]] : [])),
      );
      const query = parseBody(traceQuery, raw, ctsInvalid);
      const now = ctx.clock.now();
      // CTS keeps traces for seven days: older ones are gone, whatever the query asks for.
      const kept = now - TRACE_RETENTION_MS;
      const all = tx.all('traces').filter((trace) => trace.time >= kept);
      if (query.trace_id) {
        const traces = all
          .filter((trace) => trace.trace_id === query.trace_id)
          .map(({ id: _id, sequence: _sequence, ...trace }) => trace);
        return { status: 200, body: { traces, meta_data: { count: traces.length, marker: null } } };
      }
      const { from, to } = traceWindow(query, now);
      const matching = all
        .filter(
          (trace) =>
            trace.time >= from &&
            trace.time <= to &&
            (!query.service_type || trace.service_type === query.service_type) &&
            (!query.resource_type || trace.resource_type === query.resource_type) &&
            (!query.resource_id || trace.resource_id === query.resource_id) &&
            (!query.resource_name || trace.resource_name === query.resource_name) &&
            (!query.trace_name || traceNameMatches(query.trace_name, trace.trace_name)) &&
            (!query.trace_rating || trace.trace_rating === query.trace_rating) &&
            (!query.user || trace.user.name === query.user),
        )
        .sort((a, b) => b.time - a.time || b.sequence - a.sequence);
      let start = 0;
      if (query.next) {
        const at = matching.findIndex((trace) => trace.trace_id === query.next);
        if (at < 0) throw ctsInvalid(`The marker ${query.next} is not a trace of this query.`);
        start = at + 1;
      }
      const page = matching.slice(start, start + query.limit);
      const more = start + query.limit < matching.length;
      const traces = page.map(({ id: _id, sequence: _sequence, ...trace }) => trace);
      return {
        status: 200,
        body: { traces, meta_data: { count: traces.length, marker: more ? page[page.length - 1]!.trace_id : null } },
      };
    },
  },
];
