import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/**
 * "Now" for days-left figures and elapsed times: read once, then every `intervalMs` (a minute by
 * default; 0 stops the ticking), so renders stay pure and figures stay current.
 */
export function useNow(intervalMs = MINUTE_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (intervalMs <= 0) return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
