import { describe, expect, it } from 'vitest';
import type { L7Rule, L7RuleListResponse, L7RuleResponse, L7RuleSettings } from '../../../contract/elb-v2/l7-rules';
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
} from '../../testing/elb';
import {
  addPolicy,
  expectPolicyStatus,
  l7Scene,
  POLICIES,
  rulesPath,
  treeStatuses,
  type L7Scene,
} from '../../testing/l7';

const HOST: L7RuleSettings = { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'shop.example.com' };
const PATH: L7RuleSettings = { type: 'PATH', compare_type: 'EQUAL_TO', value: '/cart.html' };

/** A forwarding policy on listener-http-80 with these rules; returns its ID. */
async function policyWith(s: L7Scene, rules: L7RuleSettings[]): Promise<string> {
  const policy = await addPolicy(s.h, {
    listener_id: s.httpId,
    action: 'REDIRECT_TO_POOL',
    redirect_pool_id: s.freePoolId,
    rules,
  });
  return policy.id;
}

const listRules = async (s: L7Scene, policyId: string, query = '') =>
  ok<L7RuleListResponse>(s.h, 'GET', `${rulesPath(policyId)}${query}`);

async function addRule(s: L7Scene, policyId: string, rule: L7RuleSettings): Promise<L7Rule> {
  return (await ok<L7RuleResponse>(s.h, 'POST', rulesPath(policyId), { rule })).rule;
}

describe('forwarding rules: add, list, show, update, delete', () => {
  it('adds a URL rule to a domain-only policy, changes it and deletes the domain rule', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [HOST]);
    const [host] = (await listRules(s, policyId)).rules;
    const rule = await addRule(s, policyId, PATH);
    expect(rule).toEqual({
      id: expect.any(String),
      tenant_id: PROJECT,
      admin_state_up: true,
      type: 'PATH',
      compare_type: 'EQUAL_TO',
      invert: false,
      key: null,
      value: '/cart.html',
      provisioning_status: 'ACTIVE',
    });
    expect((await listRules(s, policyId)).rules).toEqual([host, rule]);
    expect(await ok<L7RuleResponse>(s.h, 'GET', `${rulesPath(policyId)}/${rule.id}`)).toEqual({ rule });

    const changed = await ok<L7RuleResponse>(s.h, 'PUT', `${rulesPath(policyId)}/${rule.id}`, {
      rule: { compare_type: 'REGEX', value: '/cart/[0-9]+' },
    });
    expect(changed.rule).toEqual({ ...rule, compare_type: 'REGEX', value: '/cart/[0-9]+' });

    await ok(s.h, 'DELETE', `${rulesPath(policyId)}/${host!.id}`);
    expect((await listRules(s, policyId)).rules).toEqual([changed.rule]);
    await refused(s.h, 'GET', `${rulesPath(policyId)}/${host!.id}`, undefined, notFound('l7rule', host!.id));
  });

  it('refuses to delete the last rule of a forwarding policy', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [HOST]);
    const [host] = (await listRules(s, policyId)).rules;
    await refused(
      s.h,
      'DELETE',
      `${rulesPath(policyId)}/${host!.id}`,
      undefined,
      conflict(
        `Rule ${host!.id} is the last rule of forwarding policy ${policyId}: Specify a domain name, a URL, or both. Delete the policy instead.`,
      ),
    );
  });

  it('does not find a rule under another policy, nor the rules of a missing policy', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [HOST]);
    const foreign = s.apiPolicy.rules[0]!.id;
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const body = method === 'PUT' ? { rule: { value: '/x' } } : undefined;
      await refused(s.h, method, `${rulesPath(policyId)}/${foreign}`, body, notFound('l7rule', foreign));
    }
    await refused(s.h, 'GET', rulesPath(MISSING_ID), undefined, notFound('l7policy', MISSING_ID));
    await refused(s.h, 'POST', rulesPath(MISSING_ID), { rule: PATH }, notFound('l7policy', MISSING_ID));
  });
});

describe('refused rules', () => {
  it.each<[string, L7RuleSettings[], Record<string, unknown>, ExpectedFault]>([
    [
      'a third rule',
      [HOST, PATH],
      { ...PATH, value: '/other' },
      invalidParameter('Invalid rule: A forwarding policy can have at most 2 rules.'),
    ],
    [
      'a second URL rule',
      [PATH],
      { ...PATH, value: '/other' },
      invalidParameter('Invalid rule[type]: A forwarding policy can have only one domain name rule and one URL rule.'),
    ],
    [
      'a domain name with prefix match',
      [PATH],
      { ...HOST, compare_type: 'STARTS_WITH' },
      invalid('Invalid rule[compare_type]: A domain name rule supports only exact match (EQUAL_TO).'),
    ],
    [
      'a URL with a space',
      [HOST],
      { ...PATH, value: '/a b' },
      invalid('Invalid rule[value]: The URL cannot contain spaces.'),
    ],
    [
      'no type',
      [HOST],
      { compare_type: 'EQUAL_TO', value: '/a' },
      invalid('RequestBody rule[type] is null, this is a required parameter.'),
    ],
  ])('refuses %s', async (_case, rules, rule, fault) => {
    const s = await l7Scene();
    const policyId = await policyWith(s, rules);
    await refused(s.h, 'POST', rulesPath(policyId), { rule }, fault);
    expect((await listRules(s, policyId)).rules).toHaveLength(rules.length);
  });

  it.each<[string, L7RuleSettings, Record<string, unknown>, ExpectedFault]>([
    [
      'the type',
      PATH,
      { type: 'HOST_NAME' },
      invalid('Invalid rule[type]: The type of a forwarding rule cannot be changed.'),
    ],
    [
      'a domain name to prefix match',
      HOST,
      { compare_type: 'STARTS_WITH' },
      invalidParameter('Invalid rule[compare_type]: A domain name rule supports only exact match (EQUAL_TO).'),
    ],
    [
      'an exact URL to one without a slash',
      PATH,
      { value: 'cart.html' },
      invalidParameter('Invalid rule[value]: An exact or prefix match URL must start with a slash (/).'),
    ],
    ['nothing', PATH, {}, invalid('Invalid rule: The request must change at least one field.')],
  ])('refuses to change %s', async (_case, stored, rule, fault) => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [stored]);
    const [before] = (await listRules(s, policyId)).rules;
    await refused(s.h, 'PUT', `${rulesPath(policyId)}/${before!.id}`, { rule }, fault);
    expect((await listRules(s, policyId)).rules).toEqual([before]);
  });

  it('refuses a rule beyond the l7rule quota with 409 ELB.8905', async () => {
    const s = await l7Scene((snapshot) => {
      snapshot.meta.quotas = { ...snapshot.meta.quotas, l7rule: snapshot.tables.l7rules.length + 1 };
    });
    const policyId = await policyWith(s, [HOST]);
    await refused(s.h, 'POST', rulesPath(policyId), { rule: PATH }, quotaExceeded('l7rule'));
  });
});

describe('a rule change that duplicates another policy (FEATURES §4.8.1)', () => {
  // forwarding_policy-api: www.example.com + prefix /api/.
  const API_HOST: L7RuleSettings = { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'www.example.com' };
  const API_PATH: L7RuleSettings = { type: 'PATH', compare_type: 'STARTS_WITH', value: '/api/' };

  it('makes a policy Faulty when an added rule completes a duplicate', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [API_HOST]);
    await expectPolicyStatus(s.h, policyId, 'ACTIVE');
    expect((await addRule(s, policyId, API_PATH)).provisioning_status).toBe('ERROR');
    await expectPolicyStatus(s.h, policyId, 'ERROR');
    await expectPolicyStatus(s.h, s.apiPolicy.id, 'ACTIVE');
    expect((await treeStatuses(s.h, s.webLbId)).status).toBe('DEGRADED');
  });

  it('makes a policy Faulty when an edited rule duplicates, and keeps it Faulty afterwards', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [API_HOST, { ...API_PATH, value: '/shop/' }]);
    const path = (await listRules(s, policyId)).rules.find((rule) => rule.type === 'PATH')!;
    const edited = await ok<L7RuleResponse>(s.h, 'PUT', `${rulesPath(policyId)}/${path.id}`, {
      rule: { value: '/api/' },
    });
    expect(edited.rule.provisioning_status).toBe('ERROR');
    expect(await treeStatuses(s.h, s.webLbId)).toMatchObject({
      status: 'DEGRADED',
      policies: { [policyId]: ['ERROR', 'ERROR', 'ERROR'], [s.apiPolicy.id]: ['ACTIVE', 'ACTIVE', 'ACTIVE'] },
    });
    // Neither undoing the edit nor deleting the original repairs it: delete and re-add (guide).
    await ok(s.h, 'PUT', `${rulesPath(policyId)}/${path.id}`, { rule: { value: '/shop/' } });
    await expectPolicyStatus(s.h, policyId, 'ERROR');
    await ok(s.h, 'DELETE', `${POLICIES}/${s.apiPolicy.id}`);
    await ok(s.h, 'PUT', `${rulesPath(policyId)}/${path.id}`, { rule: { value: '/store/' } });
    await expectPolicyStatus(s.h, policyId, 'ERROR');
    expect((await treeStatuses(s.h, s.webLbId)).status).toBe('DEGRADED');
  });
});

describe('rule lists', () => {
  it('pages with limit and marker and filters by the wire fields', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [HOST, PATH]);
    const all = (await listRules(s, policyId)).rules;
    expect(all).toHaveLength(2);
    const first = await listRules(s, policyId, '?limit=1');
    expect(first.rules).toEqual([all[0]]);
    const next = first.rules_links!.find((link) => link.rel === 'next')!;
    const url = new URL(next.href);
    expect(url.pathname).toBe(rulesPath(policyId));
    expect(url.searchParams.get('marker')).toBe(all[0]!.id);
    const second = await listRules(s, policyId, url.search);
    expect(second.rules).toEqual([all[1]]);
    expect(second.rules_links!.map((link) => link.rel)).toEqual(['previous']);
    await refused(
      s.h,
      'GET',
      `${rulesPath(policyId)}?limit=1&marker=${MISSING_ID}`,
      undefined,
      notFound('rules', MISSING_ID),
    );

    expect((await listRules(s, policyId, '?type=PATH')).rules).toEqual([all[1]]);
    expect((await listRules(s, policyId, '?invert=false&provisioning_status=ACTIVE')).rules).toEqual(all);
    expect((await listRules(s, policyId, '?value=shop.example.com&value=/cart.html')).rules).toEqual(all);
    expect((await listRules(s, policyId, '?compare_type=REGEX')).rules).toEqual([]);
  });
});

describe('rule writes under a PENDING load balancer', () => {
  it('refuses add, update and delete with 409 until the window ends', async () => {
    const s = await l7Scene(() => {}, { provisioningDelayMs: 1000 });
    const policyId = await policyWith(s, [HOST, PATH]);
    const [, path] = (await listRules(s, policyId)).rules;
    const other = await policyWith(s, [{ ...HOST, value: 'other.example.com' }]);
    await expectWritesWaitForActive(s.h, s.webLbId, [
      ['POST', rulesPath(other), { rule: PATH }],
      ['PUT', `${rulesPath(policyId)}/${path!.id}`, { rule: { value: '/b' } }],
      ['DELETE', `${rulesPath(policyId)}/${path!.id}`, undefined],
    ]);
  });
});

describe('rule traces', () => {
  it('records createl7rule (as documented, C16), updateL7rule and deleteL7rule', async () => {
    const s = await l7Scene();
    const policyId = await policyWith(s, [HOST]);
    const rule = await addRule(s, policyId, PATH);
    const item = `${rulesPath(policyId)}/${rule.id}`;
    await ok(s.h, 'PUT', item, { rule: { value: '/b' } });
    await refused(s.h, 'PUT', item, { rule: { type: 'HOST_NAME' } }, invalid(/cannot be changed/));
    await ok(s.h, 'DELETE', item);
    expect(await traceRows(s.h, rule.id)).toEqual([
      ['deleteL7rule', '204', 'normal', 'l7rule'],
      ['updateL7rule', '400', 'warning', 'l7rule'],
      ['updateL7rule', '200', 'normal', 'l7rule'],
      ['createl7rule', '201', 'normal', 'l7rule'],
    ]);
    // C16: the regular spelling finds the documented one.
    expect(await recordedTraces(s.h, 'trace_name=createL7rule')).toHaveLength(1);
  });
});
