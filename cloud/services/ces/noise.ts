/**
 * Deterministic randomness for the synthetic metrics: a seed from a resource ID and a uniform
 * value per (seed, minute index). No random source, so the same store always yields the same series.
 */

export const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** FNV-1a of a string: the per-resource seed. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A uniform value in [0, 1) for a seed and an index (the murmur3 finaliser over both). */
export function uniform(seed: number, index: number): number {
  let hash = (seed ^ Math.imul(index, 0x9e3779b1)) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 4_294_967_296;
}

/** A value in [min, max) picked once per resource: its size, its speed. */
export function between(seed: number, salt: number, min: number, max: number): number {
  return min + (max - min) * uniform(seed, salt);
}

/** The minute's index since the UNIX epoch. */
export const minuteIndex = (minuteStartMs: number): number => Math.floor(minuteStartMs / MINUTE_MS);

/** The start of the minute that contains `epochMs`. */
export const minuteFloor = (epochMs: number): number => Math.floor(epochMs / MINUTE_MS) * MINUTE_MS;

/**
 * The daily traffic shape in UTC, from about 0.1 at 03:00 (quiet night) to 1 at 15:00 (daytime
 * peak); weekends carry 70 % of a weekday's traffic.
 */
export function dailyShape(minuteStartMs: number): number {
  const hours = (((minuteStartMs % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS;
  const daily = 0.1 + 0.9 * (0.5 - 0.5 * Math.cos((2 * Math.PI * (hours - 3)) / 24));
  // 1970-01-01 was a Thursday: day 0 → weekday 4.
  const weekday = (Math.floor(minuteStartMs / DAY_MS) + 4) % 7;
  return weekday === 0 || weekday === 6 ? daily * 0.7 : daily;
}
