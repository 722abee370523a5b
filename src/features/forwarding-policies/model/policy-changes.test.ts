import { describe, expect, it } from 'vitest';
import { updateL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import { policy } from './fixtures';
import { policyChanges } from './policy-changes';
import { policyToForm } from './policy-form';

const both = policy('p', { host: 'www.example.com', path: ['EQUAL_TO', '/a'] });

describe('Modify Forwarding Policy', () => {
  it('sends nothing when nothing changed', () => {
    expect(policyChanges(both, policyToForm(both), 'pool-p')).toEqual({ rules: [] });
  });

  it('sends only the policy fields that changed', () => {
    const changes = policyChanges(both, { ...policyToForm(both), name: 'renamed' }, 'pool-other');
    expect(changes.policy).toEqual({ l7policy: { name: 'renamed', redirect_pool_id: 'pool-other' } });
    expect(updateL7PolicyRequest.safeParse(changes.policy).success).toBe(true);
  });

  it('updates a changed rule in place, keeping its type', () => {
    const changes = policyChanges(both, { ...policyToForm(both), compare_type: 'STARTS_WITH', url: '/b' }, 'pool-p');
    expect(changes.rules).toEqual([
      { kind: 'update', type: 'PATH', ruleId: 'p-PATH', body: { rule: { compare_type: 'STARTS_WITH', value: '/b' } } },
    ]);
  });

  it('adds before it removes, so the policy never loses its last rule', () => {
    const domainOnly = policy('d', { host: 'www.example.com' });
    const changes = policyChanges(domainOnly, { ...policyToForm(domainOnly), domain: '', url: '/x' }, 'pool-d');
    expect(changes.rules.map((change) => [change.kind, change.type])).toEqual([
      ['add', 'PATH'],
      ['remove', 'HOST_NAME'],
    ]);
  });
});
