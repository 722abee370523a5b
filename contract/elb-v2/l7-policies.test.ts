import { describe, expect, it } from 'vitest';
import {
  checkL7PolicyUpdate,
  createL7PolicyRequest,
  l7PolicyIssues,
  l7PolicyListenerIssues,
  l7PolicyPaths,
  updateL7PolicyRequest,
} from './l7-policies';

const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];
const LISTENER = '3e24a3ca-11e5-4aa3-abd4-61ba0a8a18f1';
const POOL = '6460f13a-76de-43c7-b776-4fefc06a676e';
const create = (fields: Record<string, unknown>) =>
  createL7PolicyRequest.safeParse({
    l7policy: {
      listener_id: LISTENER,
      action: 'REDIRECT_TO_POOL',
      redirect_pool_id: POOL,
      rules: [{ type: 'PATH', compare_type: 'EQUAL_TO', value: '/test' }],
      ...fields,
    },
  });

it('spells the policy and rule paths', () => {
  expect(l7PolicyPaths.rules).toBe('/v2.0/lbaas/l7policies/:l7policy_id/rules');
  expect(l7PolicyPaths.rule).toBe('/v2.0/lbaas/l7policies/:l7policy_id/rules/:l7rule_id');
});

describe('createL7PolicyRequest', () => {
  it('accepts the documented forwarding and redirect examples', () => {
    expect(
      create({
        rules: [
          { type: 'PATH', compare_type: 'EQUAL_TO', value: '/test' },
          { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'www.test.com' },
        ],
      }).success,
    ).toBe(true);
    expect(
      createL7PolicyRequest.safeParse({
        l7policy: {
          action: 'REDIRECT_TO_LISTENER',
          listener_id: '4ef8553e-9ef7-4859-a42d-919feaf89d60',
          redirect_listener_id: '3ee10199-a7b4-4784-93cd-857afe9d0890',
          name: 'redirect-test',
        },
      }).success,
    ).toBe(true);
  });

  it('needs at least one rule to forward to a group', () => {
    expect(messages(create({ rules: [] }))).toEqual(['Specify a domain name, a URL, or both.']);
    expect(messages(create({ rules: undefined }))).toEqual(['Specify a domain name, a URL, or both.']);
  });

  it('needs the right target for each action', () => {
    expect(messages(create({ redirect_pool_id: undefined }))).toEqual([
      'Select the backend server group to forward to.',
    ]);
    expect(messages(create({ redirect_listener_id: 'l2' }))).toEqual([
      'A policy that forwards to a backend server group cannot also redirect to a listener.',
    ]);
    expect(messages(create({ action: 'REDIRECT_TO_LISTENER', rules: [] }))).toEqual([
      'Select the HTTPS listener to redirect to.',
      'A redirect to a listener cannot also forward to a backend server group.',
    ]);
    expect(create({ action: 'REDIRECT_TO_URL' }).success).toBe(false);
  });

  it('checks the rule list and each rule, with paths', () => {
    const result = create({
      rules: [
        { type: 'PATH', compare_type: 'EQUAL_TO', value: '/a' },
        { type: 'PATH', compare_type: 'STARTS_WITH', value: '/b' },
      ],
    });
    expect(messages(result)).toEqual(['A forwarding policy can have only one domain name rule and one URL rule.']);
    expect(result.error?.issues[0]?.path).toEqual(['l7policy', 'rules', 1, 'type']);
    const bad = create({ rules: [{ type: 'HOST_NAME', compare_type: 'REGEX', value: 'a.com' }] });
    expect(messages(bad)).toContain('A domain name rule supports only exact match (EQUAL_TO).');
  });

  it('bounds the reserved position 1–100', () => {
    expect(create({ position: 1 }).success).toBe(true);
    expect(create({ position: 100 }).success).toBe(true);
    expect(create({ position: 0 }).success).toBe(false);
    expect(create({ position: 101 }).success).toBe(false);
  });
});

describe('l7PolicyIssues', () => {
  it('returns no issues for a valid policy', () => {
    expect(
      l7PolicyIssues({
        action: 'REDIRECT_TO_POOL',
        redirect_pool_id: POOL,
        rules: [{ type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'a.com' }],
      }),
    ).toEqual([]);
  });
});

describe('l7PolicyListenerIssues', () => {
  const http = { protocol: 'HTTP' as const, loadbalancers: [{ id: 'lb1' }] };
  const https = { protocol: 'TERMINATED_HTTPS' as const, loadbalancers: [{ id: 'lb1' }] };
  const tcp = { protocol: 'TCP' as const, loadbalancers: [{ id: 'lb1' }] };
  it('allows forwarding policies only on HTTP and HTTPS listeners', () => {
    expect(l7PolicyListenerIssues('REDIRECT_TO_POOL', http)).toEqual([]);
    expect(l7PolicyListenerIssues('REDIRECT_TO_POOL', https)).toEqual([]);
    expect(l7PolicyListenerIssues('REDIRECT_TO_POOL', tcp)[0]?.message).toBe(
      'Forwarding policies can be added only to HTTP and HTTPS listeners.',
    );
  });
  it('redirects only HTTP to HTTPS of the same load balancer', () => {
    expect(l7PolicyListenerIssues('REDIRECT_TO_LISTENER', http, https)).toEqual([]);
    expect(l7PolicyListenerIssues('REDIRECT_TO_LISTENER', https, https)[0]?.message).toBe(
      'Only HTTP listeners can be redirected.',
    );
    expect(l7PolicyListenerIssues('REDIRECT_TO_LISTENER', http, http)[0]?.message).toBe(
      'Requests can be redirected only to an HTTPS listener.',
    );
    expect(
      l7PolicyListenerIssues('REDIRECT_TO_LISTENER', http, { ...https, loadbalancers: [{ id: 'lb2' }] })[0]?.message,
    ).toBe('The HTTPS listener must belong to the same load balancer as the HTTP listener.');
  });
});

describe('updateL7PolicyRequest and checkL7PolicyUpdate', () => {
  it('accepts name, description and target changes; refuses action changes', () => {
    expect(updateL7PolicyRequest.safeParse({ l7policy: { name: 'test' } }).success).toBe(true);
    expect(updateL7PolicyRequest.safeParse({ l7policy: { redirect_pool_id: null } }).success).toBe(true);
    expect(messages(updateL7PolicyRequest.safeParse({ l7policy: { action: 'REDIRECT_TO_LISTENER' } }))).toContain(
      'The action of a forwarding policy cannot be changed.',
    );
    expect(updateL7PolicyRequest.safeParse({ l7policy: {} }).success).toBe(false);
  });
  it('refuses the wrong kind of target for the stored action', () => {
    expect(checkL7PolicyUpdate({ action: 'REDIRECT_TO_POOL' }, { redirect_pool_id: null })).toEqual([]);
    expect(checkL7PolicyUpdate({ action: 'REDIRECT_TO_POOL' }, { redirect_listener_id: 'x' })).toHaveLength(1);
    expect(checkL7PolicyUpdate({ action: 'REDIRECT_TO_LISTENER' }, { redirect_pool_id: 'p' })).toHaveLength(1);
    expect(checkL7PolicyUpdate({ action: 'REDIRECT_TO_LISTENER' }, { redirect_listener_id: null })).toHaveLength(1);
    expect(checkL7PolicyUpdate({ action: 'REDIRECT_TO_LISTENER' }, { redirect_listener_id: 'l9' })).toEqual([]);
  });
});
