/**
 * Log Tank Service (LTS) log groups and log streams — GAP-8 ASSUMPTION (FEATURES Gaps §8): the
 * material has no LTS API, so the console and the mock cloud use the minimum of the public LTS v2
 * API that access logging needs, modelled on the LTS API Reference (support.huaweicloud.com/api-lts:
 * ListLogGroups "GET /v2/{project_id}/groups", CreateLogGroup, ListLogStream
 * "GET /v2/{project_id}/groups/{log_group_id}/streams", CreateLogStream) and the LTS user guide
 * "Creating Log Groups and Log Streams" (name rules, retention). Errors use
 * `{ error_code: 'LTS.xxxx', error_msg }`.
 */
import { z } from 'zod';

export const ltsPaths = {
  /** GET the account's log groups; POST creates one (201 `{ log_group_id }`). */
  groups: '/v2/:project_id/groups',
  /** GET the group's log streams; POST creates one (201 `{ log_stream_id }`). */
  streams: '/v2/:project_id/groups/:log_group_id/streams',
  /** POST queries the stream's log lines (log-query.ts). */
  query: '/v2/:project_id/groups/:log_group_id/streams/:log_stream_id/content/query',
} as const;

export interface LogGroup {
  log_group_id: string;
  log_group_name: string;
  /** UNIX ms. */
  creation_time: number;
  ttl_in_days: number;
}

export interface LogStream {
  log_stream_id: string;
  log_stream_name: string;
  /** UNIX ms. */
  creation_time: number;
  /** Number of filters on the stream (always 0 here). */
  filter_count: number;
}

export interface LogGroupListResponse {
  log_groups: LogGroup[];
}

export interface LogStreamListResponse {
  log_streams: LogStream[];
}

export const LOG_NAME_MAX = 64;
export const LOG_TTL_MIN_DAYS = 1;
export const LOG_TTL_MAX_DAYS = 30;
export const LOG_TTL_DEFAULT_DAYS = 7;

/** LTS user guide: letters, digits, `_`, `-` and `.`; not starting with `.` or `_`, not ending with `.`. */
function logName(label: string) {
  return z
    .string()
    .trim()
    .min(1, `Enter a ${label} name.`)
    .max(LOG_NAME_MAX, `The ${label} name can contain at most ${LOG_NAME_MAX} characters.`)
    .regex(/^[A-Za-z0-9_.-]*$/, `The ${label} name can contain only letters, digits, underscores, hyphens and periods.`)
    .refine((name) => !/^[._]/.test(name), `The ${label} name cannot start with a period or underscore.`)
    .refine((name) => !name.endsWith('.'), `The ${label} name cannot end with a period.`);
}

export const logGroupName = logName('log group');
export const logStreamName = logName('log stream');

/** POST /v2/{project_id}/groups */
export const createLogGroupRequest = z.object({
  log_group_name: logGroupName,
  ttl_in_days: z
    .number('The retention must be a whole number of days.')
    .int('The retention must be a whole number of days.')
    .min(LOG_TTL_MIN_DAYS, `Logs are kept for ${LOG_TTL_MIN_DAYS} to ${LOG_TTL_MAX_DAYS} days.`)
    .max(LOG_TTL_MAX_DAYS, `Logs are kept for ${LOG_TTL_MIN_DAYS} to ${LOG_TTL_MAX_DAYS} days.`)
    .default(LOG_TTL_DEFAULT_DAYS),
});
export type CreateLogGroupRequest = z.input<typeof createLogGroupRequest>;

/** POST /v2/{project_id}/groups/{log_group_id}/streams */
export const createLogStreamRequest = z.object({ log_stream_name: logStreamName });
export type CreateLogStreamRequest = z.input<typeof createLogStreamRequest>;

export interface CreateLogGroupResponse {
  log_group_id: string;
}

export interface CreateLogStreamResponse {
  log_stream_id: string;
}
