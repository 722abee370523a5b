import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changesSomething, hasText, reportIssues, resourceRef, tenantId } from './issues';

describe('issue helpers', () => {
  it('report rule issues through zod with a prefix', () => {
    const schema = z
      .object({ a: z.string() })
      .superRefine((_, ctx) => reportIssues(ctx, [{ path: ['a'], message: 'The rule is broken.' }], ['outer']));
    const issue = schema.safeParse({ a: 'x' }).error?.issues[0];
    expect(issue?.path).toEqual(['outer', 'a']);
    expect(issue?.message).toBe('The rule is broken.');
  });
  it('check references, tenant IDs, text and PUT bodies', () => {
    expect(resourceRef('Select a listener.').safeParse('').error?.issues[0]?.message).toBe('Select a listener.');
    expect(tenantId.safeParse('p'.repeat(255)).success).toBe(true);
    expect(tenantId.safeParse('p'.repeat(256)).success).toBe(false);
    expect(hasText('')).toBe(false);
    expect(hasText(null)).toBe(false);
    expect(hasText('x')).toBe(true);
    expect(changesSomething({})).toBe(false);
    expect(changesSomething({ a: undefined })).toBe(false);
    expect(changesSomething({ a: null })).toBe(true);
  });
});
