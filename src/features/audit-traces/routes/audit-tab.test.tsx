import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, type RouteTest } from '../../../testing/render-route';
import { send } from './trace-test-helpers';

type Cloud = RouteTest['cloud'];
type Listed = Record<string, { id: string }[]>;

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

/** elb-staging with a change to itself, to its listener and to its group; the IDs. */
async function changeStaging(cloud: Cloud) {
  const [lb] = ((await send(cloud, 'GET', '/v2.0/lbaas/loadbalancers?name=elb-staging')) as Listed).loadbalancers!;
  const [listener] = ((await send(cloud, 'GET', `/v2.0/lbaas/listeners?loadbalancer_id=${lb!.id}`)) as Listed)
    .listeners!;
  const [pool] = ((await send(cloud, 'GET', `/v2.0/lbaas/pools?loadbalancer_id=${lb!.id}`)) as Listed).pools!;
  await send(cloud, 'PUT', `/v2.0/lbaas/loadbalancers/${lb!.id}`, { loadbalancer: { description: 'audited' } });
  await send(cloud, 'PUT', `/v2.0/lbaas/listeners/${listener!.id}`, { listener: { description: 'audited' } });
  await send(cloud, 'PUT', `/v2.0/lbaas/pools/${pool!.id}`, { pool: { description: 'audited' } });
  return { lb: lb!.id, listener: listener!.id };
}

/** The timeline's steps. Writes in one millisecond tie on time, so the test compares them as a set. */
const steps = () =>
  within(screen.getByRole('list', { name: 'Changes, newest first' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent)
    .sort();

describe('Audit tabs (route)', () => {
  it("shows a load balancer's own changes and its children's, and links to its traces", async () => {
    const { cloud, router } = await renderRoute('/help/key-operations');
    const { lb } = await changeStaging(cloud);
    void router.navigate(`/load-balancers/${lb}?tab=audit`);
    await waitFor(() =>
      expect(steps()).toEqual([
        'Modifying a backend server group',
        'Modifying a listener',
        'Modifying a load balancer',
      ]),
    );
    expect(screen.getByRole('link', { name: 'View all in Traces' })).toHaveAttribute(
      'href',
      `/traces?searchBy=resource_id&search=${lb}&range=1w`,
    );
  });

  it("shows a listener's own changes and its group's on the listener's Audit tab", async () => {
    const { cloud, router } = await renderRoute('/help/key-operations');
    const { lb, listener } = await changeStaging(cloud);
    void router.navigate(`/load-balancers/${lb}?tab=listeners&listener=${listener}&section=audit`);
    await waitFor(() => expect(steps()).toEqual(['Modifying a backend server group', 'Modifying a listener']));
  });

  it('links each key operation to its traces, pre-filtered', async () => {
    await renderRoute('/help/key-operations');
    expect(screen.getAllByRole('row')).toHaveLength(27);
    expect(screen.getByRole('link', { name: 'View traces updatPool' })).toHaveAttribute(
      'href',
      '/traces?source=ELB&resourceType=pool&searchBy=trace_name&search=updatPool&range=1w',
    );
  });
});
