import { describe, expect, it } from 'vitest';
import { readCreateType, typeDifferences } from './lb-type-differences';

describe('load balancer type differences', () => {
  it('reads ?type=classic only where classic load balancers are offered', () => {
    expect(readCreateType('classic', 'eu-de')).toBe('classic');
    expect(readCreateType('classic', 'eu-nl')).toBe('enhanced');
    expect(readCreateType(null, 'eu-de')).toBe('enhanced');
    expect(readCreateType('dedicated', 'eu-de')).toBe('enhanced');
  });

  it('picks a few key facts for the create page out of the full comparison', () => {
    const keyFacts = typeDifferences.filter((row) => row.keyFact).map((row) => row.id);
    expect(keyFacts).toEqual(['apiStyle', 'networkType', 'objectModel', 'enableDisable', 'regions']);
  });
});
