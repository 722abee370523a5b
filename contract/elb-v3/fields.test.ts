import { describe, expect, it } from 'vitest';
import { boolQueryParam, intQueryParam, multiValue } from './fields';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('query helpers', () => {
  it('read numbers, booleans and repeated filters from text', () => {
    expect(intQueryParam('limit', 0, 5).parse('0')).toBe(0);
    expect(intQueryParam('limit', 0, 5).safeParse('6').success).toBe(false);
    expect(boolQueryParam('page_reverse').parse('true')).toBe(true);
    expect(boolQueryParam('page_reverse').parse(false)).toBe(false);
    expect(messages(boolQueryParam('page_reverse').safeParse('yes'))).toEqual(['page_reverse must be true or false.']);
    expect(multiValue('ID').parse('a')).toEqual(['a']);
    expect(multiValue('ID').parse(['a', 'b'])).toEqual(['a', 'b']);
    expect(multiValue('ID').safeParse(['a', '']).success).toBe(false);
  });
});
