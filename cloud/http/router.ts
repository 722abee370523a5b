/**
 * A small router over the Fetch API. Each service declares its routes as data;
 * `dispatch` matches method + path template, runs the handler inside a store
 * transaction and renders the reply (or the fault) in the family's format.
 */
import type { Clock } from '../clock';
import type { CloudSettings } from '../settings';
import type { ReadTx, WriteTx } from '../store/store';
import { renderFault, type ApiFault, type ErrorFamily } from './fault';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Reply {
  status: number;
  body?: unknown;
}

export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body (undefined when the request had none). */
  body: unknown;
  url: URL;
  clock: Clock;
  projectId: string;
  headers: Headers;
  settings: CloudSettings;
  requestId: string;
}

/** What a write tells the audit trail about the resource it touched. */
export interface AuditNote {
  resourceId: string;
  resourceName: string;
}

/** The audit note of a write that touched one named resource. */
export const auditOf = (resource: { id: string; name: string }): AuditNote => ({
  resourceId: resource.id,
  resourceName: resource.name,
});

export interface WriteResult extends Reply {
  audit?: AuditNote;
}

interface RouteBase {
  method: Method;
  /** Path template with `:param` placeholders, from contract/. */
  path: string;
  family: ErrorFamily;
}

export interface ReadRoute extends RouteBase {
  method: 'GET';
  handle(ctx: RouteContext, tx: ReadTx): Reply;
}

/** The part of a write that runs inside the store transaction. */
export type WriteHandler = (ctx: RouteContext, tx: WriteTx) => WriteResult;

interface WriteRouteBase extends RouteBase {
  method: 'POST' | 'PUT' | 'DELETE';
  /**
   * CTS trace this write records (guide/auditing/key_operations_recorded_by_cts.rst).
   * Absent on the few POSTs that only query.
   */
  trace?: { service: 'ELB' | 'VPC' | 'CES'; name: string; resourceType: string };
}

/**
 * A write is one synchronous transaction, or, when it needs slow work first (parsing an uploaded
 * certificate with a lazily loaded library), an asynchronous `prepare` that returns the transaction's
 * handler. A fault thrown by `prepare` is answered and audited like one thrown inside the transaction.
 */
export type WriteRoute = WriteRouteBase &
  ({ handle: WriteHandler; prepare?: never } | { prepare(ctx: RouteContext): Promise<WriteHandler>; handle?: never });

export type Route = ReadRoute | WriteRoute;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  keys: string[];
}

function compile(route: Route): CompiledRoute {
  const keys: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}/?$`), keys };
}

export interface MatchedRoute {
  route: Route;
  params: Record<string, string>;
}

export interface Router {
  match(method: string, pathname: string): MatchedRoute | undefined;
  /** True when some route has this path, whatever the method (405 vs 404). */
  knowsPath(pathname: string): boolean;
}

export function createRouter(routes: Route[]): Router {
  // Literal segments win over parameters: `/loadbalancers/tags` before `/loadbalancers/:id`.
  const compiled = routes
    .map(compile)
    .sort((a, b) => a.keys.length - b.keys.length || b.route.path.length - a.route.path.length);
  const find = (pathname: string, method?: string) => {
    for (const entry of compiled) {
      if (method && entry.route.method !== method) continue;
      const found = entry.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      entry.keys.forEach((key, index) => {
        params[key] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { route: entry.route, params };
    }
    return undefined;
  };
  return {
    match: (method, pathname) => find(pathname, method),
    knowsPath: (pathname) => find(pathname) !== undefined,
  };
}

export function json(status: number, body?: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function faultResponse(fault: ApiFault, family: ErrorFamily, requestId: string): Response {
  return json(fault.status, renderFault(fault, family, requestId));
}
