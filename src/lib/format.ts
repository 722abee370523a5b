/** Display formats. API times are UTC; the console shows them in the browser's zone, with the offset. */
import { fromV2Timestamp } from '../../contract/wire';
import { twoDigits as pad } from './local-time';

/** `2026-10-01 10:44:00 GMT+02:00`: sortable, unambiguous, in the reader's own zone. */
function localTimestamp(ms: number): string {
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset();
  const zone = `GMT${offset >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} ${zone}`;
}

/** A v2.0 timestamp (`YYYY-MM-DDTHH:MM:SS`, UTC) or epoch milliseconds, for people. */
export function formatDateTime(value: string | number | undefined): string {
  if (value === undefined || value === '') return '—';
  const ms =
    typeof value === 'number' ? value : /Z|[+-]\d\d:?\d\d$/.test(value) ? Date.parse(value) : fromV2Timestamp(value);
  return Number.isNaN(ms) ? String(value) : localTimestamp(ms);
}

/** An elapsed time for people: `8 s`, `2 min 05 s`, `1 h 03 min`. */
export function formatDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${pad(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
}
