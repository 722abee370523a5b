import { describe, expect, it } from 'vitest';
import { isClassicOfferedIn } from './regions';

describe('isClassicOfferedIn', () => {
  it('offers classic load balancers everywhere but eu-nl', () => {
    expect(isClassicOfferedIn('eu-de')).toBe(true);
    expect(isClassicOfferedIn('eu-nl')).toBe(false);
  });
});
