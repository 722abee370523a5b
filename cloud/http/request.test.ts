import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiFault } from './fault';
import { boolParam, intParam, parseBody } from './request';

const schema = z.object({
  item: z.object({ name: z.string('Enter a name.'), size: z.number().int('Whole numbers only.').optional() }),
});

function faultOf(work: () => unknown): ApiFault {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiFault) return error;
    throw error;
  }
  throw new Error('Expected an ApiFault, nothing was thrown.');
}

describe('parseBody', () => {
  it('returns the parsed body', () => {
    expect(parseBody(schema, { item: { name: 'a', size: 2 } })).toEqual({ item: { name: 'a', size: 2 } });
  });

  it('refuses a missing body', () => {
    for (const body of [undefined, null]) {
      expect(faultOf(() => parseBody(schema, body))).toMatchObject({
        status: 400,
        code: 'ELB.9805',
        message: 'RequestBody is null or empty, request is invalid.',
      });
    }
  });

  it('names a missing required field in the API notation', () => {
    expect(faultOf(() => parseBody(schema, { item: {} })).message).toBe(
      'RequestBody item[name] is null, this is a required parameter.',
    );
    expect(faultOf(() => parseBody(schema, {})).message).toBe(
      'RequestBody item is null, this is a required parameter.',
    );
  });

  it('names a missing enum field as missing, and a wrong value with the rule', () => {
    const withEnum = z.object({ item: z.object({ kind: z.enum(['a', 'b'], 'Pick a or b.') }) });
    expect(faultOf(() => parseBody(withEnum, { item: {} })).message).toBe(
      'RequestBody item[kind] is null, this is a required parameter.',
    );
    expect(faultOf(() => parseBody(withEnum, { item: { kind: 'c' } })).message).toBe(
      'Invalid item[kind]: Pick a or b.',
    );
  });

  it('reports a field of the wrong type with the rule, not as missing', () => {
    expect(faultOf(() => parseBody(schema, { item: { name: 7 } })).message).toBe('Invalid item[name]: Enter a name.');
    expect(faultOf(() => parseBody(schema, { item: { name: 'a', size: 1.5 } })).message).toBe(
      'Invalid item[size]: Whole numbers only.',
    );
  });

  it('uses the fault of the caller', () => {
    const vpc = (message: string) => new ApiFault(400, 'VPC.0002', message);
    expect(faultOf(() => parseBody(schema, { item: {} }, vpc))).toMatchObject({ code: 'VPC.0002' });
  });
});

describe('query parameters', () => {
  const q = (query: string) => new URLSearchParams(query);

  it('reads optional integers within a range', () => {
    expect(intParam(q(''), 'limit', { min: 0, max: 10 })).toBeUndefined();
    expect(intParam(q('limit='), 'limit', { min: 0, max: 10 })).toBeUndefined();
    expect(intParam(q('limit=10'), 'limit', { min: 0, max: 10 })).toBe(10);
    for (const raw of ['11', '-1', '2.5', 'x']) {
      expect(faultOf(() => intParam(q(`limit=${raw}`), 'limit', { min: 0, max: 10 }))).toMatchObject({
        status: 400,
        message: 'Invalid limit: must be an integer from 0 to 10.',
      });
    }
  });

  it('reads booleans in any case', () => {
    expect(boolParam(q('flag=True'), 'flag')).toBe(true);
    expect(boolParam(q('flag=false'), 'flag')).toBe(false);
    expect(boolParam(q(''), 'flag')).toBeUndefined();
    expect(faultOf(() => boolParam(q('flag=1'), 'flag')).status).toBe(400);
  });
});
