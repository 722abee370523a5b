/**
 * LTS log query — GAP-8 ASSUMPTION (see log-groups.ts), modelled on the LTS API Reference
 * "Querying Logs" (ListLogs): `POST /v2/{project_id}/groups/{log_group_id}/streams/{log_stream_id}/content/query`
 * with `start_time`/`end_time` (UTC ms, as text, at most 30 days apart), `keywords`, `limit`,
 * `is_desc`, and paging by `line_num` (the 19-digit sequence number of a line, from the previous
 * answer) plus `search_type` (`forwards` continues after that line in the answer's order,
 * `backwards` returns the lines before it). The answer is `{ logs: [{ content, line_num, labels }],
 * count, isQueryComplete }`.
 */
import { z } from 'zod';

export const LOG_QUERY_MAX_RANGE_MS = 30 * 24 * 3_600_000;
export const LOG_QUERY_DEFAULT_LIMIT = 50;
export const LOG_QUERY_MAX_LIMIT = 5000;
export const LOG_KEYWORDS_MAX = 1024;

const millis = (label: string) =>
  z
    .string(`${label} must be UNIX milliseconds, as text.`)
    .regex(/^\d{1,13}$/, `${label} must be UNIX milliseconds, as text.`);

/** A line's position: its time in ms (13 digits) and its sequence within that ms (6 digits). */
export const LINE_NUM_RE = /^\d{19}$/;

export const logQueryRequest = z
  .object({
    start_time: millis('start_time'),
    end_time: millis('end_time'),
    /** Every word must occur in the line (case-insensitive); empty = every line. */
    keywords: z
      .string()
      .max(LOG_KEYWORDS_MAX, `keywords can contain at most ${LOG_KEYWORDS_MAX} characters.`)
      .optional(),
    line_num: z.string().regex(LINE_NUM_RE, 'line_num must be the 19-digit line_num of a returned line.').optional(),
    search_type: z.enum(['forwards', 'backwards'], 'search_type must be forwards or backwards.').default('forwards'),
    is_desc: z.boolean('is_desc must be true or false.').default(false),
    limit: z
      .number(`limit must be a whole number from 1 to ${LOG_QUERY_MAX_LIMIT}.`)
      .int(`limit must be a whole number from 1 to ${LOG_QUERY_MAX_LIMIT}.`)
      .min(1, `limit must be a whole number from 1 to ${LOG_QUERY_MAX_LIMIT}.`)
      .max(LOG_QUERY_MAX_LIMIT, `limit must be a whole number from 1 to ${LOG_QUERY_MAX_LIMIT}.`)
      .default(LOG_QUERY_DEFAULT_LIMIT),
  })
  .refine((body) => Number(body.start_time) <= Number(body.end_time), {
    message: 'start_time must not be after end_time.',
    path: ['start_time'],
  })
  .refine((body) => Number(body.end_time) - Number(body.start_time) <= LOG_QUERY_MAX_RANGE_MS, {
    message: 'The query time range can be at most 30 days.',
    path: ['end_time'],
  });
export type LogQueryRequest = z.input<typeof logQueryRequest>;
export type ParsedLogQueryRequest = z.output<typeof logQueryRequest>;

export interface LogLine {
  content: string;
  line_num: string;
  labels: Record<string, string>;
}

export interface LogQueryResponse {
  logs: LogLine[];
  /** Lines in this answer. */
  count: number;
  /** False when the page filled up before the time range was searched to its end. */
  isQueryComplete: boolean;
}

/** line_num of a line: `msec` (13 digits) then the line's sequence in that ms (6 digits). */
export function toLineNum(timeMs: number, sequence: number): string {
  return `${String(Math.trunc(timeMs)).padStart(13, '0')}${String(sequence).padStart(6, '0')}`;
}

export function fromLineNum(lineNum: string): { timeMs: number; sequence: number } {
  return { timeMs: Number(lineNum.slice(0, 13)), sequence: Number(lineNum.slice(13)) };
}

/** Every whitespace-separated keyword occurs in the line, ignoring case. */
export function matchesKeywords(line: string, keywords: string | undefined): boolean {
  const words = (keywords ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const lower = line.toLowerCase();
  return words.every((word) => lower.includes(word));
}
