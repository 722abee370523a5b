/** Modify and delete a classic listener, configure and disable its health check, through the real page. */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { choose, listenerNamed, openListener, type } from './listener-test-helpers';

// Pages and dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

describe('classic listener actions', () => {
  it('modifies the ports; protocol and stickiness stay as they were added', async () => {
    const { user, cloud } = await openListener('classic-portal', 'portal-http-80');
    await user.click(screen.getByRole('button', { name: 'Modify listener portal-http-80' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify Listener portal-http-80' });
    expect(within(dialog).getByRole('combobox', { name: 'Protocol' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).getByRole('switch', { name: 'Sticky session' })).toBeDisabled();

    await choose(user, dialog, 'Load balancing algorithm', 'Least connections');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(
      await within(dialog).findByText('Sticky sessions work only with the roundrobin algorithm.'),
    ).toBeInTheDocument();

    await choose(user, dialog, 'Load balancing algorithm', 'Round robin');
    await type(user, dialog, /^Port/, '8000');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(listenerNamed(cloud, 'portal-http-80')).toMatchObject({
      port: 8000,
      protocol: 'HTTP',
      session_sticky: true,
    });
  }, 30_000);

  it('configures a health check with the time window, then disables it after a warning', async () => {
    const { user, cloud } = await openListener('classic-portal', 'portal-mysql-3306');
    await user.click(screen.getByRole('tab', { name: 'Health Check' }));
    expect(await screen.findByText(/No health check: every backend ECS counts as healthy/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Configure Health Check' }));
    const dialog = await screen.findByRole('dialog', { name: 'Configure Health Check of portal-mysql-3306' });
    expect(within(dialog).getByRole('combobox', { name: 'Health check protocol' })).toHaveTextContent('TCP');
    await type(user, dialog, /^Timeout/, '9');
    expect(within(dialog).getByText('The timeout should be less than the interval.')).toBeInTheDocument();
    await type(user, dialog, /^Timeout/, '2');
    expect(within(dialog).getByRole('status')).toHaveTextContent('healthy after about 16 s');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const checkId = () => listenerNamed(cloud, 'portal-mysql-3306')!.healthcheck_id;
    expect(checkId()).not.toBeNull();

    await user.click(await screen.findByRole('button', { name: 'Disable Health Check' }));
    const confirm = await screen.findByRole('dialog', { name: 'Disable the health check of portal-mysql-3306?' });
    expect(within(confirm).getByText(/traffic will still go to ECSs that have failed/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(checkId()).toBeNull());
    expect(await screen.findByRole('button', { name: 'Configure Health Check' })).toBeInTheDocument();
  }, 30_000);

  it('deletes a listener with its backend ECS associations', async () => {
    const { user, cloud, table } = await openListener('classic-portal', 'portal-https-443');
    await user.click(screen.getByRole('button', { name: 'Delete listener portal-https-443' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete listener portal-https-443?' });
    expect(within(dialog).getByText(/Its 2 backend ECSs are removed from it/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(listenerNamed(cloud, 'portal-https-443')).toBeUndefined());
    await waitFor(() => expect(within(table).queryByText('portal-https-443')).not.toBeInTheDocument());
  });
});
