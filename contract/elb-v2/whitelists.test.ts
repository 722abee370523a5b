import { describe, expect, it } from 'vitest';
import {
  createWhitelistRequest,
  normaliseWhitelist,
  parseWhitelist,
  updateWhitelistRequest,
  whitelistAllows,
} from './whitelists';

const messages = (text: string) => parseWhitelist(text).issues.map((issue) => issue.message);
const addresses = (n: number) =>
  Array.from({ length: n }, (_, i) => `10.0.${Math.floor(i / 256)}.${i % 256}`).join(',');

describe('parseWhitelist', () => {
  it('accepts the documented example', () => {
    const parsed = parseWhitelist('192.168.11.1,192.168.0.1/24,192.168.201.18/8,100.164.0.1/24');
    expect(parsed.issues).toEqual([]);
    expect(parsed.entries).toHaveLength(4);
  });
  it('treats empty text as no entries (the default "")', () => {
    expect(parseWhitelist('')).toEqual({ entries: [], issues: [] });
    expect(parseWhitelist('   ')).toEqual({ entries: [], issues: [] });
  });
  it('trims spaces around entries', () => {
    expect(parseWhitelist(' 10.168.2.24 , 10.168.16.0/24 ').entries).toEqual(['10.168.2.24', '10.168.16.0/24']);
    expect(normaliseWhitelist(' 10.168.2.24 ,\n10.168.16.0/24 ')).toBe('10.168.2.24,10.168.16.0/24');
  });
  it('allows 300 entries but not 301', () => {
    expect(messages(addresses(300))).toEqual([]);
    expect(messages(addresses(301))).toEqual([
      'The whitelist can contain at most 300 IP addresses or CIDR blocks; it has 301.',
    ]);
  });
  it('rejects IPv6, naming the entry', () => {
    expect(messages('10.0.0.1,fe80::1')).toEqual([
      'fe80::1 is an IPv6 address; the whitelist accepts only IPv4 addresses and CIDR blocks.',
    ]);
    expect(parseWhitelist('10.0.0.1,2001:db8::/32').issues[0]).toMatchObject({ position: 2, entry: '2001:db8::/32' });
  });
  it('rejects malformed entries, naming each one', () => {
    expect(messages('10.0.0.1:80')).toEqual([
      '10.0.0.1:80 is not an IPv4 address or CIDR block such as 10.168.16.0/24.',
    ]);
    expect(messages('10.0.0.256,abc,10.0.0.0/33')).toEqual([
      '10.0.0.256 is not an IPv4 address or CIDR block such as 10.168.16.0/24.',
      'abc is not an IPv4 address or CIDR block such as 10.168.16.0/24.',
      '10.0.0.0/33 is not an IPv4 address or CIDR block such as 10.168.16.0/24.',
    ]);
    expect(messages('10.0.0.0/0,10.0.0.0/32')).toEqual([]);
  });
  it('rejects duplicates and empty entries', () => {
    expect(messages('10.0.0.1, 10.0.0.1')).toEqual(['10.0.0.1 appears more than once in the whitelist.']);
    expect(messages('10.0.0.1,,10.0.0.2')).toEqual(['Entry 2 of the whitelist is empty; remove the extra comma.']);
    expect(messages('10.0.0.1,')).toEqual(['Entry 2 of the whitelist is empty; remove the extra comma.']);
  });
});

describe('whitelistAllows', () => {
  it('follows the access-control semantics', () => {
    expect(whitelistAllows({ enable_whitelist: false, whitelist: '' }, '1.2.3.4')).toBe(true);
    expect(whitelistAllows({ enable_whitelist: true, whitelist: '' }, '1.2.3.4')).toBe(false);
    const list = { enable_whitelist: true, whitelist: '10.168.2.24,10.168.16.0/24' };
    expect(whitelistAllows(list, '10.168.2.24')).toBe(true);
    expect(whitelistAllows(list, '10.168.16.200')).toBe(true);
    expect(whitelistAllows(list, '10.168.17.1')).toBe(false);
  });
});

describe('whitelist requests', () => {
  it('create with defaults and refuse bad lists', () => {
    expect(
      createWhitelistRequest.safeParse({ whitelist: { listener_id: 'eabfefa3fd1740a88a47ad98e132d238' } }).success,
    ).toBe(true);
    const bad = createWhitelistRequest.safeParse({ whitelist: { listener_id: 'l', whitelist: 'fe80::1' } });
    expect(bad.error?.issues[0]?.path).toEqual(['whitelist', 'whitelist']);
    expect(createWhitelistRequest.safeParse({ whitelist: { whitelist: '' } }).success).toBe(false);
  });
  it('update enable flag or list, at least one', () => {
    expect(updateWhitelistRequest.safeParse({ whitelist: { enable_whitelist: false } }).success).toBe(true);
    expect(updateWhitelistRequest.safeParse({ whitelist: { whitelist: '1.1.1.1,1.1.1.1' } }).success).toBe(false);
    expect(updateWhitelistRequest.safeParse({ whitelist: {} }).success).toBe(false);
  });
});
