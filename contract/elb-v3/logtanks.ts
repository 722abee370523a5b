/**
 * Access-log settings, "logtanks" (FEATURES §9; api/elb/v3/log/creating_a_log.rst, querying_logs.rst,
 * viewing_details_of_a_log.rst, updating_a_log.rst, deleting_a_log.rst). A logtank links a load
 * balancer to an LTS log group and log stream (topic); deleting it turns access logging off.
 */
import { z } from 'zod';
import { boolQueryParam, intQueryParam, multiValue, type PageInfo } from './fields';

export const logtankPaths = {
  /** GET list (filters repeat), POST create (201). */
  list: '/v3/:project_id/elb/logtanks',
  /** GET detail, PUT update (200), DELETE (204). */
  item: '/v3/:project_id/elb/logtanks/:logtank_id',
} as const;

export interface Logtank {
  id: string;
  project_id: string;
  loadbalancer_id: string;
  log_group_id: string;
  /** The LTS log stream. */
  log_topic_id: string;
}

export interface LogtankResponse {
  logtank: Logtank;
  request_id: string;
}

export interface LogtankListResponse {
  logtanks: Logtank[];
  page_info: PageInfo;
  request_id: string;
}

function id36(blank: string, label: string) {
  return z.string().min(1, blank).max(36, `The ${label} can contain at most 36 characters.`);
}

export const logtankFields = {
  loadbalancer_id: id36('Select a load balancer.', 'load balancer ID'),
  log_group_id: id36('Select a log group.', 'log group ID'),
  log_topic_id: id36('Select a log stream.', 'log stream ID'),
};

/** POST /v3/{project_id}/elb/logtanks */
export const createLogtankRequest = z.object({
  logtank: z.object({
    loadbalancer_id: logtankFields.loadbalancer_id,
    log_group_id: logtankFields.log_group_id,
    log_topic_id: logtankFields.log_topic_id,
  }),
});
export type CreateLogtankRequest = z.infer<typeof createLogtankRequest>;

/** PUT /v3/{project_id}/elb/logtanks/{logtank_id}: a new log group and/or log stream. */
export const updateLogtankRequest = z.object({
  logtank: z
    .object({
      log_group_id: logtankFields.log_group_id.optional(),
      log_topic_id: logtankFields.log_topic_id.optional(),
    })
    .refine(
      (body) => body.log_group_id !== undefined || body.log_topic_id !== undefined,
      'The request must change the log group or the log stream.',
    ),
});
export type UpdateLogtankRequest = z.infer<typeof updateLogtankRequest>;

export const LOGTANK_LIST_MAX_LIMIT = 2000;

/**
 * GET /v3/{project_id}/elb/logtanks. `marker` and `page_reverse` take effect only with `limit`;
 * for the previous page send `marker` = `previous_marker` and `page_reverse=true`.
 */
export const listLogtanksQuery = z.object({
  id: multiValue('logtank ID').optional(),
  loadbalancer_id: multiValue('load balancer ID').optional(),
  log_group_id: multiValue('log group ID').optional(),
  log_topic_id: multiValue('log stream ID').optional(),
  limit: intQueryParam('limit', 0, LOGTANK_LIST_MAX_LIMIT).default(LOGTANK_LIST_MAX_LIMIT),
  marker: z.string().min(1, 'The marker cannot be blank.').optional(),
  page_reverse: boolQueryParam('page_reverse').default(false),
});
export type ListLogtanksQuery = z.input<typeof listLogtanksQuery>;
export type ParsedListLogtanksQuery = z.output<typeof listLogtanksQuery>;

/** The exact-match filters of the list, in the API's order. */
export const logtankFilterKeys = ['id', 'loadbalancer_id', 'log_group_id', 'log_topic_id'] as const;
export type LogtankFilterKey = (typeof logtankFilterKeys)[number];

/** True when a logtank passes every given filter (any of a filter's values). */
export function logtankMatches(item: Logtank, query: Partial<Record<LogtankFilterKey, readonly string[]>>): boolean {
  return logtankFilterKeys.every((key) => {
    const values = query[key];
    return values === undefined || values.length === 0 || values.includes(item[key]);
  });
}
