import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { classicJobStore } from '../../features/classic/jobs/job-store';
import { renderRoute, testConfig } from '../../testing/render-route';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const ORIGIN = testConfig.endpoints.elb;
const PROJECT_ID = testConfig.projects[0]!.id;

const textbox = (name: string) => screen.getByRole('textbox', { name });

async function choose(user: UserEvent, combobox: string, option: RegExp | string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

async function fill(user: UserEvent, field: HTMLElement, text: string) {
  await user.tripleClick(field);
  await user.paste(text);
}

async function renderClassicCreate(scenario: Parameters<typeof renderRoute>[1] = 'demo') {
  const test = await renderRoute('/load-balancers/create?type=classic', scenario);
  await screen.findByRole('radio', { name: 'External' });
  return test;
}

const classicNamed = (cloud: Awaited<ReturnType<typeof renderRoute>>['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('classicLoadbalancers').filter((lb) => lb.name === name));

describe('create load balancer: type choice', () => {
  it('offers Enhanced and Classic side by side, keeps the choice in the URL and links to all differences', async () => {
    const { user, router } = await renderRoute('/load-balancers/create');
    const types = screen.getByRole('radiogroup', { name: 'Type' });
    const enhanced = within(types).getByRole('radio', { name: 'Enhanced' });
    expect(enhanced).toBeChecked();
    expect(enhanced).toHaveAccessibleDescription(/Always has a private IP address in a subnet/);
    expect(within(types).getByRole('radio', { name: 'Classic' })).toHaveAccessibleDescription(
      /Fixed at creation: External \(a new EIP with 1 to 500 Mbit\/s/,
    );
    expect(
      screen.getByRole('link', { name: 'All differences between classic and enhanced load balancers' }),
    ).toHaveAttribute('href', '/help/classic-vs-enhanced');
    // The enhanced form as before.
    expect(screen.getByRole('radio', { name: 'Public' })).toBeChecked();

    await user.click(within(types).getByRole('radio', { name: 'Classic' }));
    expect(await screen.findByRole('radio', { name: 'External' })).toBeChecked();
    expect(router.state.location.search).toBe('?type=classic');
    expect(screen.queryByRole('radio', { name: 'Public' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Start the load balancer after creation' })).toBeChecked();

    await user.click(within(types).getByRole('radio', { name: 'Enhanced' }));
    expect(await screen.findByRole('radio', { name: 'Public' })).toBeChecked();
    expect(router.state.location.search).toBe('');
  }, 30_000);

  it('opens on Classic from a deep link', async () => {
    await renderClassicCreate();
    expect(screen.getByRole('radio', { name: 'Classic' })).toBeChecked();
    expect(screen.getByText(/Classic load balancers in use: 3 of \d+\./)).toBeInTheDocument();
  });
});

describe('create load balancer: classic', () => {
  it('says which rule a field breaks, for External and for Internal', async () => {
    const { user } = await renderClassicCreate();
    await fill(user, textbox('Name'), 'a'.repeat(65));
    await fill(user, screen.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }), '501');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    await waitFor(() =>
      expect(textbox('Name')).toHaveAccessibleDescription(
        'The name must be 1 to 64 characters: letters, digits, underscores (_) and hyphens (-).',
      ),
    );
    expect(screen.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' })).toHaveAccessibleDescription(
      'The bandwidth must be a whole number from 1 to 500 Mbit/s.',
    );
    expect(screen.getByRole('combobox', { name: 'VPC' })).toHaveAccessibleDescription('Select a VPC.');

    await user.click(screen.getByRole('radio', { name: 'Internal' }));
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Subnet' })).toHaveAccessibleDescription('Select a subnet.'),
    );
    expect(textbox('Security group ID')).toHaveAccessibleDescription(
      'The security group ID must be 1 to 200 characters: letters, digits and hyphens (-).',
    );
    expect(screen.queryByRole('heading', { name: 'Review' })).toBeNull();
  });

  it('shows the exact request, then creates an External load balancer as a job and opens it', async () => {
    const { user, cloud, router } = await renderClassicCreate();
    await choose(user, 'VPC', /^vpc-prod/);
    await fill(user, screen.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }), '20');
    await fill(user, textbox('Name'), 'classic-shop');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText('External, new EIP, 20 Mbit/s')).toBeInTheDocument();
    const panel = screen.getByRole('button', { name: 'Show API request (1 call)' }).closest('.MuiAccordion-root')!;
    const request = panel.querySelector('pre')!.textContent!;
    expect(request.split('\n')[0]).toBe(`POST ${ORIGIN}/v1.0/${PROJECT_ID}/elbaas/loadbalancers`);
    expect(JSON.parse(request.slice(request.indexOf('\n')))).toEqual({
      name: 'classic-shop',
      vpc_id: expect.any(String),
      type: 'External',
      admin_state_up: true,
      bandwidth: 20,
    });
    expect(classicNamed(cloud, 'classic-shop')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(classicNamed(cloud, 'classic-shop')).toHaveLength(1));
    const [lb] = classicNamed(cloud, 'classic-shop');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/load-balancers/classic/${lb!.id}`));
    expect(lb).toMatchObject({ type: 'External', bandwidth: 20 });
    const job = classicJobStore.jobs().find((tracked) => tracked.subject === 'classic-shop');
    expect(job).toMatchObject({ kind: 'createLb', loadBalancerId: lb!.id });
  }, 30_000);

  it('shows the API error of a refused create and keeps every value', async () => {
    const { user, cloud } = await renderClassicCreate();
    await choose(user, 'VPC', /^vpc-prod/);
    await user.click(screen.getByRole('radio', { name: 'Internal' }));
    await choose(user, 'Subnet', /^subnet-web/);
    await fill(user, textbox('Security group ID'), 'sg-intranet');
    await user.click(screen.getByRole('radio', { name: 'Specify' }));
    // classic-intranet has this address already.
    await fill(user, await screen.findByRole('textbox', { name: 'IP address' }), '10.0.1.150');
    await user.click(screen.getByRole('switch', { name: 'Start the load balancer after creation' }));
    await fill(user, textbox('Name'), 'classic-clash');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    expect(await screen.findByText('No (created stopped)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The classic load balancer could not be created')).toBeInTheDocument();
    expect(alert).toHaveTextContent(/ELB\.\d+: .*10\.0\.1\.150/);
    expect(classicNamed(cloud, 'classic-clash')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Back to the form' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('classic-clash');
    expect(screen.getByRole('radio', { name: 'Internal' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Subnet' })).toHaveTextContent(/^subnet-web/);
    expect(textbox('Security group ID')).toHaveValue('sg-intranet');
    expect(textbox('IP address')).toHaveValue('10.0.1.150');
    expect(screen.getByRole('switch', { name: 'Start the load balancer after creation' })).not.toBeChecked();
  }, 30_000);

  it('blocks creation when the classic load balancer quota is used up', async () => {
    await renderClassicCreate('quota-full');
    expect(await screen.findByText('No classic load balancer can be created')).toBeInTheDocument();
    expect(screen.getByText(/The classic load balancer quota is used up \(3 of 3\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Now' })).toBeDisabled();
  });
});
