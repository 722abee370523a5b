import { describe, expect, it } from 'vitest';
import { returnDestination, withReturnTo } from './return-to';

describe('returnTo after a create screen', () => {
  it('adds the new resource to the page to come back to', () => {
    expect(returnDestination('/help/getting-started/entry', { loadBalancer: 'lb-1' })).toBe(
      '/help/getting-started/entry?loadBalancer=lb-1',
    );
    expect(returnDestination('/help/x?step=2#top', { loadBalancer: 'lb-1' })).toBe(
      '/help/x?step=2&loadBalancer=lb-1#top',
    );
  });

  it('follows only paths of this console', () => {
    expect(returnDestination(null, { loadBalancer: 'lb-1' })).toBeUndefined();
    expect(returnDestination('https://evil.example/', {})).toBeUndefined();
    expect(returnDestination('//evil.example/', {})).toBeUndefined();
    expect(returnDestination('/\\evil.example/', {})).toBeUndefined();
    expect(returnDestination('/.//evil.example/', {})).toBeUndefined();
  });

  it('builds the link to a create screen', () => {
    expect(withReturnTo('/load-balancers/create', '/help/getting-started/entry')).toBe(
      '/load-balancers/create?returnTo=%2Fhelp%2Fgetting-started%2Fentry',
    );
  });
});
