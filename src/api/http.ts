/**
 * The one place requests are made. Typed clients per API family call `http()`
 * with a path template from contract/; components never hold URL strings.
 */
import { buildPath, buildQuery } from '../../contract/path';
import { endpointFor, type ApiFamily } from '../lib/config';
import { ApiError } from './api-error';
import { apiSession } from './session';

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface HttpRequest {
  family: ApiFamily;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template from contract/ with `:params`; `:project_id` is filled in from the session. */
  path: string;
  params?: Record<string, string>;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** The URL a request goes to; also used by the "show API request" panel. */
export function requestUrl({
  family,
  path,
  params,
  query,
}: Pick<HttpRequest, 'family' | 'path' | 'params' | 'query'>): string {
  const { config, region, projectId } = apiSession();
  const base = endpointFor(config, family, region);
  return `${base}${buildPath(path, { project_id: projectId, ...params })}${query ? buildQuery(query) : ''}`;
}

export async function http<T>(request: HttpRequest): Promise<T> {
  const method = request.method ?? 'GET';
  const url = requestUrl(request);
  const { config } = apiSession();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (config.authToken) headers['X-Auth-Token'] = config.authToken;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
    signal: request.signal,
  });
  if (!response.ok) throw await ApiError.from(response, method);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
