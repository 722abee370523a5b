/**
 * The viewer's columns: every documented field can be shown (ACCESS_LOG_FIELDS); these are shown
 * by default, in this order. The rest follow in the line's order.
 */
import { ACCESS_LOG_FIELDS } from '../../../../contract/elb-v3/access-log-fields';

export const POSITION = {
  time: 1,
  client: 5,
  status: 6,
  request: 7,
  requestTime: 11,
  upstreamStatus: 12,
  userAgent: 17,
  listener: 21,
  upstream: 27,
} as const;

export const DEFAULT_COLUMNS: readonly number[] = [
  POSITION.time,
  POSITION.client,
  POSITION.request,
  POSITION.status,
  POSITION.requestTime,
  POSITION.upstream,
  POSITION.upstreamStatus,
  POSITION.listener,
  POSITION.userAgent,
];

/** Every position, the default ones first. */
export const COLUMN_ORDER: readonly number[] = [
  ...DEFAULT_COLUMNS,
  ...ACCESS_LOG_FIELDS.map((field) => field.position).filter((position) => !DEFAULT_COLUMNS.includes(position)),
];

/** The chosen columns in display order. */
export const orderedColumns = (shown: ReadonlySet<number>): number[] =>
  COLUMN_ORDER.filter((position) => shown.has(position));
