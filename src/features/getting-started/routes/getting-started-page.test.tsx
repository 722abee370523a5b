import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

const lbIdOf = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('loadbalancers').find((row) => row.name === name)!.id);

/** Comes back to the entry setup as the create page does, with `?loadBalancer=`. */
async function openEntrySetup(lbName: string) {
  const test = await renderRoute('/help/getting-started');
  await test.router.navigate(`/help/getting-started/entry?loadBalancer=${lbIdOf(test.cloud, lbName)}`);
  // The setup's page loads lazily, as a route does.
  await screen.findByRole('heading', { level: 1, name: 'Entry level setup' }, { timeout: 5000 });
  await screen.findByRole('list', { name: 'Setup steps' }, { timeout: 5000 });
  return test;
}

describe('getting started', () => {
  it('shows what gets built, both guided setups and the security group prerequisite', async () => {
    await renderRoute('/help/getting-started');
    expect(screen.getByRole('heading', { level: 1, name: 'Getting started' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'How a request travels' })).toHaveTextContent('Listener HTTP/80');
    const entry = screen.getByRole('region', { name: 'Entry level' });
    expect(
      within(entry)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Create two ECSs',
      'Deploy the application',
      'Create a load balancer',
      'Add a listener',
      'Add backend servers',
      'Verify',
    ]);
    expect(within(entry).getByText('Not started')).toBeInTheDocument();
    expect(within(entry).getByRole('link', { name: 'Start the entry level setup' })).toHaveAttribute(
      'href',
      '/help/getting-started/entry',
    );
    const advanced = screen.getByRole('region', { name: 'Advanced level' });
    expect(within(advanced).getAllByRole('listitem').at(-2)).toHaveTextContent('Add forwarding policies');
    expect(screen.getByRole('link', { name: 'Configuring security group rules' })).toHaveAttribute(
      'href',
      '/help/security-group-rules',
    );
  });

  it('takes the load balancer a create screen returns, and derives each step from its resources', async () => {
    const test = await openEntrySetup('elb-web-prod');
    expect(test.router.state.location.search).toBe('');
    // Everything but the deployment exists in the demo: that step is open, waiting for the user's word.
    expect(await screen.findByText(/The console cannot look inside your servers/)).toBeInTheDocument();
    await test.user.click(screen.getByRole('checkbox', { name: 'The application answers on port 80 on both ECSs' }));
    expect(await screen.findByText('Every backend server is healthy: the site is ready.')).toBeInTheDocument();
    expect(screen.getByText('80.158.10.21 www.example.com')).toBeInTheDocument();
    expect(screen.getByText('http://80.158.10.21/')).toBeInTheDocument();
    expect(screen.getAllByText('Healthy')).toHaveLength(4);

    await test.router.navigate('/help/getting-started');
    const entry = await screen.findByRole('region', { name: 'Entry level' });
    expect(await within(entry).findByText('Complete')).toBeInTheDocument();
    expect(within(entry).getByRole('link', { name: 'Continue the entry level setup' })).toBeInTheDocument();
  });

  it('says which step is missing on a load balancer without listeners, and opens the real screens', async () => {
    const test = await openEntrySetup('elb-legacy-unused');
    await test.user.click(screen.getByRole('checkbox', { name: 'The application answers on port 80 on both ECSs' }));
    // elb-legacy-unused has no EIP: the load balancer step is the open one.
    expect(
      await screen.findByText('elb-legacy-unused is active but has no EIP, so it cannot be reached from the Internet.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create load balancer' })).toHaveAttribute(
      'href',
      '/load-balancers/create?returnTo=%2Fhelp%2Fgetting-started%2Fentry',
    );
    expect(screen.getByRole('link', { name: 'Bind an EIP' })).toBeInTheDocument();
    await test.user.click(screen.getByRole('button', { name: /Add a listener/ }));
    expect(await screen.findByText('The load balancer has no HTTP listener on port 80 yet.')).toBeInTheDocument();
    const lbId = lbIdOf(test.cloud, 'elb-legacy-unused');
    expect(screen.getByRole('link', { name: 'Add listener' })).toHaveAttribute(
      'href',
      `/load-balancers/${lbId}/listeners/add?returnTo=%2Fhelp%2Fgetting-started%2Fentry`,
    );
    expect(screen.getByText('server_group-ELB', { exact: false })).toBeInTheDocument();
  });

  it('names the unhealthy backend servers at the verification and links to the FAQ', async () => {
    const test = await openEntrySetup('elb-staging');
    await test.user.click(screen.getByRole('checkbox', { name: 'The application answers on port 80 on both ECSs' }));
    expect(await screen.findByText(/^Unhealthy: ecs-staging-02\. Requests skip these servers/)).toBeInTheDocument();
    const health = screen.getByRole('list', { name: 'Health of the backend servers' });
    expect(
      within(health)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Healthyecs-staging-01 (172.16.10.11:80)', 'Unhealthyecs-staging-02 (172.16.10.12:80)']);
    expect(screen.getByRole('link', { name: 'Why is a backend server unhealthy?' })).toHaveAttribute(
      'href',
      '/help/faq/unhealthy-backend',
    );
  });

  it('says when the chosen load balancer no longer exists, and starts over on request', async () => {
    const test = await renderRoute('/help/getting-started/advanced?loadBalancer=deleted-lb-id');
    expect(await screen.findByText(/no longer exists\. Choose another one/)).toBeInTheDocument();
    await test.user.click(screen.getByRole('button', { name: 'Start over' }));
    await test.user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Start over' }));
    expect(screen.queryByText(/no longer exists/)).not.toBeInTheDocument();
  });

  it('has no page for an unknown setup', async () => {
    await renderRoute('/help/getting-started/expert');
    expect(screen.getByText('There is no guided setup called "expert".')).toBeInTheDocument();
  });
});
