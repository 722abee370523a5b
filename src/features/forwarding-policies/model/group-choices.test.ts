import { describe, expect, it } from 'vitest';
import { listener, pool } from './fixtures';
import { policyGroupChoices } from './group-choices';

describe('groups a forwarding policy may use', () => {
  const http = listener('http', 'HTTP', { default_pool_id: 'default' });
  const pools = [
    pool('default', { listeners: [{ id: 'http' }] }),
    pool('free'),
    pool('own-policy', { listeners: [{ id: 'http' }] }),
    pool('other-listener', { listeners: [{ id: 'https' }] }),
    pool('tcp', { protocol: 'TCP' }),
  ];

  it('offers free HTTP groups and those this listener’s policies use, not its default group nor others’', () => {
    expect(policyGroupChoices(pools, http).map((choice) => choice.id)).toEqual(['free', 'own-policy']);
  });

  it('offers HTTP groups to HTTPS listeners too', () => {
    expect(policyGroupChoices(pools, listener('https', 'TERMINATED_HTTPS')).map((choice) => choice.id)).toEqual([
      'free',
      'other-listener',
    ]);
  });
});
