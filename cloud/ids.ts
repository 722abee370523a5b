/**
 * Deterministic IDs: the n-th ID of a cloud is always the same, so scenarios,
 * tests and screenshots are repeatable (no random source).
 */

/** 32-bit integer hash (a variant of splitmix32). */
function mix(seed: number): number {
  let z = (seed + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

/** A UUID-shaped ID derived from a namespace number and a sequence number. */
export function deterministicUuid(namespace: number, sequence: number): string {
  const seed = mix(mix(namespace) ^ mix(sequence + 0x632be5ab));
  const words = [0, 1, 2, 3].map((part) => hex8(mix(seed + Math.imul(part + 1, 0x9e3779b9))));
  const text = words.join('');
  // Version 4 / variant bits keep the shape of a real UUID.
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-4${text.slice(13, 16)}-a${text.slice(17, 20)}-${text.slice(20, 32)}`;
}

/** 32 hex characters, the shape of project IDs and classic certificate IDs. */
export function deterministicHex32(namespace: number, sequence: number): string {
  return deterministicUuid(namespace, sequence).replaceAll('-', '');
}
