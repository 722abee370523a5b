import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, testConfig, type RouteTest } from '../../../testing/render-route';

// Dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const ORIGIN = testConfig.endpoints.elb;

async function openDeleteFromList(name: string) {
  const test = await renderRoute('/load-balancers');
  const table = await screen.findByRole('table', { name: 'Load balancers' });
  const row = (await within(table).findByRole('link', { name })).closest('tr')!;
  await test.user.click(within(row).getByRole('button', { name: `Delete ${name}` }));
  const dialog = await screen.findByRole('dialog', { name: `Delete ${name}` });
  return { ...test, dialog };
}

function childrenOf(cloud: RouteTest['cloud'], lbId: string) {
  return cloud.store.read((tx) => {
    const listeners = tx.all('listeners').filter((listener) => listener.loadbalancer_id === lbId);
    const pools = tx.all('pools').filter((pool) => pool.loadbalancer_id === lbId);
    const poolIds = new Set(pools.map((pool) => pool.id));
    const members = tx.all('members').filter((member) => poolIds.has(member.pool_id));
    const monitors = tx.all('healthmonitors').filter((monitor) => poolIds.has(monitor.pool_id));
    const listenerIds = new Set(listeners.map((listener) => listener.id));
    const policies = tx.all('l7policies').filter((policy) => listenerIds.has(policy.listener_id));
    return { listeners, pools, members, monitors, policies };
  });
}

const lbNamed = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === name));

describe('delete load balancer dialog (from the list)', () => {
  it('lists what blocks deletion in the guide order, then deletes it all and keeps the EIP', async () => {
    const { user, cloud, dialog } = await openDeleteFromList('elb-web-prod');
    const lb = lbNamed(cloud, 'elb-web-prod')!;
    const before = childrenOf(cloud, lb.id);
    expect(before.members).toHaveLength(11);

    expect(within(dialog).getByText('Deleting a load balancer cannot be undone.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('The EIP 80.158.10.21 is not released: it is unbound and stays in your account.'),
    ).toBeInTheDocument();

    const groups = await within(dialog).findAllByRole('listitem');
    expect(groups.map((group) => group.firstElementChild!.textContent)).toEqual([
      '1 forwarding policy',
      '11 backend servers',
      '2 listeners',
      '3 backend server groups',
      '3 health checks',
    ]);
    expect(groups[0]).toHaveTextContent('forwarding_policy-api');
    for (const host of ['10.0.1.11:80', '10.0.1.12:80', '10.0.1.13:80', '10.0.1.14:80']) {
      expect(groups[1]).toHaveTextContent(host);
    }
    // Past eight addresses the list says how many more there are.
    expect(groups[1]).toHaveTextContent('and 3 more');
    expect(groups[2]).toHaveTextContent('listener-http-80');
    expect(groups[3]).toHaveTextContent('server_group-web');
    expect(groups[3]).toHaveTextContent('server_group-api');

    // 20 listed blockers (the groups' health checks among them), plus the load balancer.
    const understand = within(dialog).getByRole('checkbox', { name: 'Also delete these 20 resources' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete all 21 resources' });
    expect(confirm).toBeDisabled();
    await user.click(understand);
    expect(confirm).toBeEnabled();
    await user.click(understand);
    expect(confirm).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Show API requests (21 calls)' }));
    const lbaas = `DELETE ${ORIGIN}/v2.0/lbaas`;
    const calls = [...dialog.querySelectorAll('pre')].map((pre) => pre.textContent);
    const membersCalls = before.members.map((member) => `${lbaas}/pools/${member.pool_id}/members/${member.id}`);
    // Policies, backend servers, health checks, groups, listener, then the load balancer (the API's order).
    expect(calls[0]).toBe(`${lbaas}/l7policies/${before.policies[0]!.id}`);
    expect([...calls.slice(1, 12)].sort()).toEqual([...membersCalls].sort());
    expect([...calls.slice(12, 15)].sort()).toEqual(
      before.monitors.map((monitor) => `${lbaas}/healthmonitors/${monitor.id}`).sort(),
    );
    expect([...calls.slice(15, 18)].sort()).toEqual(before.pools.map((pool) => `${lbaas}/pools/${pool.id}`).sort());
    expect(calls.slice(18)).toEqual([
      ...before.listeners.map((listener) => `${lbaas}/listeners/${listener.id}`),
      `${lbaas}/loadbalancers/${lb.id}`,
    ]);
    expect(lbNamed(cloud, 'elb-web-prod')).toBeDefined();

    await user.click(understand);
    await user.click(confirm);

    expect(await screen.findByText('elb-web-prod was deleted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = screen.getByRole('table', { name: 'Load balancers' });
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'elb-web-prod' })).toBeNull());

    expect(lbNamed(cloud, 'elb-web-prod')).toBeUndefined();
    expect(childrenOf(cloud, lb.id)).toEqual({ listeners: [], pools: [], members: [], monitors: [], policies: [] });
    const eip = cloud.store.read((tx) => tx.all('publicips').find((item) => item.public_ip_address === '80.158.10.21'));
    expect(eip).toBeDefined();
    expect(eip!.port_id).toBeUndefined();
    expect(eip!.status).toBe('DOWN');
  }, 40_000);

  it('deletes a load balancer with nothing attached directly', async () => {
    const { user, cloud, dialog } = await openDeleteFromList('elb-legacy-unused');
    expect(await within(dialog).findByText('Nothing is attached to this load balancer.')).toBeInTheDocument();
    expect(within(dialog).getByText('No EIP is bound to this load balancer.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('checkbox')).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Show API request (1 call)' }));
    const lb = lbNamed(cloud, 'elb-legacy-unused')!;
    expect(within(dialog).getByText(`DELETE ${ORIGIN}/v2.0/lbaas/loadbalancers/${lb.id}`)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('elb-legacy-unused was deleted.')).toBeInTheDocument();
    expect(lbNamed(cloud, 'elb-legacy-unused')).toBeUndefined();
    const table = screen.getByRole('table', { name: 'Load balancers' });
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'elb-legacy-unused' })).toBeNull());
  }, 20_000);

  it('closes on Cancel without deleting anything', async () => {
    const { user, cloud, dialog } = await openDeleteFromList('elb-api-internal');
    await within(dialog).findByRole('checkbox', { name: /^Also delete these/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(lbNamed(cloud, 'elb-api-internal')).toBeDefined();
  });
});
