/**
 * LTS log query (Gap 8; contract/lts/log-query.ts) over the access-log lines of the load balancer
 * whose logtank writes to the stream: lines exist only from the logtank's creation (or its move to
 * this stream) up to now. Lines are generated a minute at a time in the scan direction and the scan
 * stops as soon as the page is full, so a page costs about one minute of traffic. A search that
 * matches little stops after MAX_SCANNED_LINES and answers `isQueryComplete: false`.
 */
import {
  fromLineNum,
  logQueryRequest,
  ltsPaths,
  matchesKeywords,
  toLineNum,
  type LogLine,
  type LogQueryResponse,
  type ParsedLogQueryRequest,
} from '../../../contract/lts';
import { parseBody } from '../../http/request';
import type { Route, RouteContext, WriteResult } from '../../http/router';
import type { ReadTx } from '../../store/store';
import { MINUTE_MS, minuteFloor } from '../ces/noise';
import { logSource, minuteLines, type LogSource } from './access-log-lines';
import { ltsFaults } from './faults';
import { mustGetLogGroup } from './log-groups';

export const MAX_SCANNED_LINES = 50_000;

interface Position {
  timeMs: number;
  sequence: number;
}

const compare = (a: Position, b: Position): number => a.timeMs - b.timeMs || a.sequence - b.sequence;

interface Scan {
  source: LogSource;
  from: number;
  to: number;
  newestFirst: boolean;
  /** Only lines strictly past this position in the scan direction. */
  after: Position | undefined;
  keywords: string | undefined;
  limit: number;
}

/** Walks the minutes of [from, to] in one direction; `complete` is false when it stopped early. */
export function scanLines(scan: Scan): { logs: LogLine[]; complete: boolean } {
  const { source, from, to, newestFirst, after } = scan;
  const logs: LogLine[] = [];
  const step = newestFirst ? -MINUTE_MS : MINUTE_MS;
  const startMinute = minuteFloor(
    after ? (newestFirst ? Math.min(to, after.timeMs) : Math.max(from, after.timeMs)) : newestFirst ? to : from,
  );
  const labels = { loadbalancer_id: source.loadBalancer.id };
  let scanned = 0;
  for (let minute = startMinute; newestFirst ? minute >= minuteFloor(from) : minute <= to; minute += step) {
    const lines = minuteLines(source, minute);
    if (newestFirst) lines.reverse();
    for (const [index, line] of lines.entries()) {
      const position = { timeMs: line.timeMs, sequence: newestFirst ? lines.length - 1 - index : index };
      const beyond =
        after !== undefined && (newestFirst ? compare(position, after) >= 0 : compare(position, after) <= 0);
      if (beyond || line.timeMs < from || line.timeMs > to) continue;
      scanned += 1;
      if (!matchesKeywords(line.content, scan.keywords)) continue;
      logs.push({ content: line.content, line_num: toLineNum(position.timeMs, position.sequence), labels });
      if (logs.length === scan.limit) return { logs, complete: false };
    }
    if (scanned >= MAX_SCANNED_LINES) return { logs, complete: false };
  }
  return { logs, complete: true };
}

function query(ctx: RouteContext, tx: ReadTx): WriteResult {
  const group = mustGetLogGroup(tx, ctx.params.log_group_id!);
  const streamId = ctx.params.log_stream_id!;
  const stream = tx.get('logStreams', streamId);
  if (!stream || stream.log_group_id !== group.id) throw ltsFaults.streamNotFound(streamId);
  const body: ParsedLogQueryRequest = parseBody(logQueryRequest, ctx.body, ltsFaults.invalid);
  const logtank = tx.all('logtanks').find((row) => row.log_topic_id === streamId && row.log_group_id === group.id);
  const source = logtank ? logSource(tx, logtank.loadbalancer_id, streamId) : undefined;
  const empty: LogQueryResponse = { logs: [], count: 0, isQueryComplete: true };
  if (!logtank || !source) return { status: 200, body: empty };
  const from = Math.max(Number(body.start_time), logtank.created_ms);
  const to = Math.min(Number(body.end_time), ctx.clock.now());
  if (from > to) return { status: 200, body: empty };
  // `backwards` reads the lines before the anchor: scan the other way, then restore the order.
  const backwards = body.search_type === 'backwards' && body.line_num !== undefined;
  const result = scanLines({
    source,
    from,
    to,
    newestFirst: body.is_desc !== backwards,
    after: body.line_num === undefined ? undefined : fromLineNum(body.line_num),
    keywords: body.keywords,
    limit: body.limit,
  });
  const logs = backwards ? result.logs.reverse() : result.logs;
  const reply: LogQueryResponse = { logs, count: logs.length, isQueryComplete: result.complete };
  return { status: 200, body: reply };
}

export const logQueryRoutes: Route[] = [
  // A POST that only reads: no CTS trace.
  { method: 'POST', path: ltsPaths.query, family: 'lts', handle: query },
];
