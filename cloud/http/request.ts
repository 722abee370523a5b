/** Turning request bodies and query strings into typed values, or into documented 400s. */
import type { z } from 'zod';
import { elbFaults, type ApiFault } from './fault';

/** `loadbalancer.vip_subnet_id` → `loadbalancer[vip_subnet_id]`, the API's own notation. */
export function fieldName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return head === undefined ? 'RequestBody' : `${head}${rest.map((part) => `[${part}]`).join('')}`;
}

/** Validates a body with a contract schema; the first issue becomes the fault's message. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  /** Receives the path of the broken field too, for APIs whose code depends on the field. */
  fault: (message: string, path: readonly PropertyKey[]) => ApiFault = elbFaults.invalid,
): z.infer<S> {
  if (body === undefined || body === null) throw fault('RequestBody is null or empty, request is invalid.', []);
  // zod 4 leaves `issue.input` out unless asked: without it every wrong type read as "missing".
  const result = schema.safeParse(body, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = fieldName(issue.path);
  // A missing enum or literal (`protocol`, `action`) is missing too, not "not one of the values".
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) {
    throw fault(`RequestBody ${field} is null, this is a required parameter.`, issue.path);
  }
  throw fault(`Invalid ${field}: ${issue.message}`, issue.path);
}

export interface IntRule {
  min: number;
  max: number;
}

/** An optional integer query parameter within a range. */
export function intParam(
  query: URLSearchParams,
  name: string,
  rule: IntRule,
  fault = elbFaults.invalid,
): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < rule.min || value > rule.max) {
    throw fault(`Invalid ${name}: must be an integer from ${rule.min} to ${rule.max}.`);
  }
  return value;
}

export function boolParam(query: URLSearchParams, name: string, fault = elbFaults.invalid): boolean | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const lower = raw.toLowerCase();
  if (lower !== 'true' && lower !== 'false') throw fault(`Invalid ${name}: must be true or false.`);
  return lower === 'true';
}
