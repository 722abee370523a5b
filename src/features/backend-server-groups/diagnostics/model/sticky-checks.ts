/**
 * "Sticky sessions fail to take effect" (guide/faq/sticky_sessions/how_do_i_check_if_sticky_sessions_
 * failed_to_take_effect.rst; FEATURES §12.4, §4.4, §12.5 matrix, C7, C8): the group's settings
 * checked against the rules, live member health, and what only the user can check.
 */
import type { Member } from '../../../../../contract/elb-v2/members';
import { stickyTypesFor } from '../../../../../contract/elb-v2/pool-protocols';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { DEFAULT_STICKY_MINUTES } from '../../../../../contract/elb-v2/sticky-session';
import { memberHealthCheck, type DiagnosticCheck } from './check';

export type StickyCheckId = 'enabled' | 'algorithm' | 'type' | 'cookie' | 'duration' | 'health' | 'clientAddress';
export type StickyCheck = DiagnosticCheck<StickyCheckId>;

export interface StickyFacts {
  pool: Pool;
  members: readonly Member[];
  /** Where clients reach the group: `http://80.158.10.21:80`, for the cookie round trip; absent without listener. */
  frontendUrl?: string;
}

function enabledCheck({ pool }: StickyFacts): StickyCheck {
  const sticky = pool.session_persistence;
  return sticky
    ? { id: 'enabled', status: 'passed', variant: 'on', params: { type: sticky.type } }
    : { id: 'enabled', status: 'failed', variant: 'off', params: {} };
}

/** Only weighted round robin keeps sessions sticky (the FAQ's algorithm × type matrix). */
function algorithmCheck({ pool }: StickyFacts): StickyCheck {
  return pool.lb_algorithm === 'ROUND_ROBIN'
    ? { id: 'algorithm', status: 'passed', variant: 'roundRobin', params: {} }
    : { id: 'algorithm', status: 'failed', variant: 'notRoundRobin', params: { algorithm: pool.lb_algorithm } };
}

function typeCheck({ pool }: StickyFacts, type: string): StickyCheck {
  const allowed = stickyTypesFor(pool.protocol);
  return allowed.some((item) => item === type)
    ? { id: 'type', status: 'passed', variant: 'fits', params: { type, protocol: pool.protocol } }
    : {
        id: 'type',
        status: 'failed',
        variant: pool.protocol === 'HTTP' ? 'needsCookie' : 'needsSourceIp',
        params: { type, protocol: pool.protocol },
      };
}

/** Layer 7: the cookie must go out with the response and come back with every request. */
function cookieCheck({ pool, frontendUrl }: StickyFacts): StickyCheck {
  const sticky = pool.session_persistence!;
  const url = frontendUrl ?? 'http://<address>:<port>';
  if (sticky.type === 'APP_COOKIE' && !sticky.cookie_name) {
    return { id: 'cookie', status: 'failed', variant: 'noCookieName', params: {} };
  }
  const cookie = sticky.type === 'APP_COOKIE' ? (sticky.cookie_name ?? '') : '';
  return {
    id: 'cookie',
    status: 'verify',
    variant: sticky.type === 'APP_COOKIE' ? 'appCookie' : 'lbCookie',
    params: { cookie, url },
    commands: [`curl -si ${url}/ | grep -i '^set-cookie'`, `curl -si --cookie '<name>=<value>' ${url}/`],
  };
}

function durationCheck({ pool }: StickyFacts): StickyCheck {
  const minutes = pool.session_persistence?.persistence_timeout ?? DEFAULT_STICKY_MINUTES;
  return { id: 'duration', status: 'verify', variant: 'minutes', params: { minutes } };
}

/** Source IP stickiness breaks when something in front (CDN, WAF, proxy) changes the client address. */
function clientAddressCheck(): StickyCheck {
  return { id: 'clientAddress', status: 'verify', variant: 'proxy', params: {} };
}

export function stickyChecks(facts: StickyFacts): StickyCheck[] {
  const sticky = facts.pool.session_persistence;
  if (!sticky) return [enabledCheck(facts), algorithmCheck(facts)];
  const layer7 = sticky.type !== 'SOURCE_IP';
  return [
    enabledCheck(facts),
    algorithmCheck(facts),
    typeCheck(facts, sticky.type),
    ...(layer7 ? [cookieCheck(facts)] : [clientAddressCheck()]),
    ...(sticky.type === 'APP_COOKIE' ? [] : [durationCheck(facts)]),
    // An unhealthy server gets no new requests: its sessions move to another server.
    memberHealthCheck('health', facts.members),
  ];
}
