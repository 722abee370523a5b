import { describe, expect, it } from 'vitest';
import {
  defaultTimeouts,
  defaultTransparentClientIp,
  isLayer7Protocol,
  updateListenerV3Request,
  updateListenerV3RequestFor,
} from './listeners';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const body = (listener: Record<string, unknown>) => ({ listener });

describe('updateListenerV3Request (protocol unknown)', () => {
  it('accepts the console subset', () => {
    expect(
      updateListenerV3Request.safeParse(
        body({
          insert_headers: { 'X-Forwarded-ELB-IP': true },
          transparent_client_ip_enable: true,
          keepalive_timeout: 60,
          client_timeout: 60,
          member_timeout: 60,
        }),
      ).success,
    ).toBe(true);
  });
  it('bounds the idle timeout to 0–4000', () => {
    expect(updateListenerV3Request.safeParse(body({ keepalive_timeout: 0 })).success).toBe(true);
    expect(updateListenerV3Request.safeParse(body({ keepalive_timeout: 4000 })).success).toBe(true);
    expect(updateListenerV3Request.safeParse(body({ keepalive_timeout: -1 })).success).toBe(false);
    expect(messages(updateListenerV3Request.safeParse(body({ keepalive_timeout: 4001 })))).toEqual([
      'The idle timeout must be a whole number from 0 to 4000 seconds.',
    ]);
  });
  it('bounds client and member timeouts to 1–300', () => {
    for (const key of ['client_timeout', 'member_timeout']) {
      expect(updateListenerV3Request.safeParse(body({ [key]: 1 })).success).toBe(true);
      expect(updateListenerV3Request.safeParse(body({ [key]: 300 })).success).toBe(true);
      expect(updateListenerV3Request.safeParse(body({ [key]: 0 })).success).toBe(false);
      expect(updateListenerV3Request.safeParse(body({ [key]: 301 })).success).toBe(false);
      expect(updateListenerV3Request.safeParse(body({ [key]: 1.5 })).success).toBe(false);
    }
    expect(messages(updateListenerV3Request.safeParse(body({ member_timeout: 301 })))).toEqual([
      'The backend server response timeout must be a whole number from 1 to 300 seconds.',
    ]);
  });
  it('refuses an empty change and non-boolean switches', () => {
    expect(messages(updateListenerV3Request.safeParse(body({})))).toEqual([
      'The request must change at least one field.',
    ]);
    expect(updateListenerV3Request.safeParse(body({ insert_headers: { 'X-Forwarded-ELB-IP': 'yes' } })).success).toBe(
      false,
    );
    expect(updateListenerV3Request.safeParse(body({ transparent_client_ip_enable: 1 })).success).toBe(false);
  });
});

describe('updateListenerV3RequestFor(TCP)', () => {
  const tcp = updateListenerV3RequestFor('TCP');
  it('bounds the idle timeout to 10–4000', () => {
    expect(tcp.safeParse(body({ keepalive_timeout: 10 })).success).toBe(true);
    expect(tcp.safeParse(body({ keepalive_timeout: 4000 })).success).toBe(true);
    expect(messages(tcp.safeParse(body({ keepalive_timeout: 9 })))).toEqual([
      'The idle timeout of a TCP listener must be a whole number from 10 to 4000 seconds.',
    ]);
    expect(tcp.safeParse(body({ keepalive_timeout: 4001 })).success).toBe(false);
  });
  it('lets the client IP switch either way', () => {
    expect(tcp.safeParse(body({ transparent_client_ip_enable: false })).success).toBe(true);
    expect(tcp.safeParse(body({ transparent_client_ip_enable: true })).success).toBe(true);
  });
  it('refuses Layer-7 settings', () => {
    expect(messages(tcp.safeParse(body({ client_timeout: 60 })))).toEqual([
      'The client timeout applies only to HTTP and HTTPS listeners.',
    ]);
    expect(tcp.safeParse(body({ member_timeout: 60 })).success).toBe(false);
    expect(messages(tcp.safeParse(body({ insert_headers: { 'X-Forwarded-ELB-IP': true } })))).toEqual([
      'Headers can be inserted only by HTTP and HTTPS listeners.',
    ]);
  });
});

describe('updateListenerV3RequestFor(UDP)', () => {
  const udp = updateListenerV3RequestFor('UDP');
  it('has no idle timeout but can pass the client IP', () => {
    expect(messages(udp.safeParse(body({ keepalive_timeout: 60 })))).toEqual(['UDP listeners have no idle timeout.']);
    expect(udp.safeParse(body({ transparent_client_ip_enable: true })).success).toBe(true);
  });
});

describe('updateListenerV3RequestFor(HTTP/HTTPS)', () => {
  it.each(['HTTP', 'HTTPS', 'TERMINATED_HTTPS'] as const)(
    '%s: 0–4000 idle timeout, headers, client IP only true',
    (p) => {
      const schema = updateListenerV3RequestFor(p);
      expect(schema.safeParse(body({ keepalive_timeout: 0 })).success).toBe(true);
      expect(schema.safeParse(body({ keepalive_timeout: 4000 })).success).toBe(true);
      expect(messages(schema.safeParse(body({ keepalive_timeout: 4001 })))).toEqual([
        'The idle timeout of an HTTP or HTTPS listener must be a whole number from 0 to 4000 seconds.',
      ]);
      expect(schema.safeParse(body({ insert_headers: { 'X-Forwarded-ELB-IP': true } })).success).toBe(true);
      expect(schema.safeParse(body({ client_timeout: 300, member_timeout: 1 })).success).toBe(true);
      expect(schema.safeParse(body({ transparent_client_ip_enable: true })).success).toBe(true);
      expect(messages(schema.safeParse(body({ transparent_client_ip_enable: false })))).toEqual([
        'HTTP and HTTPS listeners always pass the client IP address; the value can only be true.',
      ]);
    },
  );
});

describe('defaults', () => {
  it('follow the v3 reference', () => {
    expect(isLayer7Protocol('TERMINATED_HTTPS')).toBe(true);
    expect(isLayer7Protocol('TCP')).toBe(false);
    expect(defaultTimeouts('TCP')).toEqual({ keepalive_timeout: 300, client_timeout: null, member_timeout: null });
    expect(defaultTimeouts('HTTP')).toEqual({ keepalive_timeout: 60, client_timeout: 60, member_timeout: 60 });
    expect(defaultTimeouts('UDP')).toEqual({ keepalive_timeout: null, client_timeout: null, member_timeout: null });
    expect(defaultTransparentClientIp('UDP')).toBe(false);
    expect(defaultTransparentClientIp('HTTPS')).toBe(true);
  });
});
