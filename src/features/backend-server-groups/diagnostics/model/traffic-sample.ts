/**
 * Requests per backend server, counted from access-log lines (FEATURES §9, §12.4): the server that
 * answered is the last attempt of `upstream_addr_priv`, its private address as members carry it
 * (`upstream_addr` may hold another address; guide/access_logging.rst example). Earlier attempts
 * failed and were retried.
 */
import { parseAccessLogLine, upstreamAttempts } from '../../../../../contract/elb-v3/access-log';

/** How far back the sample reaches and how many lines it reads at most (one LTS query). */
export const SAMPLE_WINDOW_MS = 60 * 60 * 1000;
export const SAMPLE_LIMIT = 1000;

export interface TrafficSample {
  /** Lines that reached a backend server. */
  sampled: number;
  /** Requests by `address:port`. */
  byAddress: ReadonlyMap<string, number>;
}

/** The log lines of one group carry its ID as `pool_<id>` (guide Table 1, pool_name). */
export const poolKeyword = (poolId: string): string => `pool_${poolId}`;

export function countUpstreams(lines: readonly string[]): TrafficSample {
  const byAddress = new Map<string, number>();
  let sampled = 0;
  for (const line of lines) {
    const parsed = parseAccessLogLine(line);
    if (!parsed.ok) continue;
    const answered = upstreamAttempts(parsed.record.upstream_addr_priv).at(-1);
    if (!answered) continue;
    sampled += 1;
    byAddress.set(answered, (byAddress.get(answered) ?? 0) + 1);
  }
  return { sampled, byAddress };
}
