import { describe, expect, it } from 'vitest';
import {
  advancedSchema,
  advancedUpdate,
  advancedValues,
  applicableTimeouts,
  defaultAdvanced,
} from './advanced-settings';

const message = (protocol: 'TCP' | 'HTTP', patch: object) =>
  advancedSchema(protocol).safeParse({ ...defaultAdvanced(protocol), ...patch }).error?.issues[0]?.message;

describe('listener advanced settings', () => {
  it('offers the timeouts each protocol has (FEATURES §4.6)', () => {
    expect(applicableTimeouts('UDP')).toEqual([]);
    expect(applicableTimeouts('TCP')).toEqual(['keepalive_timeout']);
    expect(applicableTimeouts('HTTP')).toEqual(['keepalive_timeout', 'client_timeout', 'member_timeout']);
    expect(defaultAdvanced('TCP')).toEqual({
      keepalive_timeout: 300,
      client_timeout: null,
      member_timeout: null,
      forwardElbIp: false,
    });
  });

  it.each([
    ['TCP', { keepalive_timeout: 10 }, undefined],
    [
      'TCP',
      { keepalive_timeout: 9 },
      'The idle timeout of a TCP listener must be a whole number from 10 to 4000 seconds.',
    ],
    ['TCP', { keepalive_timeout: 4000 }, undefined],
    [
      'TCP',
      { keepalive_timeout: 4001 },
      'The idle timeout of a TCP listener must be a whole number from 10 to 4000 seconds.',
    ],
    ['HTTP', { keepalive_timeout: 0 }, undefined],
    ['HTTP', { client_timeout: 0 }, 'The client timeout must be a whole number from 1 to 300 seconds.'],
    ['HTTP', { member_timeout: 300 }, undefined],
    [
      'HTTP',
      { member_timeout: 301 },
      'The backend server response timeout must be a whole number from 1 to 300 seconds.',
    ],
    ['HTTP', { client_timeout: null }, 'Enter a number of seconds.'],
  ] as const)('%s %o → %s', (protocol, patch, expected) => {
    expect(message(protocol, patch)).toBe(expected);
  });

  it('updates only what changed, and nothing when nothing did', () => {
    const current = advancedValues({
      protocol: 'HTTP',
      keepalive_timeout: 120,
      client_timeout: null,
      member_timeout: null,
      insert_headers: { 'X-Forwarded-ELB-IP': true },
    });
    expect(current).toMatchObject({ keepalive_timeout: 120, client_timeout: 60, forwardElbIp: true });
    expect(advancedUpdate('HTTP', current, current)).toBeUndefined();
    expect(advancedUpdate('HTTP', { ...current, forwardElbIp: false }, current)).toEqual({
      insert_headers: { 'X-Forwarded-ELB-IP': false },
    });
    // A TCP listener never sends HTTP-only fields.
    expect(advancedUpdate('TCP', { ...defaultAdvanced('TCP'), client_timeout: 5, forwardElbIp: true })).toBeUndefined();
  });
});
