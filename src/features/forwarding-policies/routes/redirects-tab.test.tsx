import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openListenerSection, policiesNamed } from './policy-test-helpers';

configure({ asyncUtilTimeout: 5000 });

describe('Redirects tab', () => {
  it('disables Create, with the reason, when the load balancer has no HTTPS listener', async () => {
    await openListenerSection('elb-staging', 'listener-http', 'redirects');
    const create = await screen.findByRole('button', { name: 'Create Redirect' });
    await waitFor(() => expect(create).toHaveAttribute('aria-disabled', 'true'));
    expect(
      screen.getByText('This load balancer has no HTTPS listener to redirect to. Add an HTTPS listener first.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Only GET and HEAD survive the redirect/)).toBeInTheDocument();
  }, 30_000);

  it('creates a redirect to an HTTPS listener of the same load balancer and lists it', async () => {
    const test = await openListenerSection('elb-web-prod', 'listener-http-80', 'redirects');
    const create = await screen.findByRole('button', { name: 'Create Redirect' });
    await waitFor(() => expect(create).not.toHaveAttribute('aria-disabled'));
    await test.user.click(create);
    const dialog = await screen.findByRole('dialog', { name: 'Create Redirect' });
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const target = within(dialog).getByRole('combobox', { name: 'Redirected To' });
    await waitFor(() => expect(target).toHaveAccessibleDescription('Select the HTTPS listener to redirect to.'));
    await test.user.click(target);
    await test.user.click(await screen.findByRole('option', { name: 'listener-https-443 (HTTPS/443)' }));
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Redirect redirect-1 created.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Redirects' });
    await within(table).findByText('redirect-1');
    expect(within(table).getByText('listener-https-443 (HTTPS/443)')).toBeInTheDocument();
    expect(policiesNamed(test.cloud, 'redirect-1')[0]).toMatchObject({ action: 'REDIRECT_TO_LISTENER' });

    await test.user.click(within(table).getByRole('button', { name: 'Modify redirect redirect-1' }));
    const modify = await screen.findByRole('dialog', { name: 'Modify Redirect redirect-1' });
    const name = within(modify).getByRole('textbox', { name: 'Name' });
    await test.user.clear(name);
    await test.user.type(name, 'redirect-to-https');
    await test.user.click(within(modify).getByRole('button', { name: 'OK' }));
    await within(table).findByText('redirect-to-https');

    await test.user.click(within(table).getByRole('button', { name: 'Delete redirect redirect-to-https' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete Redirect' });
    await test.user.click(within(confirm).getByRole('button', { name: 'Yes' }));
    expect(await screen.findByText('Redirect redirect-to-https deleted.')).toBeInTheDocument();
    expect(policiesNamed(test.cloud, 'redirect-to-https')).toHaveLength(0);
  }, 40_000);
});
