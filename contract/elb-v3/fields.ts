/**
 * Query-string building blocks of the v3 APIs: numbers and booleans arrive as text, and
 * filters can repeat (`id=a&id=b`). Errors use `{ error_code, error_msg, request_id }`.
 */
import { z } from 'zod';

/** A whole number in [min, max], as a number or as digits. */
export function intQueryParam(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}.`;
  return z
    .union([z.number(message), z.string().regex(/^-?\d+$/, message)], { error: message })
    .transform(Number)
    .pipe(z.number().int(message).min(min, message).max(max, message));
}

/** true/false, as a boolean or as text. */
export function boolQueryParam(name: string) {
  const message = `${name} must be true or false.`;
  return z
    .union([z.boolean(message), z.enum(['true', 'false'], message)], { error: message })
    .transform((value) => value === true || value === 'true');
}

/** A filter that may repeat; one value or many, always answered as a list. */
export function multiValue(label: string) {
  const item = z.string().min(1, `The ${label} filter cannot be blank.`);
  return z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]));
}

/** v3 list paging (`page_info` of list answers). */
export interface PageInfo {
  /** ID of the first record of this page. */
  previous_marker?: string;
  /** ID of the last record of this page. */
  next_marker?: string;
  current_count: number;
}
