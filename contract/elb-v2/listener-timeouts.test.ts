import { describe, expect, it } from 'vitest';
import { effectiveListenerTimeouts, listenerTimeoutRanges } from './listener-timeouts';

describe('listener timeouts (display only)', () => {
  it('documents the ranges per protocol', () => {
    expect(listenerTimeoutRanges('TCP')).toEqual({ keepalive_timeout: { min: 10, max: 4000, default: 300 } });
    expect(listenerTimeoutRanges('UDP')).toEqual({});
    expect(listenerTimeoutRanges('HTTP').keepalive_timeout).toEqual({ min: 0, max: 4000, default: 60 });
    expect(listenerTimeoutRanges('TERMINATED_HTTPS').member_timeout).toEqual({ min: 1, max: 300, default: 60 });
  });
  it('falls back to defaults for null values', () => {
    expect(
      effectiveListenerTimeouts({
        protocol: 'HTTP',
        keepalive_timeout: null,
        client_timeout: 30,
        member_timeout: undefined,
      }),
    ).toEqual({ keepalive_timeout: 60, client_timeout: 30, member_timeout: 60 });
    expect(effectiveListenerTimeouts({ protocol: 'TCP', client_timeout: 30 })).toEqual({
      keepalive_timeout: 300,
      client_timeout: undefined,
      member_timeout: undefined,
    });
    expect(effectiveListenerTimeouts({ protocol: 'UDP', keepalive_timeout: 100 }).keepalive_timeout).toBeUndefined();
  });
});
