import { useEffect, useState } from 'react';

const MINUTE_MS = 60_000;

/** "Now" for days-left figures: read once, then once a minute, so renders stay pure and figures stay current. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), MINUTE_MS);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
