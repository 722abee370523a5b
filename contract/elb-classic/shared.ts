/**
 * Rules shared by every classic (v1.0) resource (api/elb/classic-v1.0/**).
 * Classic bodies are never wrapped: a request or response is the resource itself.
 */
import { z } from 'zod';

const NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
const NAME_MESSAGE = 'The name must be 1 to 64 characters: letters, digits, underscores (_) and hyphens (-).';

/** Load balancer and listener names: 1–64, letters, digits, `_`, `-` (creating_a_load_balancer.rst, adding_a_listener.rst). */
export const classicName = z.string(NAME_MESSAGE).regex(NAME_RE, NAME_MESSAGE);
export const isClassicName = (value: string): boolean => NAME_RE.test(value);

/** Descriptions: 0–128 characters without angle brackets (every classic create/modify page). */
export const classicDescription = z
  .string('The description must be text.')
  .max(128, 'The description can contain at most 128 characters.')
  .refine((value) => !/[<>]/.test(value), 'The description cannot contain angle brackets (< and >).');

/** Bandwidth of a classic public load balancer, Mbit/s (the region may narrow it; the console shows the range). */
export const CLASSIC_BANDWIDTH_MIN = 1;
export const CLASSIC_BANDWIDTH_MAX = 500;
const BANDWIDTH_MESSAGE = `The bandwidth must be a whole number from ${CLASSIC_BANDWIDTH_MIN} to ${CLASSIC_BANDWIDTH_MAX} Mbit/s.`;
export const classicBandwidth = z
  .number({ error: 'Enter the bandwidth.' })
  .int(BANDWIDTH_MESSAGE)
  .min(CLASSIC_BANDWIDTH_MIN, BANDWIDTH_MESSAGE)
  .max(CLASSIC_BANDWIDTH_MAX, BANDWIDTH_MESSAGE);

/** A whole number in [min, max] whose message names the field and the range. */
export function classicIntRange(label: string, min: number, max: number, unit = '') {
  const message = `${label} must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}.`;
  return z
    .number({ error: `Enter ${label.charAt(0).toLowerCase()}${label.slice(1)}.` })
    .int(message)
    .min(min, message)
    .max(max, message);
}

/** `{ instance_num }` is a string in the classic list responses ("1"); this reads it as a number. */
export function readClassicInstanceNum(value: string | number): number {
  const count = Number(value);
  return Number.isFinite(count) ? count : 0;
}
