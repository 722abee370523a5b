/**
 * Display-only listener timeouts (api/elb/v2.0/listener/querying_listeners.rst; settable only through
 * v3 adding_a_listener.rst; FEATURES §4.6, C11, C14). The v2.0 console shows them, never sends them.
 */
import type { Listener, ListenerProtocol } from './listeners';

export interface TimeoutRange {
  min: number;
  max: number;
  default: number;
}

/**
 * Idle timeout ranges in seconds. HTTP/HTTPS use 0–4000 as FEATURES §0.5 and v2.0 state;
 * the v3 reference says 1–4000 (C11). UDP listeners have no idle timeout.
 */
export const KEEPALIVE_TIMEOUT_RANGE = {
  TCP: { min: 10, max: 4000, default: 300 },
  HTTP: { min: 0, max: 4000, default: 60 },
} as const satisfies Record<string, TimeoutRange>;
/** client_timeout and member_timeout (HTTP/HTTPS only), seconds. */
export const LISTENER_TIMEOUT_RANGE = { min: 1, max: 300, default: 60 } as const satisfies TimeoutRange;

/** Documented range and default of each timeout for a protocol; undefined where it does not apply. */
export function listenerTimeoutRanges(protocol: ListenerProtocol): {
  keepalive_timeout?: TimeoutRange;
  client_timeout?: TimeoutRange;
  member_timeout?: TimeoutRange;
} {
  if (protocol === 'UDP') return {};
  if (protocol === 'TCP') return { keepalive_timeout: KEEPALIVE_TIMEOUT_RANGE.TCP };
  return {
    keepalive_timeout: KEEPALIVE_TIMEOUT_RANGE.HTTP,
    client_timeout: LISTENER_TIMEOUT_RANGE,
    member_timeout: LISTENER_TIMEOUT_RANGE,
  };
}

/** The timeouts to display: the listener's value, else the protocol default; undefined where not applicable. */
export function effectiveListenerTimeouts(
  listener: Pick<Listener, 'protocol' | 'keepalive_timeout' | 'client_timeout' | 'member_timeout'>,
): { keepalive_timeout?: number; client_timeout?: number; member_timeout?: number } {
  const ranges = listenerTimeoutRanges(listener.protocol);
  const pick = (value: number | null | undefined, range: TimeoutRange | undefined) =>
    range === undefined ? undefined : (value ?? range.default);
  return {
    keepalive_timeout: pick(listener.keepalive_timeout, ranges.keepalive_timeout),
    client_timeout: pick(listener.client_timeout, ranges.client_timeout),
    member_timeout: pick(listener.member_timeout, ranges.member_timeout),
  };
}
