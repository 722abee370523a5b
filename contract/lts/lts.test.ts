import { describe, expect, it } from 'vitest';
import {
  createLogGroupRequest,
  createLogStreamRequest,
  fromLineNum,
  LOG_QUERY_MAX_LIMIT,
  LOG_QUERY_MAX_RANGE_MS,
  logQueryRequest,
  matchesKeywords,
  toLineNum,
} from '.';

const firstMessage = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('log group and stream names', () => {
  it('accepts 1 and 64 characters of letters, digits, _ - .', () => {
    expect(createLogGroupRequest.safeParse({ log_group_name: 'a' }).success).toBe(true);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'a'.repeat(64) }).success).toBe(true);
    expect(createLogStreamRequest.safeParse({ log_stream_name: 'lts-topic_01.web' }).success).toBe(true);
  });
  it('refuses blank, 65 characters, other characters and the leading/trailing rules', () => {
    expect(firstMessage(createLogGroupRequest.safeParse({ log_group_name: '' }))).toBe('Enter a log group name.');
    expect(firstMessage(createLogGroupRequest.safeParse({ log_group_name: 'a'.repeat(65) }))).toBe(
      'The log group name can contain at most 64 characters.',
    );
    expect(firstMessage(createLogStreamRequest.safeParse({ log_stream_name: 'a b' }))).toMatch(/only letters/);
    expect(firstMessage(createLogStreamRequest.safeParse({ log_stream_name: '_a' }))).toMatch(/cannot start/);
    expect(firstMessage(createLogStreamRequest.safeParse({ log_stream_name: '.a' }))).toMatch(/cannot start/);
    expect(firstMessage(createLogStreamRequest.safeParse({ log_stream_name: 'a.' }))).toMatch(/cannot end/);
  });
  it('keeps logs 1 to 30 days, 7 by default', () => {
    expect(createLogGroupRequest.parse({ log_group_name: 'g' }).ttl_in_days).toBe(7);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'g', ttl_in_days: 1 }).success).toBe(true);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'g', ttl_in_days: 30 }).success).toBe(true);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'g', ttl_in_days: 0 }).success).toBe(false);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'g', ttl_in_days: 31 }).success).toBe(false);
    expect(createLogGroupRequest.safeParse({ log_group_name: 'g', ttl_in_days: 1.5 }).success).toBe(false);
  });
});

describe('logQueryRequest', () => {
  const range = { start_time: '1000', end_time: String(1000 + LOG_QUERY_MAX_RANGE_MS) };
  it('defaults to 50 lines, oldest first, forwards', () => {
    expect(logQueryRequest.parse(range)).toMatchObject({ limit: 50, is_desc: false, search_type: 'forwards' });
  });
  it('accepts a range of exactly 30 days and refuses one ms more', () => {
    expect(logQueryRequest.safeParse(range).success).toBe(true);
    expect(firstMessage(logQueryRequest.safeParse({ ...range, end_time: String(1001 + LOG_QUERY_MAX_RANGE_MS) }))).toBe(
      'The query time range can be at most 30 days.',
    );
  });
  it('refuses a start after the end and times that are not ms text', () => {
    expect(firstMessage(logQueryRequest.safeParse({ start_time: '2', end_time: '1' }))).toBe(
      'start_time must not be after end_time.',
    );
    expect(logQueryRequest.safeParse({ start_time: 1, end_time: '2' }).success).toBe(false);
    expect(logQueryRequest.safeParse({ start_time: '1.5', end_time: '2' }).success).toBe(false);
  });
  it('accepts limit 1 and 5000, refuses 0 and 5001', () => {
    for (const [limit, ok] of [
      [1, true],
      [LOG_QUERY_MAX_LIMIT, true],
      [0, false],
      [LOG_QUERY_MAX_LIMIT + 1, false],
    ] as const) {
      expect(logQueryRequest.safeParse({ ...range, limit }).success).toBe(ok);
    }
  });
  it('takes a 19-digit line_num only', () => {
    expect(logQueryRequest.safeParse({ ...range, line_num: toLineNum(1_700_000_000_000, 3) }).success).toBe(true);
    expect(logQueryRequest.safeParse({ ...range, line_num: '123' }).success).toBe(false);
  });
});

describe('line numbers and keywords', () => {
  it('round-trips a line_num and orders by time then sequence', () => {
    const lineNum = toLineNum(1_764_000_000_123, 42);
    expect(lineNum).toHaveLength(19);
    expect(fromLineNum(lineNum)).toEqual({ timeMs: 1_764_000_000_123, sequence: 42 });
    expect(toLineNum(1_764_000_000_123, 9) < toLineNum(1_764_000_000_124, 0)).toBe(true);
  });
  it('needs every keyword, ignoring case', () => {
    expect(matchesKeywords('GET /api 502', '')).toBe(true);
    expect(matchesKeywords('GET /api 502', 'get 502')).toBe(true);
    expect(matchesKeywords('GET /api 502', 'get 404')).toBe(false);
  });
});
