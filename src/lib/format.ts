/** Display formats. API times are UTC; the console shows them in the browser's zone, with the offset. */
import { fromV2Timestamp } from '../../contract/wire';

const dateTime = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
});

/** A v2.0 timestamp (`YYYY-MM-DDTHH:MM:SS`, UTC) or epoch milliseconds, for people. */
export function formatDateTime(value: string | number | undefined): string {
  if (value === undefined || value === '') return '—';
  const ms =
    typeof value === 'number' ? value : /Z|[+-]\d\d:?\d\d$/.test(value) ? Date.parse(value) : fromV2Timestamp(value);
  return Number.isNaN(ms) ? String(value) : dateTime.format(ms);
}
