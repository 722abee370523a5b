import { describe, expect, it } from 'vitest';
import type { L7PolicyListResponse, L7PolicyResponse } from '../../../contract/elb-v2/l7-policies';
import type { L7RuleSettings } from '../../../contract/elb-v2/l7-rules';
import { PROJECT } from '../../testing/harness';
import {
  conflict,
  expectWritesWaitForActive,
  invalid,
  invalidParameter,
  MISSING_ID,
  notFound,
  ok,
  recordedTraces,
  quotaExceeded,
  refused,
  traceRows,
  type ExpectedFault,
  V2,
} from '../../testing/elb';
import {
  addPolicy,
  expectPolicyStatus,
  HTTPS_2_ID,
  HTTPS_ID,
  l7Scene,
  policyById,
  POLICIES,
  STAGING_HTTPS_ID,
  TCP_ID,
  treeStatuses,
  type L7Scene,
} from '../../testing/l7';

const HOST: L7RuleSettings = { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'shop.example.com' };
const PATH: L7RuleSettings = { type: 'PATH', compare_type: 'STARTS_WITH', value: '/cart/' };

const forward = (s: L7Scene, rules: L7RuleSettings[], extra: Record<string, unknown> = {}) => ({
  listener_id: s.httpId,
  action: 'REDIRECT_TO_POOL',
  redirect_pool_id: s.freePoolId,
  rules,
  ...extra,
});

const redirect = (s: L7Scene, extra: Record<string, unknown> = {}) => ({
  listener_id: s.httpId,
  action: 'REDIRECT_TO_LISTENER',
  redirect_listener_id: HTTPS_ID,
  ...extra,
});

/** Policies and rules stored: a refused write leaves both as they were. */
const stored = (s: L7Scene) => s.h.cloud.store.read((tx) => [tx.all('l7policies').length, tx.all('l7rules').length]);

describe('adding a forwarding policy (FEATURES §4.8.1)', () => {
  it.each<[string, L7RuleSettings[]]>([
    ['a domain name only', [HOST]],
    ['a URL only', [PATH]],
    ['a domain name and a URL', [PATH, HOST]],
  ])('forwards %s to a group', async (_case, rules) => {
    const s = await l7Scene();
    const policy = await addPolicy(s.h, forward(s, rules, { name: 'cart', description: 'shop cart' }));
    expect(policy).toEqual({
      id: expect.any(String),
      tenant_id: PROJECT,
      name: 'cart',
      description: 'shop cart',
      admin_state_up: true,
      listener_id: s.httpId,
      action: 'REDIRECT_TO_POOL',
      redirect_pool_id: s.freePoolId,
      redirect_listener_id: null,
      redirect_url: null,
      position: 100,
      provisioning_status: 'ACTIVE',
      rules: rules.map(() => ({ id: expect.any(String) })),
    });
    const shown = await policyById(s.h, policy.id);
    expect(shown.rules.map(({ type, compare_type, value }) => ({ type, compare_type, value }))).toEqual(rules);
    expect(shown.rules.every((rule) => rule.provisioning_status === 'ACTIVE')).toBe(true);
    expect(await treeStatuses(s.h, s.webLbId)).toMatchObject({ status: 'ONLINE' });
  });

  it('adds a policy to an HTTPS listener and redirects HTTP to HTTPS (§4.8.3)', async () => {
    const s = await l7Scene();
    await addPolicy(s.h, forward(s, [HOST], { listener_id: HTTPS_ID }));
    const created = await addPolicy(s.h, redirect(s, { name: 'redirect-test' }));
    expect(created).toMatchObject({
      action: 'REDIRECT_TO_LISTENER',
      redirect_listener_id: HTTPS_ID,
      redirect_pool_id: null,
      rules: [],
      provisioning_status: 'ACTIVE',
    });
    const redirects = await ok<L7PolicyListResponse>(
      s.h,
      'GET',
      `${POLICIES}?listener_id=${s.httpId}&action=REDIRECT_TO_LISTENER`,
    );
    expect(redirects.l7policies.map((policy) => policy.id)).toEqual([created.id]);
  });

  it.each<[string, (s: L7Scene) => Record<string, unknown>, (s: L7Scene) => ExpectedFault]>([
    [
      'a forwarding policy on a TCP listener',
      (s) => forward(s, [HOST], { listener_id: TCP_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[listener_id]: Forwarding policies can be added only to HTTP and HTTPS listeners.',
        ),
    ],
    [
      'a redirect from an HTTPS listener',
      () => ({ listener_id: HTTPS_ID, action: 'REDIRECT_TO_LISTENER', redirect_listener_id: HTTPS_ID }),
      () => invalidParameter('Invalid l7policy[listener_id]: Only HTTP listeners can be redirected.'),
    ],
    [
      'a redirect to a TCP listener',
      (s) => redirect(s, { redirect_listener_id: TCP_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_listener_id]: Requests can be redirected only to an HTTPS listener.',
        ),
    ],
    [
      "a redirect to another load balancer's HTTPS listener",
      (s) => redirect(s, { redirect_listener_id: STAGING_HTTPS_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_listener_id]: The HTTPS listener must belong to the same load balancer as the HTTP listener.',
        ),
    ],
    [
      'a redirect that also forwards to a group',
      (s) => redirect(s, { redirect_pool_id: s.freePoolId }),
      () =>
        invalid(
          'Invalid l7policy[redirect_pool_id]: A redirect to a listener cannot also forward to a backend server group.',
        ),
    ],
    [
      'a group of another load balancer',
      (s) => forward(s, [HOST], { redirect_pool_id: s.stagingPoolId }),
      (s) =>
        conflict(
          `Pool ${s.stagingPoolId} belongs to load balancer ${s.stagingLbId}, not to load balancer ${s.webLbId}.`,
        ),
    ],
    [
      "the listener's default group",
      (s) => forward(s, [HOST], { redirect_pool_id: s.webPoolId }),
      (s) =>
        conflict(
          `Pool ${s.webPoolId} is the default backend server group of listener ${s.httpId}; a forwarding policy must forward to another group.`,
        ),
    ],
    [
      "a group another listener's policy uses",
      (s) => forward(s, [HOST], { listener_id: HTTPS_ID, redirect_pool_id: s.apiPoolId }),
      (s) => conflict(`Pool ${s.apiPoolId} is used by forwarding policy ${s.apiPolicy.id} of listener ${s.httpId}.`),
    ],
    [
      "another listener's default group",
      (s) => forward(s, [HOST], { listener_id: HTTPS_ID, redirect_pool_id: s.webPoolId }),
      (s) => conflict(`Pool ${s.webPoolId} is already the default backend server group of listener ${s.httpId}.`),
    ],
    [
      'a TCP group',
      (s) => forward(s, [HOST], { redirect_pool_id: s.tcpPoolId }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_pool_id]: HTTP listeners need a backend server group that uses HTTP.',
        ),
    ],
    [
      'a group that does not exist',
      (s) => forward(s, [HOST], { redirect_pool_id: MISSING_ID }),
      () => notFound('pool', MISSING_ID),
    ],
    [
      'a listener that does not exist',
      (s) => forward(s, [HOST], { listener_id: MISSING_ID }),
      () => notFound('listener', MISSING_ID),
    ],
    [
      'no rules',
      (s) => forward(s, []),
      () => invalid('Invalid l7policy[rules]: Specify a domain name, a URL, or both.'),
    ],
    [
      '3 rules',
      (s) => forward(s, [HOST, PATH, { ...PATH, value: '/other/' }]),
      () => invalid('Invalid l7policy[rules]: A forwarding policy can have at most 2 rules.'),
    ],
    [
      'two URL rules',
      (s) => forward(s, [PATH, { ...PATH, value: '/other/' }]),
      () =>
        invalid(
          'Invalid l7policy[rules][1][type]: A forwarding policy can have only one domain name rule and one URL rule.',
        ),
    ],
    [
      'a domain name with prefix match',
      (s) => forward(s, [{ ...HOST, compare_type: 'STARTS_WITH' }]),
      () =>
        invalid('Invalid l7policy[rules][0][compare_type]: A domain name rule supports only exact match (EQUAL_TO).'),
    ],
    [
      'a URL without a leading slash',
      (s) => forward(s, [{ ...PATH, value: 'cart' }]),
      () => invalid('Invalid l7policy[rules][0][value]: An exact or prefix match URL must start with a slash (/).'),
    ],
    [
      'another project',
      (s) => forward(s, [HOST], { tenant_id: 'someone-else' }),
      () => ({ status: 400, code: 'ELB.9808', message: 'Tenant_id in token mismatches with tenant_id in url.' }),
    ],
  ])('refuses %s', async (_case, body, fault) => {
    const s = await l7Scene();
    const before = stored(s);
    await refused(s.h, 'POST', POLICIES, { l7policy: body(s) }, fault(s));
    expect(stored(s)).toEqual(before);
  });

  it.each<[string, (used: { policies: number; rules: number }) => Record<string, number>, string]>([
    ['l7policy', ({ policies }) => ({ l7policy: policies }), 'l7policy'],
    ['l7rule', ({ rules }) => ({ l7rule: rules + 1 }), 'l7rule'],
  ])('refuses a policy beyond the %s quota with 409 ELB.8905', async (_case, quotas, resource) => {
    const s = await l7Scene((snapshot) => {
      const used = { policies: snapshot.tables.l7policies.length, rules: snapshot.tables.l7rules.length };
      snapshot.meta.quotas = { ...snapshot.meta.quotas, ...quotas(used) };
    });
    await refused(s.h, 'POST', POLICIES, { l7policy: forward(s, [HOST, PATH]) }, quotaExceeded(resource));
    await ok(s.h, 'DELETE', `${POLICIES}/${s.apiPolicy.id}`);
    await addPolicy(s.h, forward(s, [HOST, PATH]));
  });
});

describe('Faulty forwarding policies (FEATURES §4.8.1)', () => {
  it('marks a duplicate Faulty, keeps it Faulty after the original is deleted, and degrades the tree', async () => {
    const s = await l7Scene();
    // forwarding_policy-api: www.example.com + prefix /api/, here in the other order and another case.
    const rules: L7RuleSettings[] = [
      { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api/' },
      { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'WWW.example.com' },
    ];
    const duplicate = await addPolicy(s.h, forward(s, rules, { name: 'copy' }));
    expect(duplicate.provisioning_status).toBe('ERROR');
    await expectPolicyStatus(s.h, duplicate.id, 'ERROR');
    await expectPolicyStatus(s.h, s.apiPolicy.id, 'ACTIVE');
    expect(await treeStatuses(s.h, s.webLbId)).toEqual({
      status: 'DEGRADED',
      policies: { [s.apiPolicy.id]: ['ACTIVE', 'ACTIVE', 'ACTIVE'], [duplicate.id]: ['ERROR', 'ERROR', 'ERROR'] },
    });

    await ok(s.h, 'DELETE', `${POLICIES}/${s.apiPolicy.id}`);
    await expectPolicyStatus(s.h, duplicate.id, 'ERROR');
    expect((await treeStatuses(s.h, s.webLbId)).status).toBe('DEGRADED');
    // The guide's way out: delete it and add it again.
    await ok(s.h, 'DELETE', `${POLICIES}/${duplicate.id}`);
    expect((await treeStatuses(s.h, s.webLbId)).status).toBe('ONLINE');
    const readded = await addPolicy(s.h, forward(s, rules));
    expect(readded.provisioning_status).toBe('ACTIVE');
  });

  it.each<[string, (s: L7Scene) => Record<string, unknown>]>([
    ['the same domain with another URL', (s) => forward(s, [{ ...HOST, value: 'www.example.com' }, PATH])],
    ['the domain alone', (s) => forward(s, [{ ...HOST, value: 'www.example.com' }])],
    [
      'the same rules on another listener',
      (s) =>
        forward(
          s,
          [
            { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'www.example.com' },
            { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api/' },
          ],
          { listener_id: HTTPS_ID },
        ),
    ],
  ])('keeps a policy with %s Normal', async (_case, body) => {
    const s = await l7Scene();
    const policy = await addPolicy(s.h, body(s));
    await expectPolicyStatus(s.h, policy.id, 'ACTIVE');
  });
});

describe('updating a forwarding policy', () => {
  it('changes name, description and group; null detaches the group so it can be deleted', async () => {
    const s = await l7Scene();
    const policy = await addPolicy(s.h, forward(s, [HOST]));
    const path = `${POLICIES}/${policy.id}`;
    const { l7policy } = await ok<L7PolicyResponse>(s.h, 'PUT', path, {
      l7policy: { name: 'cart', description: 'moved', redirect_pool_id: s.otherFreePoolId },
    });
    expect(l7policy).toEqual({ ...policy, name: 'cart', description: 'moved', redirect_pool_id: s.otherFreePoolId });

    const pool = `${V2}/pools/${s.otherFreePoolId}`;
    await refused(
      s.h,
      'DELETE',
      pool,
      undefined,
      conflict(
        `Pool ${s.otherFreePoolId} is used by forwarding policy ${policy.id}; change or delete the policy first.`,
      ),
    );
    await ok(s.h, 'PUT', path, { l7policy: { redirect_pool_id: null } });
    await ok(s.h, 'DELETE', pool);
    expect((await policyById(s.h, policy.id)).redirect_pool_id).toBeNull();
  });

  it('retargets a redirect and refuses to delete the HTTPS listener it targets (§4.8.3)', async () => {
    const s = await l7Scene();
    const policy = await addPolicy(s.h, redirect(s, { name: 'r' }));
    const targetConflict = (listenerId: string) =>
      conflict(`Listener ${listenerId} is the target of redirect ${policy.id}; delete the redirect first.`);
    await refused(s.h, 'DELETE', `${V2}/listeners/${HTTPS_ID}`, undefined, targetConflict(HTTPS_ID));
    const { l7policy } = await ok<L7PolicyResponse>(s.h, 'PUT', `${POLICIES}/${policy.id}`, {
      l7policy: { redirect_listener_id: HTTPS_2_ID, description: 'to 10444' },
    });
    expect(l7policy).toEqual({ ...policy, redirect_listener_id: HTTPS_2_ID, description: 'to 10444' });
    await ok(s.h, 'DELETE', `${V2}/listeners/${HTTPS_ID}`);
    await refused(s.h, 'DELETE', `${V2}/listeners/${HTTPS_2_ID}`, undefined, targetConflict(HTTPS_2_ID));
    await ok(s.h, 'DELETE', `${POLICIES}/${policy.id}`);
    await ok(s.h, 'DELETE', `${V2}/listeners/${HTTPS_2_ID}`);
  });

  const apiPolicy = async (s: L7Scene) => s.apiPolicy.id;
  const aRedirect = async (s: L7Scene) => (await addPolicy(s.h, redirect(s))).id;

  it.each<[string, (s: L7Scene) => Promise<string>, (s: L7Scene) => unknown, (s: L7Scene) => ExpectedFault]>([
    [
      'the action',
      apiPolicy,
      () => ({ action: 'REDIRECT_TO_LISTENER' }),
      () => invalid('Invalid l7policy[action]: The action of a forwarding policy cannot be changed.'),
    ],
    ['nothing', apiPolicy, () => ({}), () => invalid('Invalid l7policy: The request must change at least one field.')],
    [
      'a forwarding policy into a redirect',
      apiPolicy,
      () => ({ redirect_listener_id: HTTPS_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_listener_id]: A policy that forwards to a backend server group cannot also redirect to a listener.',
        ),
    ],
    [
      "the listener's default group",
      apiPolicy,
      (s) => ({ redirect_pool_id: s.webPoolId }),
      (s) =>
        conflict(
          `Pool ${s.webPoolId} is the default backend server group of listener ${s.httpId}; a forwarding policy must forward to another group.`,
        ),
    ],
    [
      'a group of another load balancer',
      apiPolicy,
      (s) => ({ redirect_pool_id: s.stagingPoolId }),
      (s) =>
        conflict(
          `Pool ${s.stagingPoolId} belongs to load balancer ${s.stagingLbId}, not to load balancer ${s.webLbId}.`,
        ),
    ],
    [
      'a redirect without a target',
      aRedirect,
      () => ({ redirect_listener_id: null }),
      () => invalidParameter('Invalid l7policy[redirect_listener_id]: Select the HTTPS listener to redirect to.'),
    ],
    [
      "a redirect to another load balancer's listener",
      aRedirect,
      () => ({ redirect_listener_id: STAGING_HTTPS_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_listener_id]: The HTTPS listener must belong to the same load balancer as the HTTP listener.',
        ),
    ],
    [
      'a redirect to a TCP listener',
      aRedirect,
      () => ({ redirect_listener_id: TCP_ID }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_listener_id]: Requests can be redirected only to an HTTPS listener.',
        ),
    ],
    [
      'a redirect into forwarding',
      aRedirect,
      (s) => ({ redirect_pool_id: s.freePoolId }),
      () =>
        invalidParameter(
          'Invalid l7policy[redirect_pool_id]: A redirect to a listener cannot also forward to a backend server group.',
        ),
    ],
    [
      'a policy that does not exist',
      async () => MISSING_ID,
      () => ({ name: 'x' }),
      () => notFound('l7policy', MISSING_ID),
    ],
  ])('refuses to change %s', async (_case, target, body, fault) => {
    const s = await l7Scene();
    const id = await target(s);
    const before = id === MISSING_ID ? undefined : await policyById(s.h, id);
    await refused(s.h, 'PUT', `${POLICIES}/${id}`, { l7policy: body(s) }, fault(s));
    if (before) expect(await policyById(s.h, id)).toEqual(before);
  });
});

describe('deleting a forwarding policy', () => {
  it('deletes its rules with it', async () => {
    const s = await l7Scene();
    const ruleIds = s.apiPolicy.rules.map((rule) => rule.id);
    expect(ruleIds).toHaveLength(2);
    await ok(s.h, 'DELETE', `${POLICIES}/${s.apiPolicy.id}`);
    await refused(s.h, 'GET', `${POLICIES}/${s.apiPolicy.id}/rules`, undefined, notFound('l7policy', s.apiPolicy.id));
    expect(s.h.cloud.store.read((tx) => ruleIds.map((id) => tx.get('l7rules', id)))).toEqual([undefined, undefined]);
    await refused(s.h, 'DELETE', `${POLICIES}/${s.apiPolicy.id}`, undefined, notFound('l7policy', s.apiPolicy.id));
  });
});

describe('policy writes under a PENDING load balancer', () => {
  it('refuses create, update and delete with 409 until the window ends', async () => {
    const s = await l7Scene(() => {}, { provisioningDelayMs: 1000 });
    await expectWritesWaitForActive(s.h, s.webLbId, [
      ['POST', POLICIES, { l7policy: forward(s, [HOST]) }],
      ['PUT', `${POLICIES}/${s.apiPolicy.id}`, { l7policy: { name: 'x' } }],
      ['DELETE', `${POLICIES}/${s.apiPolicy.id}`, undefined],
    ]);
  });
});

describe('policy traces', () => {
  it('records createL7policy, updateL7policy and deleteL7policy, refusals as warnings', async () => {
    const s = await l7Scene();
    const policy = await addPolicy(s.h, forward(s, [HOST], { name: 'p' }));
    await ok(s.h, 'PUT', `${POLICIES}/${policy.id}`, { l7policy: { name: 'p2' } });
    await refused(s.h, 'PUT', `${POLICIES}/${policy.id}`, { l7policy: {} }, invalid(/at least one field/));
    await ok(s.h, 'DELETE', `${POLICIES}/${policy.id}`);
    expect(await traceRows(s.h, policy.id)).toEqual([
      ['deleteL7policy', '204', 'normal', 'l7policy'],
      ['updateL7policy', '400', 'warning', 'l7policy'],
      ['updateL7policy', '200', 'normal', 'l7policy'],
      ['createL7policy', '201', 'normal', 'l7policy'],
    ]);
    const [, , updated] = await recordedTraces(s.h, `resource_id=${policy.id}`);
    expect(updated!.resource_name).toBe('p2');
  });
});
