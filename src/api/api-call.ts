/**
 * An API operation as data: method, path template, params, query and body. The same
 * object is executed by `call()` and shown, before anything is sent, by the
 * "show API request" panel.
 */
import { http, requestUrl, type HttpRequest } from './http';

export interface ApiCall<T> extends Omit<HttpRequest, 'signal'> {
  /** Type of the answer; never set at run time. */
  readonly response?: T;
}

export const defineCall = <T>(request: Omit<HttpRequest, 'signal'>): ApiCall<T> => request;

export function call<T>(apiCall: ApiCall<T>, signal?: AbortSignal): Promise<T> {
  return http<T>({ ...apiCall, signal });
}

/**
 * `POST https://…/v2.0/lbaas/loadbalancers` — a request as the panel shows it: an absolute
 * URL, with the `{placeholders}` for values an earlier call returns left readable.
 */
export function describeCall(apiCall: ApiCall<unknown>): { method: string; url: string; body?: unknown } {
  const url = new URL(requestUrl(apiCall), window.location.origin)
    .toString()
    .replaceAll('%7B', '{')
    .replaceAll('%7D', '}');
  return { method: apiCall.method ?? 'GET', url, ...(apiCall.body === undefined ? {} : { body: apiCall.body }) };
}
