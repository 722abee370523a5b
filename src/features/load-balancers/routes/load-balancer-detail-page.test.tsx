import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadBalancerFields } from '../../../../contract/elb-v2/load-balancers';
import { tagKey } from '../../../../contract/elb-v2/tags';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

// Dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const lbRow = (cloud: RouteTest['cloud'], name = 'elb-web-prod') =>
  cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === name)!);
const eipRow = (cloud: RouteTest['cloud'], address: string) =>
  cloud.store.read((tx) => tx.all('publicips').find((eip) => eip.public_ip_address === address)!);

/** Opens a load balancer's page the way an operator does: from its link in the list. */
async function renderDetail(name = 'elb-web-prod') {
  const test = await renderRoute('/load-balancers');
  const table = await screen.findByRole('table', { name: 'Load balancers' });
  await test.user.click(await within(table).findByRole('link', { name }));
  await screen.findByRole('heading', { level: 1, name });
  expect(test.router.state.location.pathname).toBe(`/load-balancers/${lbRow(test.cloud, name).id}`);
  return test;
}

/** The page header: title, status chip and the action buttons. */
const header = () => screen.getByRole('heading', { level: 1 }).closest('header')!;

/** The value shown beside a label of a detail list. */
const detail = (label: string) => {
  const terms = screen.getAllByText(label, { selector: 'dt' });
  expect(terms).toHaveLength(1);
  return terms[0]!.nextElementSibling as HTMLElement;
};

/** A number of the topology summary, by its label. */
const stat = (label: string) => screen.getByText(label, { selector: 'p' }).previousElementSibling?.textContent;

async function confirmIn(user: UserEvent, dialogName: string, button: string) {
  const dialog = await screen.findByRole('dialog', { name: dialogName });
  await user.click(within(dialog).getByRole('button', { name: button }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return dialog;
}

describe('load balancer detail: basic information', () => {
  it('shows the network, the EIP and what the load balancer serves', async () => {
    await renderDetail();
    expect(within(header()).getByText('Running')).toBeInTheDocument();
    expect(detail('Type')).toHaveTextContent('Enhanced');
    expect(detail('Description')).toHaveTextContent('Public entry point of the shop front end');
    await waitFor(() => expect(detail('VPC')).toHaveTextContent('vpc-prod (10.0.0.0/16)'));
    expect(detail('Subnet')).toHaveTextContent('subnet-web (10.0.1.0/24)');
    expect(detail('Private IP address')).toHaveTextContent('10.0.1.100');
    expect(detail('EIP')).toHaveTextContent('80.158.10.21 (100 Mbit/s)');
    expect(detail('Network type')).toHaveTextContent('Public');

    await waitFor(() => expect(stat('Listeners')).toBe('2'));
    expect(stat('Backend server groups')).toBe('3');
    expect(stat('Backend servers')).toBe('11');
    expect(screen.getByText('11 healthy')).toBeInTheDocument();
    expect(screen.queryByText(/unhealthy/)).toBeNull();
  });

  it('tells when a load balancer has no listener yet', async () => {
    await renderDetail('elb-legacy-unused');
    expect(
      await screen.findByText('ELB cannot distribute traffic: this load balancer has no listener.'),
    ).toBeInTheDocument();
    expect(stat('Listeners')).toBe('0');
    expect(detail('EIP')).toHaveTextContent('None — bind an EIP to make the load balancer public');
  });

  it('renames the load balancer in place', async () => {
    const { user, cloud } = await renderDetail();
    await user.click(screen.getByRole('button', { name: 'Edit Name' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveValue('elb-web-prod');
    await user.clear(field);
    await user.type(field, 'elb-web-prod-eu');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'elb-web-prod-eu' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(lbRow(cloud, 'elb-web-prod-eu')).toBeDefined();
  });

  it('refuses a 256-character name with the rule and keeps what was typed', async () => {
    const { user, cloud } = await renderDetail();
    await user.click(screen.getByRole('button', { name: 'Edit Name' }));
    const field = screen.getByRole('textbox', { name: 'Name' });
    const long = 'n'.repeat(256);
    await user.clear(field);
    await user.click(field);
    await user.paste(long);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const rule = loadBalancerFields.name.safeParse(long).error!.issues[0]!.message;
    await waitFor(() => expect(field).toHaveAccessibleDescription(rule));
    expect(field).toBeInvalid();
    expect(field).toHaveValue(long);
    expect(lbRow(cloud).name).toBe('elb-web-prod');

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'elb-web-prod' })).toBeInTheDocument();
  });
});

describe('load balancer detail: tags', () => {
  it('adds a tag, changes its value and deletes it', async () => {
    const { user, cloud, router } = await renderDetail();
    await user.click(screen.getByRole('tab', { name: 'Tags' }));
    expect(router.state.location.search).toBe('?tab=tags');
    const table = await screen.findByRole('table', { name: 'Tags' });
    await within(table).findByRole('cell', { name: 'cost-center' });
    expect(screen.getByText('You can add 17 more tags (at most 20).')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add Tag' }));
    let dialog = await screen.findByRole('dialog', { name: 'Add Tag' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Key' }), 'owner');
    await user.type(within(dialog).getByRole('textbox', { name: 'Value' }), 'alice');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const ownerRow = () => within(table).getByRole('cell', { name: 'owner' }).closest('tr')!;
    await waitFor(() => expect(ownerRow()).toHaveTextContent('alice'));
    expect(lbRow(cloud).tags).toContainEqual({ key: 'owner', value: 'alice' });

    await user.click(screen.getByRole('button', { name: 'Edit tag owner' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit Tag' });
    expect(within(dialog).getByRole('textbox', { name: 'Key' })).toBeDisabled();
    const value = within(dialog).getByRole('textbox', { name: 'Value' });
    expect(value).toHaveValue('alice');
    await user.clear(value);
    await user.type(value, 'bob');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(ownerRow()).toHaveTextContent('bob'));
    expect(lbRow(cloud).tags).toContainEqual({ key: 'owner', value: 'bob' });

    await user.click(screen.getByRole('button', { name: 'Delete tag owner' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete Tag' });
    expect(dialog).toHaveTextContent('Delete the tag owner?');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(table).queryByRole('cell', { name: 'owner' })).toBeNull());
    expect(lbRow(cloud).tags.map((tag) => tag.key)).toEqual(['env', 'team', 'cost-center']);
  }, 30_000);

  it('refuses an invalid or duplicate tag key with the rule message', async () => {
    const { user, cloud, router } = await renderDetail();
    // The tab is in the URL, so a link can open it.
    await router.navigate(`${router.state.location.pathname}?tab=tags`);
    await within(await screen.findByRole('table', { name: 'Tags' })).findByRole('cell', { name: 'env' });
    expect(screen.getByRole('tab', { name: 'Tags' })).toHaveAttribute('aria-selected', 'true');

    await user.click(screen.getByRole('button', { name: 'Add Tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Tag' });
    const key = within(dialog).getByRole('textbox', { name: 'Key' });
    await user.type(key, 'cost center!');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const rule = tagKey.safeParse('cost center!').error!.issues[0]!.message;
    expect(rule).toBe('The tag key can contain only letters, digits, hyphens (-) and underscores (_).');
    await waitFor(() => expect(key).toHaveAccessibleDescription(rule));
    expect(key).toHaveValue('cost center!');

    await user.clear(key);
    await user.type(key, 'env');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(key).toHaveAccessibleDescription('Tag keys must be unique.'));
    expect(screen.getByRole('dialog', { name: 'Add Tag' })).toBeInTheDocument();
    expect(lbRow(cloud).tags).toHaveLength(3);
  });
});

describe('load balancer detail: header actions', () => {
  it('disables and enables the load balancer after confirming', async () => {
    const { user, cloud } = await renderDetail();
    await user.click(within(header()).getByRole('button', { name: 'Disable' }));
    const disable = await screen.findByRole('dialog', { name: 'Disable elb-web-prod' });
    expect(disable).toHaveTextContent('The load balancer stops distributing traffic');
    await confirmIn(user, 'Disable elb-web-prod', 'Disable');

    await waitFor(() => expect(within(header()).getByText('Disabled')).toBeInTheDocument());
    expect(within(header()).queryByText('Running')).toBeNull();
    expect(
      screen.getByText(
        'This load balancer is disabled: it does not distribute traffic. Enable it to serve clients again.',
      ),
    ).toBeInTheDocument();
    expect(lbRow(cloud).admin_state_up).toBe(false);

    await user.click(within(header()).getByRole('button', { name: 'Enable' }));
    await confirmIn(user, 'Enable elb-web-prod', 'Enable');
    await waitFor(() => expect(within(header()).getByText('Running')).toBeInTheDocument());
    expect(within(header()).getByRole('button', { name: 'Disable' })).toBeInTheDocument();
    expect(lbRow(cloud).admin_state_up).toBe(true);
  }, 20_000);

  it('leaves the load balancer as it is when the confirmation is cancelled', async () => {
    const { user, cloud } = await renderDetail();
    await user.click(within(header()).getByRole('button', { name: 'Disable' }));
    await confirmIn(user, 'Disable elb-web-prod', 'Cancel');
    expect(within(header()).getByText('Running')).toBeInTheDocument();
    expect(lbRow(cloud).admin_state_up).toBe(true);
  });

  it('unbinds the EIP, then binds a free one', async () => {
    const { user, cloud } = await renderDetail();
    await waitFor(() => expect(detail('EIP')).toHaveTextContent('80.158.10.21'));

    await user.click(within(header()).getByRole('button', { name: 'Unbind EIP' }));
    const unbind = await screen.findByRole('dialog', { name: 'Unbind EIP from elb-web-prod' });
    expect(unbind).toHaveTextContent('Unbind 80.158.10.21?');
    await confirmIn(user, 'Unbind EIP from elb-web-prod', 'Unbind');

    await waitFor(() => expect(detail('EIP')).toHaveTextContent('None — bind an EIP to make the load balancer public'));
    expect(detail('Network type')).toHaveTextContent('Private');
    expect(eipRow(cloud, '80.158.10.21').port_id).toBeUndefined();

    await user.click(await within(header()).findByRole('button', { name: 'Bind EIP' }));
    const bind = await screen.findByRole('dialog', { name: 'Bind EIP to elb-web-prod' });
    const choices = within(bind).getByRole('radiogroup', { name: 'EIP to bind' });
    expect(within(choices).getByRole('radio', { name: /^80\.158\.10\.21 / })).toBeInTheDocument();
    await user.click(within(choices).getByRole('radio', { name: '80.158.10.31 — 5 Mbit/s, 5_bgp' }));
    await confirmIn(user, 'Bind EIP to elb-web-prod', 'Bind');

    await waitFor(() => expect(detail('EIP')).toHaveTextContent('80.158.10.31 (5 Mbit/s)'));
    expect(detail('Network type')).toHaveTextContent('Public');
    expect(eipRow(cloud, '80.158.10.31').port_id).toBe(lbRow(cloud).vip_port_id);
    expect(eipRow(cloud, '80.158.10.21').port_id).toBeUndefined();
    expect(within(header()).getByRole('button', { name: 'Unbind EIP' })).toBeInTheDocument();
  }, 20_000);

  it('deletes the load balancer and returns to the list', async () => {
    const { user, cloud, router } = await renderDetail('elb-legacy-unused');
    await user.click(within(header()).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete elb-legacy-unused' });
    await within(dialog).findByText('Nothing is attached to this load balancer.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Load Balancers' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/load-balancers');
    expect(await screen.findByText('elb-legacy-unused was deleted.')).toBeInTheDocument();
    expect(cloud.store.read((tx) => tx.all('loadbalancers').some((lb) => lb.name === 'elb-legacy-unused'))).toBe(false);
  }, 20_000);
});

describe('load balancer detail: unknown ID', () => {
  it('says the load balancer was not found, with the API error', async () => {
    await renderRoute('/load-balancers/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Load balancer not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('00000000-0000-4000-8000-000000000000');
    expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
