import { describe, expect, it } from 'vitest';
import {
  cidrContains,
  fromV2Timestamp,
  intToIpv4,
  ipv4ToInt,
  isIpv4,
  isIpv4Cidr,
  port,
  readErrorBody,
  toV2Timestamp,
} from './common';

describe('port', () => {
  it.each([1, 80, 65535])('accepts %i', (value) => expect(port.safeParse(value).success).toBe(true));
  it.each([0, 65536, 1.5, -1])('refuses %d and names the range', (value) => {
    const result = port.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('1 to 65535');
  });
});

describe('IPv4 helpers', () => {
  it('recognises addresses and CIDR blocks', () => {
    expect(isIpv4('192.168.0.1')).toBe(true);
    expect(isIpv4('256.1.1.1')).toBe(false);
    expect(isIpv4('fe80::1')).toBe(false);
    expect(isIpv4Cidr('10.0.0.0/8')).toBe(true);
    expect(isIpv4Cidr('10.0.0.0/33')).toBe(false);
  });
  it('tests containment and converts both ways', () => {
    expect(cidrContains('192.168.1.0/24', '192.168.1.255')).toBe(true);
    expect(cidrContains('192.168.1.0/24', '192.168.2.0')).toBe(false);
    expect(intToIpv4(ipv4ToInt('10.20.30.40'))).toBe('10.20.30.40');
  });
});

describe('error bodies', () => {
  it('reads every documented shape', () => {
    expect(readErrorBody({ error_code: 'ELB.6200', error_msg: 'port used' })).toEqual({
      code: 'ELB.6200',
      message: 'port used',
    });
    expect(readErrorBody({ error: { code: 'ELB.1008', message: 'has members' } })).toEqual({
      code: 'ELB.1008',
      message: 'has members',
    });
    expect(readErrorBody({ code: 'VPC.0101', message: 'bad' })).toEqual({ code: 'VPC.0101', message: 'bad' });
    expect(readErrorBody('nope')).toBeUndefined();
  });
});

describe('v2.0 timestamps', () => {
  it('round-trip as 19-character UTC strings', () => {
    const text = toV2Timestamp(Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(text).toBe('2026-01-02T03:04:05');
    expect(fromV2Timestamp(text)).toBe(Date.UTC(2026, 0, 2, 3, 4, 5));
  });
});

describe('buildPath', () => {
  it('fills parameters whose names contain digits', async () => {
    const { buildPath } = await import('./path');
    expect(
      buildPath('/v2.0/lbaas/l7policies/:l7policy_id/rules/:l7rule_id', { l7policy_id: 'p', l7rule_id: 'r' }),
    ).toBe('/v2.0/lbaas/l7policies/p/rules/r');
  });
});
