import { describe, expect, it } from 'vitest';
import { classicIntRange, isClassicName, readClassicInstanceNum } from './shared';
import { fromClassicTimestamp, toClassicTimestamp } from './timestamps';

describe('classic shared rules', () => {
  it('format and parse classic timestamps as UTC', () => {
    const epoch = Date.UTC(2015, 8, 14, 2, 34, 32);
    expect(toClassicTimestamp(epoch)).toBe('2015-09-14 02:34:32');
    expect(fromClassicTimestamp('2015-09-14 02:34:32')).toBe(epoch);
  });
  it('read instance_num strings', () => {
    expect(readClassicInstanceNum('1')).toBe(1);
    expect(readClassicInstanceNum(3)).toBe(3);
    expect(readClassicInstanceNum('n/a')).toBe(0);
  });
  it('name the field and range in integer messages', () => {
    const schema = classicIntRange('The cookie timeout', 1, 1440, 'minutes');
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('Enter the cookie timeout.');
    expect(schema.safeParse(0).error?.issues[0]?.message).toBe(
      'The cookie timeout must be a whole number from 1 to 1440 minutes.',
    );
    expect(classicIntRange('The healthy threshold', 1, 10).safeParse(11).error?.issues[0]?.message).toBe(
      'The healthy threshold must be a whole number from 1 to 10.',
    );
  });
  it('test classic names', () => {
    expect(isClassicName('MY_ELB-1')).toBe(true);
    expect(isClassicName('')).toBe(false);
  });
});
