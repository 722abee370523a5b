import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STICKY_MINUTES,
  sessionPersistence,
  stickyDurationRange,
  stickySessionRule,
  withStickyDefaults,
  type StickySessionSettings,
} from './sticky-session';

const rule = (settings: Partial<StickySessionSettings> & Pick<StickySessionSettings, 'session_persistence'>) =>
  stickySessionRule({ protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN', ...settings }).map((issue) => issue.message);

describe('stickySessionRule', () => {
  it('accepts no stickiness with any algorithm', () => {
    expect(rule({ lb_algorithm: 'SOURCE_IP', session_persistence: null })).toEqual([]);
    expect(rule({ lb_algorithm: 'LEAST_CONNECTIONS', session_persistence: undefined })).toEqual([]);
  });

  it('allows stickiness only with weighted round robin', () => {
    const sticky = { type: 'HTTP_COOKIE' as const, persistence_timeout: 20 };
    expect(rule({ session_persistence: sticky })).toEqual([]);
    expect(rule({ lb_algorithm: 'LEAST_CONNECTIONS', session_persistence: sticky })).toEqual([
      'Sticky sessions can be enabled only with the weighted round robin algorithm.',
    ]);
    expect(rule({ lb_algorithm: 'SOURCE_IP', session_persistence: sticky })).toHaveLength(1);
  });

  it('matches the type to the protocol', () => {
    expect(rule({ protocol: 'TCP', session_persistence: { type: 'SOURCE_IP' } })).toEqual([]);
    expect(rule({ protocol: 'UDP', session_persistence: { type: 'SOURCE_IP' } })).toEqual([]);
    expect(rule({ protocol: 'TCP', session_persistence: { type: 'HTTP_COOKIE' } })).toEqual([
      'TCP and UDP backend server groups support only source IP address stickiness.',
    ]);
    expect(rule({ protocol: 'HTTP', session_persistence: { type: 'SOURCE_IP' } })).toEqual([
      'HTTP backend server groups support only load balancer cookie or application cookie stickiness.',
    ]);
    expect(rule({ session_persistence: { type: 'APP_COOKIE', cookie_name: 'my_cookie' } })).toEqual([]);
  });

  it('bounds the duration: 1–60 min for TCP/UDP', () => {
    const tcp = (minutes: number) =>
      rule({ protocol: 'TCP', session_persistence: { type: 'SOURCE_IP', persistence_timeout: minutes } });
    expect(tcp(1)).toEqual([]);
    expect(tcp(60)).toEqual([]);
    expect(tcp(0)).toEqual(['The stickiness duration must be 1 to 60 minutes.']);
    expect(tcp(61)).toEqual(['The stickiness duration must be 1 to 60 minutes.']);
    expect(stickyDurationRange('UDP')).toEqual({ min: 1, max: 60 });
  });

  it('bounds the duration: 1–1440 min for HTTP', () => {
    const http = (minutes: number) =>
      rule({ session_persistence: { type: 'HTTP_COOKIE', persistence_timeout: minutes } });
    expect(http(1)).toEqual([]);
    expect(http(1440)).toEqual([]);
    expect(http(0)).toEqual(['The stickiness duration must be 1 to 1440 minutes.']);
    expect(http(1441)).toEqual(['The stickiness duration must be 1 to 1440 minutes.']);
  });

  it('needs a well-formed cookie name for application cookies', () => {
    const app = (cookie_name: string | null) => rule({ session_persistence: { type: 'APP_COOKIE', cookie_name } });
    expect(app('JSESSION.id-1_x')).toEqual([]);
    expect(app(null)).toEqual(['Enter a cookie name for application cookie stickiness.']);
    expect(app('')).toEqual(['Enter a cookie name for application cookie stickiness.']);
    expect(app('my cookie')).toEqual([
      'The cookie name can contain only letters, digits, hyphens (-), underscores (_) and periods (.).',
    ]);
    expect(app('a=b')).toHaveLength(1);
  });

  it('ignores the duration of application cookies (as the API example sends one)', () => {
    expect(
      rule({ session_persistence: { type: 'APP_COOKIE', cookie_name: 'my_cookie', persistence_timeout: 99999 } }),
    ).toEqual([]);
  });

  it('refuses a cookie name for other types', () => {
    expect(rule({ session_persistence: { type: 'HTTP_COOKIE', cookie_name: 'x' } })).toEqual([
      'A cookie name can be set only for application cookie stickiness.',
    ]);
    expect(rule({ session_persistence: { type: 'HTTP_COOKIE', cookie_name: null } })).toEqual([]);
  });

  it('reports paths under session_persistence', () => {
    const issues = stickySessionRule({
      protocol: 'TCP',
      lb_algorithm: 'ROUND_ROBIN',
      session_persistence: { type: 'SOURCE_IP', persistence_timeout: 61 },
    });
    expect(issues[0]?.path).toEqual(['session_persistence', 'persistence_timeout']);
  });
});

describe('sessionPersistence shape', () => {
  it('requires a type (ELB.9805)', () => {
    expect(sessionPersistence.safeParse({ persistence_timeout: 5 }).success).toBe(false);
    expect(sessionPersistence.safeParse({ type: 'HTTP_COOKIE' }).success).toBe(true);
    expect(sessionPersistence.safeParse({ type: 'HTTP_COOKIE', persistence_timeout: 1.5 }).success).toBe(false);
  });
});

describe('withStickyDefaults', () => {
  it('applies the 20-minute default (C8)', () => {
    expect(DEFAULT_STICKY_MINUTES).toBe(20);
    expect(withStickyDefaults({ type: 'HTTP_COOKIE' })).toEqual({
      type: 'HTTP_COOKIE',
      cookie_name: null,
      persistence_timeout: 20,
    });
    expect(withStickyDefaults({ type: 'SOURCE_IP', persistence_timeout: 5 })?.persistence_timeout).toBe(5);
    expect(withStickyDefaults({ type: 'APP_COOKIE', cookie_name: 'c' })).toEqual({
      type: 'APP_COOKIE',
      cookie_name: 'c',
      persistence_timeout: null,
    });
    expect(withStickyDefaults(null)).toBeNull();
  });
});
