import { describe, expect, it } from 'vitest';
import type { ElbErrorBody, PageLink } from '../../../contract/common';
import type { ServerListResponse } from '../../../contract/ecs/servers';
import type { LoadBalancer, LoadBalancerListResponse } from '../../../contract/elb-v2/load-balancers';
import type { VpcListResponse } from '../../../contract/vpc/vpcs';
import { harness, type Harness } from '../../testing/harness';

const LBS = '/v2.0/lbaas/loadbalancers';

/** One `large` cloud for the read-only tests of this file (2,000 load balancers). */
const large = harness('large');

/** Path and query of a link, as the console would send it again. */
const relative = (href: string) => {
  const url = new URL(href);
  return `${url.pathname}${url.search}`;
};
const linkOf = (links: PageLink[] | undefined, rel: PageLink['rel']) => links?.find((link) => link.rel === rel);

async function list(h: Harness, query = '') {
  const res = await h.send<LoadBalancerListResponse>('GET', `${LBS}${query ? `?${query}` : ''}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** Follows `rel` links from `start` until there is none; returns every page in the order visited. */
async function walk(h: Harness, start: string, rel: PageLink['rel']) {
  const pages: LoadBalancerListResponse[] = [];
  let path: string | undefined = start;
  while (path) {
    const res = await h.send<LoadBalancerListResponse>('GET', path);
    expect(res.status).toBe(200);
    pages.push(res.body);
    const link = linkOf(res.body.loadbalancers_links, rel);
    path = link ? relative(link.href) : undefined;
    if (pages.length > 100) throw new Error('The links never end.');
  }
  return pages;
}

const ids = (lbs: LoadBalancer[]) => lbs.map((lb) => lb.id);

describe('load balancer list paging (large scenario)', () => {
  it('lists all 2,000 load balancers in ascending ID order without limit, with no links', async () => {
    const all = await list(large);
    expect(all.loadbalancers).toHaveLength(2000);
    expect(all.loadbalancers_links).toBeUndefined();
    expect(ids(all.loadbalancers)).toEqual([...ids(all.loadbalancers)].sort());
  });

  it('walks forwards with limit=100 following next links, then back with previous links', async () => {
    const all = ids((await list(large)).loadbalancers);

    const forward = await walk(large, `${LBS}?limit=100`, 'next');
    expect(forward).toHaveLength(20);
    forward.forEach((page) => expect(page.loadbalancers).toHaveLength(100));
    const seen = forward.flatMap((page) => ids(page.loadbalancers));
    expect(new Set(seen).size).toBe(2000);
    expect(seen).toEqual(all);
    // The first page has no way back, the last no way forward; every other page both.
    expect(forward[0]!.loadbalancers_links!.map((link) => link.rel)).toEqual(['next']);
    expect(forward[19]!.loadbalancers_links!.map((link) => link.rel)).toEqual(['previous']);
    forward.slice(1, 19).forEach((page) => {
      expect(page.loadbalancers_links!.map((link) => link.rel).sort()).toEqual(['next', 'previous']);
    });
    // Every next link carries the last ID of its page as marker and keeps the page size.
    const next = new URL(linkOf(forward[0]!.loadbalancers_links, 'next')!.href);
    expect(next.searchParams.get('marker')).toBe(all[99]);
    expect(next.searchParams.get('limit')).toBe('100');

    const lastPage = forward[19]!;
    const previous = linkOf(lastPage.loadbalancers_links, 'previous')!;
    const backward = await walk(large, relative(previous.href), 'previous');
    expect(backward).toHaveLength(19);
    const back = backward.reverse().flatMap((page) => ids(page.loadbalancers));
    expect([...back, ...ids(lastPage.loadbalancers)]).toEqual(all);
  });

  it('starts from the end with page_reverse and no marker', async () => {
    const all = ids((await list(large)).loadbalancers);
    const pages = await walk(large, `${LBS}?limit=300&page_reverse=true`, 'previous');
    expect(pages).toHaveLength(7);
    expect(pages[0]!.loadbalancers).toHaveLength(300);
    expect(pages[6]!.loadbalancers).toHaveLength(200);
    expect(pages.reverse().flatMap((page) => ids(page.loadbalancers))).toEqual(all);
  });

  it('pages a list sorted by name descending', async () => {
    const sorted = (await list(large, 'sort_key=name&sort_dir=desc')).loadbalancers;
    const names = sorted.map((lb) => lb.name);
    expect(names).toEqual([...names].sort().reverse());
    const pages = await walk(large, `${LBS}?sort_key=name&sort_dir=desc&limit=250`, 'next');
    expect(pages).toHaveLength(8);
    expect(pages.flatMap((page) => ids(page.loadbalancers))).toEqual(ids(sorted));
    const next = new URL(linkOf(pages[0]!.loadbalancers_links, 'next')!.href);
    expect(next.searchParams.get('sort_key')).toBe('name');
    expect(next.searchParams.get('sort_dir')).toBe('desc');
  });

  it('pages a list sorted by created_at descending, forwards and backwards', async () => {
    const sorted = (await list(large, 'sort_key=created_at&sort_dir=desc&sort_key=id&sort_dir=asc')).loadbalancers;
    const times = sorted.map((lb) => lb.created_at);
    expect(times).toEqual([...times].sort().reverse());
    expect(sorted[0]!.name).toBe('elb-mail-staging-2000');

    const forward = await walk(
      large,
      `${LBS}?sort_key=created_at&sort_dir=desc&sort_key=id&sort_dir=asc&limit=128`,
      'next',
    );
    expect(forward).toHaveLength(16);
    expect(forward.flatMap((page) => ids(page.loadbalancers))).toEqual(ids(sorted));

    const last = forward.at(-1)!;
    const backward = await walk(large, relative(linkOf(last.loadbalancers_links, 'previous')!.href), 'previous');
    const back = backward.reverse().flatMap((page) => ids(page.loadbalancers));
    expect([...back, ...ids(last.loadbalancers)]).toEqual(ids(sorted));
  });

  it('refuses unequal sort_key/sort_dir counts and unknown sort keys with 400 ELB.9805', async () => {
    for (const query of ['sort_key=name', 'sort_key=name&sort_key=id&sort_dir=asc', 'sort_key=tags&sort_dir=asc']) {
      const res = await large.send<ElbErrorBody>('GET', `${LBS}?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error_code).toBe('ELB.9805');
    }
  });

  it('answers 404 for an unknown marker and 400 for a page larger than 2,000', async () => {
    const missing = await large.send<ElbErrorBody>(
      'GET',
      `${LBS}?limit=10&marker=00000000-0000-4000-a000-000000000000`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe('ELB.8904');
    const tooLarge = await large.send<ElbErrorBody>('GET', `${LBS}?limit=2001`);
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error_code).toBe('ELB.9805');
  });
});

describe('load balancer list filters', () => {
  it('filters by one ID and by repeated IDs (any of)', async () => {
    const all = (await list(large)).loadbalancers;
    const [a, b, c] = [all[5]!, all[500]!, all[1999]!];
    expect(ids((await list(large, `id=${a.id}`)).loadbalancers)).toEqual([a.id]);
    const many = await list(large, `id=${c.id}&id=${a.id}&id=${b.id}&id=not-an-id`);
    expect(ids(many.loadbalancers)).toEqual([a.id, b.id, c.id]);
  });

  it('filters by exact name and vip_address', async () => {
    const byName = await list(large, 'name=elb-web-prod-0001');
    expect(byName.loadbalancers.map((lb) => lb.name)).toEqual(['elb-web-prod-0001']);
    expect((await list(large, 'name=elb-web-prod')).loadbalancers).toEqual([]);
    const target = byName.loadbalancers[0]!;
    const byAddress = await list(large, `vip_address=${target.vip_address}`);
    expect(ids(byAddress.loadbalancers)).toEqual([target.id]);
  });

  it('filters by vpc_id through the subnet of the VIP', async () => {
    const { body } = await large.send<VpcListResponse>('GET', '/v1/:project_id/vpcs');
    const fleet = body.vpcs.find((vpc) => vpc.name === 'vpc-fleet')!;
    expect((await list(large, `vpc_id=${fleet.id}`)).loadbalancers).toHaveLength(2000);
    expect((await list(large, 'vpc_id=not-a-vpc')).loadbalancers).toEqual([]);

    const demo = harness();
    const vpcs = (await demo.send<VpcListResponse>('GET', '/v1/:project_id/vpcs')).body.vpcs;
    const staging = vpcs.find((vpc) => vpc.name === 'vpc-staging')!;
    expect((await list(demo, `vpc_id=${staging.id}`)).loadbalancers.map((lb) => lb.name)).toEqual(['elb-staging']);
  });

  it('filters by admin_state_up', async () => {
    const disabled = await list(large, 'admin_state_up=false');
    // Every 97th load balancer of the scenario is disabled: indexes 0, 97, … 1940.
    expect(disabled.loadbalancers).toHaveLength(21);
    expect(disabled.loadbalancers.every((lb) => !lb.admin_state_up)).toBe(true);
    expect((await list(large, 'admin_state_up=true')).loadbalancers).toHaveLength(1979);
  });

  it('combines filters with paging and sorting', async () => {
    const first = await list(large, 'sort_key=name&sort_dir=asc&limit=5&admin_state_up=false');
    expect(first.loadbalancers).toHaveLength(5);
    expect(first.loadbalancers_links!.map((link) => link.rel)).toEqual(['next']);
    const pages = await walk(large, `${LBS}?admin_state_up=false&sort_key=name&sort_dir=asc&limit=5`, 'next');
    expect(pages).toHaveLength(5);
    const names = pages.flatMap((page) => page.loadbalancers.map((lb) => lb.name));
    expect(names).toHaveLength(21);
    expect(names).toEqual([...names].sort());
  });

  it('filters by the other documented fields: ports, subnets, description, statuses', async () => {
    const demo = harness('demo', { provisioningDelayMs: 1000 });
    const web = (await list(demo, 'name=elb-web-prod')).loadbalancers[0]!;
    expect((await list(demo, `vip_port_id=${web.vip_port_id}`)).loadbalancers.map((lb) => lb.name)).toEqual([
      'elb-web-prod',
    ]);
    const sameSubnet = await list(demo, `vip_subnet_id=${web.vip_subnet_id}`);
    expect(sameSubnet.loadbalancers.map((lb) => lb.name).sort()).toEqual([
      'elb-legacy-unused',
      'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01',
      'elb-web-prod',
    ]);
    const byDescription = await list(demo, `description=${encodeURIComponent('No listeners: safe to delete')}`);
    expect(byDescription.loadbalancers.map((lb) => lb.name)).toEqual(['elb-legacy-unused']);
    expect((await list(demo, `tenant_id=${web.tenant_id}&operating_status=ONLINE`)).loadbalancers).toHaveLength(7);

    await demo.send('PUT', `${LBS}/${web.id}`, { loadbalancer: { description: 'busy' } });
    const pending = await list(demo, 'provisioning_status=PENDING_UPDATE');
    expect(pending.loadbalancers.map((lb) => lb.name)).toEqual(['elb-web-prod']);
    expect((await list(demo, 'provisioning_status=ACTIVE')).loadbalancers).toHaveLength(6);
    demo.clock.advance(1000);
    expect((await list(demo, 'provisioning_status=PENDING_UPDATE')).loadbalancers).toEqual([]);
  });

  it('filters by member_address and member_device_id (demo: backends in two load balancers)', async () => {
    const demo = harness();
    const byAddress = await list(demo, 'member_address=10.0.2.21');
    expect(byAddress.loadbalancers.map((lb) => lb.name).sort()).toEqual(['elb-api-internal', 'elb-web-prod']);
    const either = await list(demo, 'member_address=10.0.1.11&member_address=172.16.10.12');
    expect(either.loadbalancers.map((lb) => lb.name).sort()).toEqual(['elb-staging', 'elb-web-prod']);
    expect((await list(demo, 'member_address=10.0.3.31')).loadbalancers).toEqual([]);

    const servers = await demo.send<ServerListResponse>('GET', '/v1/:project_id/cloudservers/detail?name=ecs-app-04');
    const stopped = servers.body.servers[0]!;
    const byDevice = await list(demo, `member_device_id=${stopped.id}`);
    expect(byDevice.loadbalancers.map((lb) => lb.name)).toEqual(['elb-api-internal']);
    expect((await list(large, 'member_device_id=anything')).loadbalancers).toEqual([]);
  });
});
