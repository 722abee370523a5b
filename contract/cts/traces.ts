/**
 * Cloud Trace Service trace list (FEATURES §11.2; api/cts/trace_management/querying_a_trace_list.rst,
 * guide/auditing/viewing_traces.rst). Errors use `{ error_code: 'CTS.xxx', error_msg }`.
 */
import { z } from 'zod';

export const tracePaths = {
  /** GET traces of the last seven days, newest first; page with `next` = previous `meta_data.marker`. */
  list: '/v3/:project_id/traces',
} as const;

export const TRACE_RATINGS = ['normal', 'warning', 'incident'] as const;
export type TraceRating = (typeof TRACE_RATINGS)[number];

/** Trace source of management traces. */
export const TRACE_SOURCES = ['ApiCall', 'ConsoleAction', 'SystemAction'] as const;
export type TraceSource = (typeof TRACE_SOURCES)[number];

export const TRACE_LIST_DEFAULT_LIMIT = 10;
export const TRACE_LIST_MAX_LIMIT = 200;
/** Traces are kept, and can be queried, for seven days. */
export const TRACE_RETENTION_MS = 7 * 24 * 3_600_000;
/** Without from/to the API answers the last hour. */
export const TRACE_DEFAULT_WINDOW_MS = 3_600_000;

export interface TraceUser {
  id: string;
  name: string;
  domain: { id: string; name: string };
}

export interface Trace {
  trace_id: string;
  /** 1–64 characters: letters, digits, '-', '_', '.'; starts with a letter. */
  trace_name: string;
  trace_rating: TraceRating;
  /** Trace source (the console's "Trace Type" column shows it). */
  trace_type: TraceSource;
  /** Upper-case service acronym, e.g. ELB. */
  service_type: string;
  resource_type: string;
  resource_id: string;
  resource_name: string;
  /** IP address of the user who performed the operation. */
  source_ip: string;
  /** Request body as text ('' when there is none, e.g. DELETE). */
  request?: string;
  /** Response body as text. */
  response?: string;
  /** HTTP status code of the call, as text ("201"). */
  code: string;
  /** e.g. v2.0 for ELB traces. */
  api_version: string;
  message?: string;
  /** When the trace was generated, UNIX ms. */
  time: number;
  /** When CTS recorded it, UNIX ms. */
  record_time: number;
  request_id?: string;
  location_info?: string;
  endpoint?: string;
  resource_url?: string;
  user: TraceUser;
  /** Shown in the guide's example traces, not in the API table. */
  tracker_name?: string;
  event_type?: string;
  project_id?: string;
}

export interface TraceListResponse {
  traces: Trace[];
  /** `marker` is the last trace's ID, null when every trace has been returned. */
  meta_data: { count: number; marker: string | null };
}

const TIME_MESSAGE = 'The time must be a 13-digit UNIX timestamp in milliseconds.';
/** A 13-digit millisecond timestamp, as a number or as digits. */
const epochMs13 = z
  .union([z.number(TIME_MESSAGE), z.string().regex(/^\d{13}$/, TIME_MESSAGE)], { error: TIME_MESSAGE })
  .transform(Number)
  .pipe(
    z
      .number()
      .int(TIME_MESSAGE)
      .min(1e12, TIME_MESSAGE)
      .max(1e13 - 1, TIME_MESSAGE),
  );

const LIMIT_MESSAGE = `limit must be a whole number from 1 to ${TRACE_LIST_MAX_LIMIT}.`;
const limit = z
  .union([z.number(LIMIT_MESSAGE), z.string().regex(/^\d+$/, LIMIT_MESSAGE)], { error: LIMIT_MESSAGE })
  .transform(Number)
  .pipe(z.number().int(LIMIT_MESSAGE).min(1, LIMIT_MESSAGE).max(TRACE_LIST_MAX_LIMIT, LIMIT_MESSAGE));

const filterText = (label: string) => z.string().min(1, `The ${label} filter cannot be blank.`);

export const traceFields = {
  trace_rating: z.enum(TRACE_RATINGS, 'The trace status must be normal, warning or incident.'),
  service_type: z.string().regex(/^[A-Z]+$/, 'The service type must be an upper-case acronym such as ELB.'),
  from: epochMs13,
  to: epochMs13,
  limit,
};

/**
 * GET /v3/{project_id}/traces. `from` and `to` go together; `trace_id`, when given,
 * overrides every other filter (the service ignores them).
 */
export const traceQuery = z
  .object({
    trace_type: z.literal('system', 'The trace type can only be system.').optional(),
    tracker_name: z.literal('system', 'The tracker name can only be system.').optional(),
    service_type: traceFields.service_type.optional(),
    resource_type: filterText('resource type').optional(),
    resource_id: filterText('resource ID').optional(),
    resource_name: filterText('resource name').optional(),
    trace_name: filterText('trace name').optional(),
    trace_rating: traceFields.trace_rating.optional(),
    user: filterText('operator').optional(),
    from: traceFields.from.optional(),
    to: traceFields.to.optional(),
    limit: traceFields.limit.default(TRACE_LIST_DEFAULT_LIMIT),
    /** Marker of the previous page: traces older than this one. */
    next: z.string().min(1, 'The next marker cannot be blank.').optional(),
    trace_id: z.string().min(1, 'The trace ID cannot be blank.').optional(),
  })
  .superRefine((query, ctx) => {
    if ((query.from === undefined) !== (query.to === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'from and to must be used together.' });
    }
    if (query.from !== undefined && query.to !== undefined && query.from >= query.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The start time (from) must be earlier than the end time (to).',
      });
    }
  });
export type TraceQuery = z.input<typeof traceQuery>;
export type ParsedTraceQuery = z.output<typeof traceQuery>;

/** The time window a query covers: the given from/to, else the hour before `nowMs`. */
export function traceWindow(query: { from?: number; to?: number }, nowMs: number): { from: number; to: number } {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  return { from: nowMs - TRACE_DEFAULT_WINDOW_MS, to: nowMs };
}

/** The console limits the time range to the last seven days. */
export function withinTraceRetention(fromMs: number, nowMs: number): boolean {
  return fromMs >= nowMs - TRACE_RETENTION_MS;
}
