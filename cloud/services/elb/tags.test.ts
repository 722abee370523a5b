import { describe, expect, it } from 'vitest';
import type { ElbErrorBody } from '../../../contract/common';
import type { TraceListResponse } from '../../../contract/cts/traces';
import type { ListenerListResponse, ListenerResponse } from '../../../contract/elb-v2/listeners';
import type { LoadBalancerListResponse, LoadBalancerResponse } from '../../../contract/elb-v2/load-balancers';
import type {
  ProjectTagsResponse,
  ResourceInstancesRequest,
  ResourceInstancesResponse,
  Tag,
  TagListResponse,
} from '../../../contract/elb-v2/tags';
import { harness, type Harness } from '../../testing/harness';

const LBS = '/v2.0/lbaas/loadbalancers';
const lbTags = (id: string) => `/v2.0/:project_id/loadbalancers/${id}/tags`;
const listenerTags = (id: string) => `/v2.0/:project_id/listeners/${id}/tags`;
const WRONG_PROJECT = '0123456789abcdef0123456789abcdef';

async function lbByName(h: Harness, name: string) {
  const { body } = await h.send<LoadBalancerListResponse>('GET', `${LBS}?name=${name}`);
  return body.loadbalancers[0]!;
}

async function listenerByName(h: Harness, name: string) {
  const { body } = await h.send<ListenerListResponse>('GET', `/v2.0/lbaas/listeners?name=${name}`);
  return body.listeners[0]!;
}

async function tagsOf(h: Harness, path: string): Promise<Tag[]> {
  const res = await h.send<TagListResponse>('GET', path);
  expect(res.status).toBe(200);
  return res.body.tags;
}

const byKey = (tags: Tag[]) => Object.fromEntries(tags.map((tag) => [tag.key, tag.value]));

async function findInstances(h: Harness, body: ResourceInstancesRequest, type = 'loadbalancers') {
  return h.send<ResourceInstancesResponse>('POST', `/v2.0/:project_id/${type}/resource_instances/action`, body);
}

const names = (res: ResourceInstancesResponse) => (res.resources ?? []).map((item) => item.resource_name).sort();

describe('tags of a load balancer', () => {
  it('adds one tag with 204 and no body, and lists it', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    expect(await tagsOf(h, lbTags(lb.id))).toEqual([]);
    h.clock.advance(60_000);
    const res = await h.send('POST', lbTags(lb.id), { tag: { key: 'owner', value: 'team-a' } });
    expect(res).toEqual({ status: 204, body: undefined });
    expect(await tagsOf(h, lbTags(lb.id))).toEqual([{ key: 'owner', value: 'team-a' }]);
    const shown = await h.send<LoadBalancerResponse>('GET', `${LBS}/${lb.id}`);
    expect(shown.body.loadbalancer.tags).toEqual(['owner=team-a']);
    expect(shown.body.loadbalancer.updated_at > lb.updated_at).toBe(true);
  });

  it('overwrites the value when a single add uses an existing key', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    expect(await h.send('POST', lbTags(lb.id), { tag: { key: 'env', value: 'preprod' } })).toMatchObject({
      status: 204,
    });
    const tags = await tagsOf(h, lbTags(lb.id));
    expect(tags).toHaveLength(3);
    expect(byKey(tags)).toEqual({ env: 'preprod', team: 'web', 'cost-center': 'cc-1042' });
  });

  it('batch-creates tags, overwriting existing keys and keeping the others', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const res = await h.send('POST', `${lbTags(lb.id)}/action`, {
      action: 'create',
      tags: [
        { key: 'team', value: 'storefront' },
        { key: 'tier', value: 'frontend' },
        { key: 'empty', value: '' },
      ],
    });
    expect(res.status).toBe(204);
    expect(byKey(await tagsOf(h, lbTags(lb.id)))).toEqual({
      env: 'prod',
      team: 'storefront',
      'cost-center': 'cc-1042',
      tier: 'frontend',
      empty: '',
    });
    // Idempotent: the same batch again changes nothing.
    await h.send('POST', `${lbTags(lb.id)}/action`, { action: 'create', tags: [{ key: 'tier', value: 'frontend' }] });
    expect(await tagsOf(h, lbTags(lb.id))).toHaveLength(5);
  });

  it('refuses a batch with another action, without tags, or with duplicate keys', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const wrongAction = await h.send<ElbErrorBody>('POST', `${lbTags(lb.id)}/action`, {
      action: 'delete',
      tags: [{ key: 'env', value: 'prod' }],
    });
    expect(wrongAction.status).toBe(400);
    expect(wrongAction.body.error_msg).toContain('The action can only be create.');
    const none = await h.send<ElbErrorBody>('POST', `${lbTags(lb.id)}/action`, { action: 'create', tags: [] });
    expect(none.body.error_msg).toContain('Provide at least one tag.');
    const duplicate = await h.send<ElbErrorBody>('POST', `${lbTags(lb.id)}/action`, {
      action: 'create',
      tags: [
        { key: 'owner', value: 'a' },
        { key: 'owner', value: 'b' },
      ],
    });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body).toMatchObject({
      error_code: 'ELB.9805',
      error_msg: 'Invalid tags[1][key]: Tag keys must be unique.',
    });
    expect(byKey(await tagsOf(h, lbTags(lb.id)))).not.toHaveProperty('owner');
  });

  it('deletes a tag by key (204) and answers 404 for a key that is not there', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    expect((await h.send('DELETE', `${lbTags(lb.id)}/cost-center`)).status).toBe(204);
    expect(byKey(await tagsOf(h, lbTags(lb.id)))).toEqual({ env: 'prod', team: 'web' });
    const again = await h.send<ElbErrorBody>('DELETE', `${lbTags(lb.id)}/cost-center`);
    expect(again.status).toBe(404);
    expect(again.body).toMatchObject({ error_code: 'ELB.8904', error_msg: 'tag cost-center could not be found.' });
    const invalid = await h.send<ElbErrorBody>('DELETE', `${lbTags(lb.id)}/${encodeURIComponent('bad@key')}`);
    expect(invalid.status).toBe(404);
    const noLb = await h.send<ElbErrorBody>('DELETE', `${lbTags('5b1e8c3e-0000-4000-a000-000000000000')}/env`);
    expect(noLb.status).toBe(404);
    expect(noLb.body.error_msg).toContain('loadbalancer');
  });

  it('answers 404 for a load balancer that does not exist and for an untaggable resource type', async () => {
    const h = harness();
    const missing = await h.send<ElbErrorBody>('GET', lbTags('5b1e8c3e-0000-4000-a000-000000000000'));
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('ELB.8904');
    const lb = await lbByName(h, 'elb-web-prod');
    const pools = await h.send<ElbErrorBody>('GET', `/v2.0/:project_id/pools/${lb.id}/tags`);
    expect(pools.status).toBe(404);
  });

  it('allows 20 tags per resource and refuses the 21st with 400 ELB.9805, changing nothing', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const seventeen = Array.from({ length: 17 }, (_, i) => ({ key: `k${i}`, value: `v${i}` }));
    expect((await h.send('POST', `${lbTags(lb.id)}/action`, { action: 'create', tags: seventeen })).status).toBe(204);
    expect(await tagsOf(h, lbTags(lb.id))).toHaveLength(20);

    const oneMore = await h.send<ElbErrorBody>('POST', lbTags(lb.id), { tag: { key: 'k17', value: 'x' } });
    expect(oneMore.status).toBe(400);
    expect(oneMore.body).toMatchObject({
      error_code: 'ELB.9805',
      error_msg: 'A loadbalancer can have at most 20 tags.',
    });
    const batchOver = await h.send<ElbErrorBody>('POST', `${lbTags(lb.id)}/action`, {
      action: 'create',
      tags: [
        { key: 'k0', value: 'changed' },
        { key: 'k18', value: 'new' },
      ],
    });
    expect(batchOver.status).toBe(400);
    const tags = await tagsOf(h, lbTags(lb.id));
    expect(tags).toHaveLength(20);
    expect(byKey(tags).k0).toBe('v0');

    // At the limit an existing key can still change its value.
    expect((await h.send('POST', lbTags(lb.id), { tag: { key: 'k0', value: 'changed' } })).status).toBe(204);
    expect(byKey(await tagsOf(h, lbTags(lb.id))).k0).toBe('changed');

    const twentyOne = Array.from({ length: 21 }, (_, i) => ({ key: `n${i}`, value: '' }));
    const tooMany = await h.send<ElbErrorBody>('POST', `${lbTags(lb.id)}/action`, {
      action: 'create',
      tags: twentyOne,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error_msg).toBe('Invalid tags: A resource can have at most 20 tags.');
  });

  it.each([
    [{ key: '', value: 'x' }, 'Invalid tag[key]: The tag key cannot be blank.'],
    [{ key: 'k'.repeat(37), value: 'x' }, 'Invalid tag[key]: The tag key can contain 1 to 36 characters.'],
    [
      { key: 'bad@key', value: 'x' },
      'Invalid tag[key]: The tag key can contain only letters, digits, hyphens (-) and underscores (_).',
    ],
    [{ key: 'has space', value: 'x' }, 'Invalid tag[key]: The tag key can contain only letters'],
    [{ key: 'umlaut-ä', value: 'x' }, 'Invalid tag[key]: The tag key can contain only letters'],
    [{ key: 'k', value: 'v'.repeat(44) }, 'Invalid tag[value]: The tag value can contain at most 43 characters.'],
    [
      { key: 'k', value: 'a.b' },
      'Invalid tag[value]: The tag value can contain only letters, digits, hyphens (-) and underscores (_).',
    ],
    [{ key: 'k' }, 'RequestBody tag[value] is null, this is a required parameter.'],
  ])('refuses the tag %j with 400 ELB.9805', async (tag, message) => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const res = await h.send<ElbErrorBody>('POST', lbTags(lb.id), { tag });
    expect(res.status).toBe(400);
    expect(res.body.error_code).toBe('ELB.9805');
    expect(res.body.error_msg).toContain(message);
    expect(await tagsOf(h, lbTags(lb.id))).toEqual([]);
  });

  it('accepts the longest key and value, an empty value, digits, hyphens and underscores', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-legacy-unused');
    const tags = [
      { key: 'k'.repeat(36), value: 'v'.repeat(43) },
      { key: 'Key_1-x', value: '' },
      { key: '42', value: 'A-b_9' },
    ];
    expect((await h.send('POST', `${lbTags(lb.id)}/action`, { action: 'create', tags })).status).toBe(204);
    expect(await tagsOf(h, lbTags(lb.id))).toEqual(tags);
    expect((await h.send('DELETE', `${lbTags(lb.id)}/Key_1-x`)).status).toBe(204);
  });

  it('answers 400 ELB.9808 when the project in the URL is not the token project', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const wrong = (path: string) => path.replace(':project_id', WRONG_PROJECT);
    const attempts = [
      h.send<ElbErrorBody>('GET', wrong(lbTags(lb.id))),
      h.send<ElbErrorBody>('POST', wrong(lbTags(lb.id)), { tag: { key: 'a', value: 'b' } }),
      h.send<ElbErrorBody>('POST', wrong(`${lbTags(lb.id)}/action`), {
        action: 'create',
        tags: [{ key: 'a', value: 'b' }],
      }),
      h.send<ElbErrorBody>('DELETE', wrong(`${lbTags(lb.id)}/env`)),
      h.send<ElbErrorBody>('GET', wrong('/v2.0/:project_id/loadbalancers/tags')),
      h.send<ElbErrorBody>('POST', wrong('/v2.0/:project_id/loadbalancers/resource_instances/action'), {
        action: 'count',
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(400);
      expect(res.body.error_code).toBe('ELB.9808');
    }
    expect(byKey(await tagsOf(h, lbTags(lb.id)))).toEqual({ env: 'prod', team: 'web', 'cost-center': 'cc-1042' });
  });
});

describe('tags of a listener', () => {
  it('adds, batch-creates, lists and deletes listener tags through the same routes', async () => {
    const h = harness();
    const listener = await listenerByName(h, 'listener-http-80');
    expect(await tagsOf(h, listenerTags(listener.id))).toEqual([{ key: 'env', value: 'prod' }]);
    expect((await h.send('POST', listenerTags(listener.id), { tag: { key: 'port', value: '80' } })).status).toBe(204);
    expect(
      (
        await h.send('POST', `${listenerTags(listener.id)}/action`, {
          action: 'create',
          tags: [
            { key: 'env', value: 'production' },
            { key: 'proto', value: 'http' },
          ],
        })
      ).status,
    ).toBe(204);
    expect(byKey(await tagsOf(h, listenerTags(listener.id)))).toEqual({ env: 'production', port: '80', proto: 'http' });
    expect((await h.send('DELETE', `${listenerTags(listener.id)}/port`)).status).toBe(204);
    const shown = await h.send<ListenerResponse>('GET', `/v2.0/lbaas/listeners/${listener.id}`);
    expect(shown.body.listener.tags).toEqual(['env=production', 'proto=http']);
    // The load balancer's own tags are untouched.
    const lb = await lbByName(h, 'elb-web-prod');
    expect(byKey(await tagsOf(h, lbTags(lb.id))).env).toBe('prod');
  });

  it('answers 404 naming a listener for an unknown listener ID, and refuses a 21st tag', async () => {
    const h = harness();
    const missing = await h.send<ElbErrorBody>('GET', listenerTags('5b1e8c3e-0000-4000-a000-000000000000'));
    expect(missing.status).toBe(404);
    expect(missing.body.error_msg).toContain('listener');
    const listener = await listenerByName(h, 'listener-tcp-8080');
    const twenty = Array.from({ length: 20 }, (_, i) => ({ key: `k${i}`, value: '' }));
    expect(
      (await h.send('POST', `${listenerTags(listener.id)}/action`, { action: 'create', tags: twenty })).status,
    ).toBe(204);
    const over = await h.send<ElbErrorBody>('POST', listenerTags(listener.id), { tag: { key: 'k20', value: '' } });
    expect(over.body.error_msg).toBe('A listener can have at most 20 tags.');
  });
});

describe('project-wide tags', () => {
  it('lists every key with its distinct values, sorted, per resource type', async () => {
    const h = harness();
    const lbs = await h.send<ProjectTagsResponse>('GET', '/v2.0/:project_id/loadbalancers/tags');
    expect(lbs.status).toBe(200);
    expect(lbs.body.tags).toEqual([
      { key: 'cost-center', values: ['cc-1042'] },
      { key: 'env', values: ['prod', 'staging'] },
      { key: 'team', values: ['orders', 'web'] },
    ]);
    const listeners = await h.send<ProjectTagsResponse>('GET', '/v2.0/:project_id/listeners/tags');
    expect(listeners.body.tags).toEqual([{ key: 'env', values: ['prod'] }]);

    const lb = await lbByName(h, 'elb-legacy-unused');
    await h.send('POST', lbTags(lb.id), { tag: { key: 'env', value: 'dev' } });
    const after = await h.send<ProjectTagsResponse>('GET', '/v2.0/:project_id/loadbalancers/tags');
    expect(after.body.tags.find((tag) => tag.key === 'env')!.values).toEqual(['dev', 'prod', 'staging']);
  });

  it('answers an empty list for a project without tags', async () => {
    const h = harness('empty');
    const res = await h.send<ProjectTagsResponse>('GET', '/v2.0/:project_id/loadbalancers/tags');
    expect(res.body).toEqual({ tags: [] });
  });
});

describe('resources by tag (resource_instances)', () => {
  it('matches one value exactly and ORs several values of a key', async () => {
    const h = harness();
    const prod = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['prod'] }] });
    expect(prod.status).toBe(200);
    expect(names(prod.body)).toEqual([
      'elb-api-internal',
      'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01',
      'elb-web-prod',
    ]);
    expect(prod.body.total_count).toBe(3);
    const either = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['staging', 'prod'] }] });
    expect(either.body.total_count).toBe(4);
    const none = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['pro'] }] });
    expect(none.body).toEqual({ resources: [], total_count: 0 });
  });

  it('ANDs different keys', async () => {
    const h = harness();
    const res = await findInstances(h, {
      action: 'filter',
      tags: [
        { key: 'env', values: ['prod'] },
        { key: 'team', values: ['web', 'search'] },
      ],
    });
    expect(names(res.body)).toEqual(['elb-web-prod']);
  });

  it('matches a value starting with * as a fuzzy (contains) match', async () => {
    const h = harness();
    const fuzzy = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['*ag'] }] });
    expect(names(fuzzy.body)).toEqual(['elb-staging']);
    const mixed = await findInstances(h, { action: 'filter', tags: [{ key: 'team', values: ['*rde', 'web'] }] });
    expect(names(mixed.body)).toEqual(['elb-api-internal', 'elb-web-prod']);
    const anything = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['*'] }] });
    expect(anything.body.total_count).toBe(4);
  });

  it('treats an empty value list as "the key is present"', async () => {
    const h = harness();
    const res = await findInstances(h, { action: 'filter', tags: [{ key: 'team', values: [] }] });
    expect(names(res.body)).toEqual(['elb-api-internal', 'elb-web-prod']);
    const missingKey = await findInstances(h, { action: 'filter', tags: [{ key: 'owner', values: [] }] });
    expect(missingKey.body.total_count).toBe(0);
  });

  it('matches resource_name as a contains match, together with tags', async () => {
    const h = harness();
    const byName = await findInstances(h, { action: 'filter', matches: [{ key: 'resource_name', value: 'payments' }] });
    expect(names(byName.body)).toEqual(['elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01']);
    const both = await findInstances(h, {
      action: 'filter',
      tags: [{ key: 'env', values: ['prod'] }],
      matches: [{ key: 'resource_name', value: 'elb-' }],
    });
    expect(both.body.total_count).toBe(3);
    const noMatch = await findInstances(h, {
      action: 'filter',
      tags: [{ key: 'env', values: ['staging'] }],
      matches: [{ key: 'resource_name', value: 'web' }],
    });
    expect(noMatch.body.total_count).toBe(0);
  });

  it('returns the documented resource shape', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-staging');
    const res = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['staging'] }] });
    expect(res.body.resources).toEqual([
      {
        resource_id: lb.id,
        resource_name: 'elb-staging',
        resource_detail: '',
        super_resource_id: '',
        tags: [{ key: 'env', value: 'staging' }],
      },
    ]);
  });

  it('pages with limit and offset (numbers or digit strings) and reports the total', async () => {
    const h = harness();
    const all = await findInstances(h, { action: 'filter' });
    expect(all.body.total_count).toBe(7);
    expect(all.body.resources).toHaveLength(7);
    const first = await findInstances(h, { action: 'filter', limit: 3 });
    expect(first.body.resources).toHaveLength(3);
    expect(first.body.total_count).toBe(7);
    const second = await findInstances(h, { action: 'filter', limit: '3', offset: '3' });
    const third = await findInstances(h, { action: 'filter', limit: 3, offset: 6 });
    expect(third.body.resources).toHaveLength(1);
    const paged = [first, second, third].flatMap((res) => res.body.resources!.map((item) => item.resource_id));
    expect(paged).toEqual(all.body.resources!.map((item) => item.resource_id));
    const beyond = await findInstances(h, { action: 'filter', offset: 50 });
    expect(beyond.body).toEqual({ resources: [], total_count: 7 });
  });

  it('counts with action count, which takes neither limit nor offset', async () => {
    const h = harness();
    const count = await findInstances(h, { action: 'count', tags: [{ key: 'env', values: ['prod', 'staging'] }] });
    expect(count.status).toBe(200);
    expect(count.body).toEqual({ total_count: 4 });
    const withLimit = await h.send<ElbErrorBody>('POST', '/v2.0/:project_id/loadbalancers/resource_instances/action', {
      action: 'count',
      limit: 10,
    });
    expect(withLimit.status).toBe(400);
    expect(withLimit.body.error_msg).toContain('limit and offset are not used with action count.');
  });

  it('refuses a bad action, a limit outside 1–1000 and too many values', async () => {
    const h = harness();
    const bad = [
      { action: 'list' },
      { action: 'filter', limit: 0 },
      { action: 'filter', limit: 1001 },
      { action: 'filter', offset: -1 },
      { action: 'filter', tags: [{ key: '', values: [] }] },
      { action: 'filter', tags: [{ key: 'env', values: Array.from({ length: 21 }, (_, i) => `v${i}`) }] },
    ];
    for (const body of bad) {
      const res = await h.send<ElbErrorBody>('POST', '/v2.0/:project_id/loadbalancers/resource_instances/action', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error_code).toBe('ELB.9805');
    }
  });

  it('finds listeners by tag, with their load balancer as super resource', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const res = await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['prod'] }] }, 'listeners');
    expect(res.body.resources!.map((item) => [item.resource_name, item.super_resource_id])).toEqual([
      ['listener-http-80', lb.id],
    ]);
    const count = await findInstances(h, { action: 'count' }, 'listeners');
    expect(count.body.total_count).toBe(5);
  });

  it('is a query: it changes nothing and records no trace', async () => {
    const h = harness();
    await findInstances(h, { action: 'filter', tags: [{ key: 'env', values: ['prod'] }] });
    await findInstances(h, { action: 'count' });
    const traces = await h.send<TraceListResponse>('GET', '/v3/:project_id/traces?limit=200');
    expect(traces.body.traces).toEqual([]);
  });
});

describe('tag writes in the audit trail', () => {
  it('records every tag write, successful or refused, against the tagged resource', async () => {
    const h = harness();
    const lb = await lbByName(h, 'elb-web-prod');
    const listener = await listenerByName(h, 'listener-http-80');
    await h.send('POST', lbTags(lb.id), { tag: { key: 'owner', value: 'ops' } });
    await h.send('POST', `${listenerTags(listener.id)}/action`, { action: 'create', tags: [{ key: 'a', value: 'b' }] });
    await h.send('DELETE', `${lbTags(lb.id)}/owner`);
    await h.send('DELETE', `${lbTags(lb.id)}/owner`);
    await h.send('POST', lbTags(lb.id), { tag: { key: 'bad@key', value: '' } });

    const { body } = await h.send<TraceListResponse>('GET', '/v3/:project_id/traces?limit=200');
    expect(
      body.traces.map((trace) => [
        trace.trace_name,
        trace.code,
        trace.trace_rating,
        trace.resource_id,
        trace.resource_type,
      ]),
    ).toEqual([
      ['createTag', '400', 'warning', lb.id, 'tag'],
      ['deleteTag', '404', 'warning', lb.id, 'tag'],
      ['deleteTag', '204', 'normal', lb.id, 'tag'],
      ['batchCreateTag', '204', 'normal', listener.id, 'tag'],
      ['createTag', '204', 'normal', lb.id, 'tag'],
    ]);
    const created = body.traces[4]!;
    expect(created).toMatchObject({
      service_type: 'ELB',
      resource_name: 'elb-web-prod',
      request: JSON.stringify({ tag: { key: 'owner', value: 'ops' } }),
      response: '',
      api_version: 'v2.0',
    });
    expect(body.traces[3]!.resource_name).toBe('listener-http-80');
    expect(body.traces[1]!.message).toBe('ELB.8904: tag owner could not be found.');
  });
});
