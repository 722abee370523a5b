import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

// Pages and dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const classicRow = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('classicLoadbalancers').find((lb) => lb.name === name)!);

/** Opens a classic load balancer's page from its link in the classic list. */
async function renderClassic(name: string) {
  const test = await renderRoute('/load-balancers?type=classic');
  const table = await screen.findByRole('table', { name: 'Classic load balancers' });
  await test.user.click(await within(table).findByRole('link', { name }));
  await screen.findByRole('heading', { level: 1, name });
  expect(test.router.state.location.pathname).toBe(`/load-balancers/classic/${classicRow(test.cloud, name).id}`);
  return test;
}

const header = () => screen.getByRole('heading', { level: 1 }).closest('header')!;
const headerButton = (name: string) => within(header()).getByRole('button', { name });
const detail = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('classic load balancer page', () => {
  it('shows every basic field and keeps the tab in the URL', async () => {
    const { user, router } = await renderClassic('classic-portal');
    expect(within(header()).getByText('Running')).toBeInTheDocument();
    expect(detail('Type')).toHaveTextContent('Classic load balancer');
    expect(detail('Network type')).toHaveTextContent('Public (External)');
    expect(detail('EIP')).toHaveTextContent('80.158.10.40');
    expect(detail('Bandwidth')).toHaveTextContent('20 Mbit/s');
    expect(detail('Description')).toHaveTextContent('Customer portal');
    expect(screen.getByRole('link', { name: 'How it differs from an enhanced one' })).toHaveAttribute(
      'href',
      '/help/classic-vs-enhanced',
    );

    await user.click(screen.getByRole('tab', { name: 'Monitoring' }));
    expect(router.state.location.search).toBe('?tab=monitoring');
    expect(await screen.findByRole('heading', { name: /Unhealthy Servers/ })).toBeInTheDocument();
    // The classic quick statistics: the traffic of this minute, with the charts' names and units.
    const now = await screen.findByRole('region', { name: 'Now' });
    expect(within(now).getByText('Concurrent Connections')).toBeInTheDocument();
    expect(within(now).getAllByText(/B\/s$/)).toHaveLength(2);
    await user.click(screen.getByRole('tab', { name: 'Listeners' }));
    expect(router.state.location.search).toBe('?tab=listeners');
  });

  it('disables and enables through jobs, explaining the impact', async () => {
    const { user, cloud } = await renderClassic('classic-portal');
    await user.click(headerButton('Disable'));
    const dialog = await screen.findByRole('dialog', { name: 'Disable classic-portal' });
    expect(within(dialog).getByText(/stops distributing traffic/)).toBeInTheDocument();
    expect(within(dialog).getByText(/are kept/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(within(header()).getByText('Stopped')).toBeInTheDocument());
    expect(classicRow(cloud, 'classic-portal').admin_state_up).toBe(0);
    expect(screen.getByText(/Stopped: the load balancer does not distribute traffic/)).toBeInTheDocument();

    await user.click(headerButton('Enable'));
    const enable = await screen.findByRole('dialog', { name: 'Enable classic-portal' });
    await user.click(within(enable).getByRole('button', { name: 'Enable' }));
    await waitFor(() => expect(within(header()).getByText('Running')).toBeInTheDocument());
    expect(classicRow(cloud, 'classic-portal').admin_state_up).toBe(1);
  });

  it('renames through a modify job and refuses a name the API refuses', async () => {
    const { user, cloud } = await renderClassic('classic-intranet');
    await user.click(screen.getByRole('button', { name: 'Edit Name' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(field);
    await user.type(field, 'intranet gateway');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/letters, digits, underscores/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, 'classic-intranet-gw');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 1, name: 'classic-intranet-gw' });
    expect(classicRow(cloud, 'classic-intranet-gw').type).toBe('Internal');
  });

  it('modifies the bandwidth within 1 to 500 Mbit/s through a job', async () => {
    const { user, cloud } = await renderClassic('classic-portal');
    await user.click(screen.getByRole('button', { name: 'Modify bandwidth' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify the bandwidth of classic-portal' });
    const field = within(dialog).getByRole('spinbutton', { name: 'New bandwidth (Mbit/s)' });
    await user.clear(field);
    await user.type(field, '501');
    await user.click(within(dialog).getByRole('button', { name: 'Modify' }));
    expect(await within(dialog).findByText(/from 1 to 500 Mbit\/s/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '50');
    await user.click(within(dialog).getByRole('button', { name: 'Modify' }));
    await waitFor(() => expect(detail('Bandwidth')).toHaveTextContent('50 Mbit/s'));
    expect(classicRow(cloud, 'classic-portal').bandwidth).toBe(50);
  });

  it('shows a frozen load balancer read-only, every action saying why', async () => {
    await renderClassic('classic-billing-frozen');
    expect(within(header()).getByText('Frozen')).toBeInTheDocument();
    expect(screen.getByText('Frozen: read-only')).toBeInTheDocument();
    const bandwidth = screen.getByRole('button', { name: 'Modify bandwidth' });
    for (const button of [headerButton('Disable'), headerButton('Delete'), bandwidth]) {
      expect(button).toHaveAttribute('aria-disabled', 'true');
      expect(button).toHaveAccessibleDescription(/Frozen by an administrator/);
    }
    expect(screen.getByRole('button', { name: 'Edit Name' })).toBeDisabled();
  });

  it('blocks deletion while listeners have backend ECSs and names them', async () => {
    const { user } = await renderClassic('classic-portal');
    await user.click(headerButton('Delete'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete classic-portal' });
    expect(await within(dialog).findByText('Remove the backend ECSs first')).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: /portal-http-80 \(HTTP\/80\): 3 backend ECSs/ });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.click(link);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('tab', { name: 'Listeners', selected: true })).toBeInTheDocument();
  });

  it('deletes a load balancer once its listeners have no backend ECSs, then returns to the list', async () => {
    const { user, cloud, router } = await renderClassic('classic-intranet');
    // Its backend ECSs were removed (the listeners tab's job; not what this test is about).
    cloud.store.write((tx) => tx.all('classicMembers').forEach((member) => tx.delete('classicMembers', member.id)));
    await user.click(headerButton('Delete'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete classic-intranet' });
    expect(await within(dialog).findByText(/has no EIP/)).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeEnabled());
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/load-balancers'));
    expect(cloud.store.read((tx) => tx.all('classicLoadbalancers').some((lb) => lb.name === 'classic-intranet'))).toBe(
      false,
    );
  });

  it('says a load balancer is gone when its ID no longer exists', async () => {
    await renderRoute('/load-balancers/classic/0123456789abcdef0123456789abcdef');
    expect(await screen.findByText(/No classic load balancer with ID 0123456789abcdef/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the load balancer list' })).toHaveAttribute(
      'href',
      '/load-balancers?type=classic',
    );
  });
});

describe('classic load balancer list operations', () => {
  it('disables from the row menu; a frozen row says why it cannot be deleted', async () => {
    const { user } = await renderRoute('/load-balancers?type=classic');
    const table = await screen.findByRole('table', { name: 'Classic load balancers' });
    expect(screen.queryByText(/not part of this version/)).toBeNull();
    await user.click(await within(table).findByRole('button', { name: 'More actions for classic-portal' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Disable' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable classic-portal' });
    await user.click(within(dialog).getByRole('button', { name: 'Disable' }));
    const row = within(table).getByRole('link', { name: 'classic-portal' }).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('Stopped')).toBeInTheDocument());

    const frozen = within(table).getByRole('link', { name: 'classic-billing-frozen' }).closest('tr')!;
    expect(within(frozen).getByRole('button', { name: 'Delete classic-billing-frozen' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
