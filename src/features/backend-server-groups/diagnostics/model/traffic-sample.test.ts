import { describe, expect, it } from 'vitest';
import { formatAccessLogLine, parseAccessLogLine } from '../../../../../contract/elb-v3/access-log';
import { ACCESS_LOG_EXAMPLE, type UpstreamGroups } from '../../../../../contract/elb-v3/access-log-fields';
import { countUpstreams, poolKeyword } from './traffic-sample';

/**
 * The guide's example line, sent to other backend servers: their private addresses, while
 * `upstream_addr` keeps the example's other address, which no member has.
 */
function logLine(addr: UpstreamGroups<string> | null): string {
  const parsed = parseAccessLogLine(ACCESS_LOG_EXAMPLE);
  if (!parsed.ok) throw new Error(parsed.message);
  return formatAccessLogLine({ ...parsed.record, upstream_addr_priv: addr });
}

describe('requests per backend server from access logs', () => {
  it('counts the address that answered, after retries, and skips requests never forwarded', () => {
    const sample = countUpstreams([
      logLine([['10.0.1.11:80']]),
      logLine([['10.0.1.12:80']]),
      logLine([['10.0.1.12:80', '10.0.1.11:80']]),
      logLine(null),
      'not an access log line',
    ]);
    expect(sample.sampled).toBe(3);
    expect(Object.fromEntries(sample.byAddress)).toEqual({ '10.0.1.11:80': 2, '10.0.1.12:80': 1 });
  });

  it('finds a group in the lines by its pool_ name', () => {
    expect(poolKeyword('066a5dc5')).toBe('pool_066a5dc5');
    expect(ACCESS_LOG_EXAMPLE).toContain('pool_');
  });
});
