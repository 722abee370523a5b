/**
 * Local wall time (the reader's zone) to the minute: for chart tooltips and short "since" lines, and as
 * `<input type="datetime-local">` values ↔ epoch milliseconds for every custom time range of the console.
 */
export const twoDigits = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD HH:MM` in the reader's zone. */
export function localMinute(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

export function toLocalInput(ms: number): string {
  return localMinute(ms).replace(' ', 'T');
}

/** undefined for an empty or unreadable value. */
export function fromLocalInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
