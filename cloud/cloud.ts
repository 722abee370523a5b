/**
 * The cloud: every service of the contract behind ONE entry point,
 * `handle(request: Request): Promise<Response>`. MSW mounts it in the browser;
 * a Node server can mount the same function later.
 */
import { systemClock, type Clock } from './clock';
import { ApiFault, elbFaults, projectMismatch, type ErrorFamily } from './http/fault';
import {
  createRouter,
  faultResponse,
  json,
  type Route,
  type RouteContext,
  type WriteResult,
  type WriteRoute,
} from './http/router';
import { settleClassicJobs } from './services/classic/jobs';
import { recordTrace } from './services/cts/traces';
import { allRoutes } from './services/routes';
import { defaultSettings, type CloudSettings } from './settings';
import { createMemoryStore } from './store/memory-store';
import type { Snapshot, Store } from './store/store';
import { buildScenario, type ScenarioName } from './scenarios';

export interface CloudOptions {
  /** A named scenario, or a snapshot saved earlier (mock mode restores state across reloads). */
  scenario: ScenarioName | Snapshot;
  /** Take a given snapshot as it is instead of copying it (it must not be used elsewhere). */
  adoptSnapshot?: boolean;
  clock?: Clock;
  settings?: Partial<CloudSettings>;
}

export interface Cloud {
  handle(request: Request): Promise<Response>;
  /** True when the path belongs to an API the cloud serves (MSW passes everything else through). */
  serves(request: Request): boolean;
  store: Store;
  settings: CloudSettings;
}

/** Path prefixes of the API families the cloud answers (FEATURES §0.2). */
const API_PREFIX = /^\/(v2\.0|v2|v1|v1\.0|v3|V1\.0)\//;

const familyOf = (route: Route | undefined, pathname: string): ErrorFamily => {
  if (route) return route.family;
  if (pathname.startsWith('/v1/')) return 'vpc';
  if (pathname.startsWith('/v1.0/')) return 'classic';
  if (pathname.startsWith('/V1.0/')) return 'ces';
  // LTS is /v2/ (Gap 8); ELB v2.0 is /v2.0/, which does not start with '/v2/'.
  if (pathname.startsWith('/v2/')) return 'lts';
  return 'elb';
};

/**
 * The resource a refused write was aimed at: the last `*_id` path parameter other than the
 * project (`/tags/:key` names the tagged resource by `resource_id`, not by the tag key).
 */
const targetIdOf = (params: Record<string, string>): string =>
  Object.entries(params).findLast(([key]) => key.endsWith('_id') && key !== 'project_id')?.[1] ?? '';

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw elbFaults.invalid('The request body is not valid JSON.');
  }
}

export function createCloud(options: CloudOptions): Cloud {
  const clock = options.clock ?? systemClock;
  const snapshot =
    typeof options.scenario === 'string'
      ? buildScenario(options.scenario)
      : options.adoptSnapshot
        ? options.scenario
        : structuredClone(options.scenario);
  const store = createMemoryStore(snapshot);
  const settings: CloudSettings = { ...defaultSettings, ...options.settings };
  const router = createRouter(allRoutes);
  let requestCount = 0;

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const matched = router.match(request.method.toUpperCase(), url.pathname);
    const family = familyOf(matched?.route, url.pathname);
    requestCount += 1;
    const requestId = `req-${requestCount.toString(16).padStart(8, '0')}`;
    try {
      if (!matched) {
        const status = router.knowsPath(url.pathname) ? 405 : 404;
        throw new ApiFault(status, 'APIGW.0101', `${request.method} ${url.pathname} is not an API of this cloud.`);
      }
      const token = request.headers.get('X-Auth-Token');
      if (!token || (settings.token !== undefined && token !== settings.token)) throw elbFaults.unauthenticated();
      const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await readJson(request);
      const projectId = store.read((tx) => tx.meta().projectId);
      // Every family names the project in its paths; one check here serves them all.
      if (matched.params.project_id !== undefined && matched.params.project_id !== projectId) {
        throw projectMismatch(family);
      }
      const ctx: RouteContext = {
        params: matched.params,
        query: url.searchParams,
        body,
        url,
        clock,
        projectId,
        headers: request.headers,
        settings,
        requestId,
      };
      // Classic jobs whose time has come finish before the request sees the tables.
      settleClassicJobs(store, clock);
      const { route } = matched;
      if (route.method === 'GET') {
        const reply = store.read((tx) => route.handle(ctx, tx));
        return json(reply.status, reply.body);
      }
      return runWrite(route, ctx, requestId);
    } catch (error) {
      if (error instanceof ApiFault) return faultResponse(error, family, requestId);
      throw error;
    }
  }

  async function runWrite(route: WriteRoute, ctx: RouteContext, requestId: string): Promise<Response> {
    const audit = (
      tx: Parameters<typeof recordTrace>[0],
      status: number,
      responseBody: unknown,
      result?: WriteResult,
    ) =>
      recordTrace(tx, {
        route,
        ctx,
        status,
        requestBody: ctx.body,
        responseBody,
        requestId,
        resourceId: result?.audit?.resourceId ?? targetIdOf(ctx.params),
        resourceName: result?.audit?.resourceName ?? '',
      });
    try {
      const handler = route.prepare ? await route.prepare(ctx) : route.handle;
      const result = store.write((tx) => {
        const reply = handler(ctx, tx);
        audit(tx, reply.status, reply.body, reply);
        return reply;
      });
      return json(result.status, result.body);
    } catch (error) {
      if (!(error instanceof ApiFault)) throw error;
      const response = faultResponse(error, route.family, requestId);
      // A refused write is audited too, as a warning, so operators can see what failed.
      if (route.trace)
        store.write((tx) => audit(tx, error.status, { error_code: error.code, error_msg: error.message }));
      return response;
    }
  }

  return {
    handle,
    serves: (request) => API_PREFIX.test(new URL(request.url).pathname),
    store,
    settings,
  };
}
