/**
 * Classic timestamps, apart from the schemas so that the console's shared formatting can read them
 * without loading the validation library.
 */

/** Classic timestamps: UTC `YYYY-MM-DD HH:MM:SS` (every classic response example). */
export function toClassicTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** Parses a classic timestamp as UTC. */
export function fromClassicTimestamp(value: string): number {
  return Date.parse(`${value.replace(' ', 'T')}Z`);
}
