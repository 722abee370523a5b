/**
 * How close a certificate is to its expiry. ELB does not check validity (guide/certificate/overview.rst):
 * an expired certificate keeps serving until someone replaces it, so the console says it loudly.
 */
import { fromCertificateTimestamp } from '../../contract/elb-v2/certificates';

/** Certificates that expire within this many days are flagged (issue: "expiring within 30 days"). */
export const EXPIRING_WITHIN_DAYS = 30;
const DAY_MS = 86_400_000;

export type ExpiryState = 'expired' | 'expiring' | 'valid';

export interface Expiry {
  state: ExpiryState;
  /** Whole days until expiry (negative once expired: days since). */
  days: number;
}

/** `expireAt`: an API `expire_time`, or the instant itself. */
export function expiryOf(expireAt: string | number, now: number): Expiry {
  const remaining = (typeof expireAt === 'string' ? fromCertificateTimestamp(expireAt) : expireAt) - now;
  if (remaining <= 0) return { state: 'expired', days: 0 - Math.floor(-remaining / DAY_MS) };
  const days = Math.floor(remaining / DAY_MS);
  return { state: days < EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid', days };
}
