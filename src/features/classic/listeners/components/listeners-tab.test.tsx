/** The Listeners tab of a classic load balancer, through the real page and the mock cloud. */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { choose, listenerNamed, openAdd, openListeners, type } from './listener-test-helpers';

// Pages and dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => server.resetHandlers());

describe('classic listeners tab', () => {
  it('lists the listeners and shows the selected one with its TLS settings', async () => {
    const { user, table } = await openListeners('classic-portal');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]!).getByText('HTTP/80 → HTTP/80')).toBeInTheDocument();
    expect(await within(rows[1]!).findByText('HTTP /health :80')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('3')).toBeInTheDocument();
    expect(await screen.findByText(/^Listeners: 3 of \d+/)).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Show listener portal-https-443' }));
    expect(await screen.findByRole('heading', { name: 'portal-https-443' })).toBeInTheDocument();
    expect(await screen.findByText('portal-www')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Cipher suites of Default' })).toHaveTextContent(
      'ECDHE-RSA-AES256-GCM-SHA384',
    );
  });

  it('adds a TCP listener with a health check', async () => {
    const { user, cloud } = await openListeners('classic-portal');
    await user.click(screen.getByRole('button', { name: 'Add Listener' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Listener to classic-portal' });
    await type(user, dialog, 'Name', 'tcp-9000');
    await choose(user, dialog, 'Protocol', 'TCP');
    expect(within(dialog).getByRole('combobox', { name: 'Backend protocol' })).toHaveTextContent('TCP');
    await type(user, dialog, /^Port/, '9000');
    await type(user, dialog, /^Backend port/, '9090');
    await type(user, dialog, /^TCP session timeout/, '30');
    // The health check follows the listener: TCP for a TCP listener.
    expect(within(dialog).getByRole('combobox', { name: 'Health check protocol' })).toHaveTextContent('TCP');
    await type(user, dialog, /^Healthy threshold/, '2');
    expect(within(dialog).getByRole('status')).toHaveTextContent('healthy after about 11 s (2 successful checks)');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const added = listenerNamed(cloud, 'tcp-9000')!;
    expect(added).toMatchObject({ protocol: 'TCP', port: 9000, backend_port: 9090, tcp_timeout: 30 });
    const check = cloud.store.read((tx) => tx.get('classicHealthChecks', added.healthcheck_id!));
    expect(check).toMatchObject({ healthcheck_protocol: 'TCP', healthy_threshold: 2, healthcheck_interval: 5 });
    expect(await screen.findByRole('heading', { name: 'tcp-9000' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Health Check' }));
    expect(await screen.findByText('2', { selector: 'dd *' })).toBeInTheDocument();
  });

  it('explains why nothing can change on a frozen load balancer', async () => {
    await openListeners('classic-billing-frozen');
    expect(screen.getByRole('button', { name: 'Add Listener' })).toBeDisabled();
    expect(screen.getAllByText(/Frozen by an administrator, e.g. for an overdue payment/).length).toBeGreaterThan(0);
    expect(await screen.findByText('No listeners yet. Add one to start distributing traffic.')).toBeInTheDocument();
  });

  it('counts the listeners against the quota, whose used count the API leaves empty', async () => {
    server.use(
      http.get(/\/elbaas\/quotas$/, () =>
        HttpResponse.json({
          quotas: { resources: [{ type: 'listener', used: '', quota: 3, max: 200, min: 1 }] },
        }),
      ),
    );
    await openListeners('classic-portal');
    expect(await screen.findByText('Listeners: 3 of 3 (quota per load balancer)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add Listener' })).toBeDisabled();
    expect(screen.getByText(/The listener quota is used up/)).toBeInTheDocument();
  });

  it('keeps the listener and says so when its health check cannot be configured', async () => {
    const { user, dialog, cloud } = await openAdd();
    server.use(
      http.post(/\/elbaas\/healthcheck$/, () =>
        HttpResponse.json({ error: { code: 'ELB.7020', message: 'Healthcheck service busy.' } }, { status: 503 }),
      ),
    );
    await type(user, dialog, 'Name', 'web-81');
    await type(user, dialog, /^Port/, '81');
    await type(user, dialog, /^Backend port/, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await screen.findByText(/web-81 was added, but its health check could not be configured/),
    ).toBeInTheDocument();
    expect(screen.getByText(/ELB\.7020/)).toBeInTheDocument();
    expect(listenerNamed(cloud, 'web-81')).toMatchObject({ port: 81, healthcheck_id: null });
    expect(await screen.findByRole('heading', { level: 2, name: 'web-81' })).toBeInTheDocument();
  });

  it('names the TLS and backend rules an SSL listener breaks', async () => {
    const { user, dialog } = await openAdd();
    await choose(user, dialog, 'Protocol', 'SSL');
    expect(within(dialog).getByText('Sticky sessions are not available for SSL listeners.')).toBeInTheDocument();
    await choose(user, dialog, 'Backend protocol', 'HTTP');
    await choose(user, dialog, 'TLS version', 'TLS 1.2 TLS 1.1 TLS 1.0');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(await within(dialog).findByText('An SSL listener needs the TCP backend protocol.')).toBeInTheDocument();
    expect(within(dialog).getByText('Select a certificate: HTTPS and SSL listeners require one.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.'),
    ).toBeInTheDocument();
  }, 30_000);

  it('names the sticky-session and range rules, and keeps what was typed', async () => {
    const { user, dialog, cloud } = await openAdd();
    await type(user, dialog, 'Name', 'rules');
    await type(user, dialog, /^Port/, '70000');
    await choose(user, dialog, 'Load balancing algorithm', 'Least connections');
    await user.click(within(dialog).getByRole('switch', { name: 'Sticky session' }));
    await type(user, dialog, /^Interval/, '51');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(
      await within(dialog).findByText('Sticky sessions work only with the roundrobin algorithm.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('The port must be a whole number from 1 to 65535.')).toBeInTheDocument();
    expect(within(dialog).getByText('The interval must be a whole number from 1 to 50 seconds.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('rules');
    expect(listenerNamed(cloud, 'rules')).toBeUndefined();
  }, 30_000);

  it('offers no UDP on an Internal load balancer', async () => {
    // The intranet load balancer is stopped, not frozen: listeners can still change.
    const { user, dialog } = await openAdd('classic-intranet');
    await user.click(within(dialog).getByRole('combobox', { name: 'Protocol' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['HTTP', 'TCP', 'HTTPS', 'SSL']);
  });

  it('adds two ECSs and removes one, showing the jobs', async () => {
    const { user, cloud } = await openListeners('classic-portal');
    await user.click(screen.getByRole('tab', { name: 'Backend ECSs' }));
    const members = await screen.findByRole('table', { name: 'Backend ECSs' });
    await within(members).findByText('ecs-web-02');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Backend ECSs to portal-http-80' });
    expect(await within(dialog).findByRole('checkbox', { name: 'Add ecs-web-02' })).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Add ecs-web-01' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Add ecs-web-04' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add 2 ECSs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The job is recorded and the new rows appear as Pending, then Active once the job ends.
    await within(members).findByText('ecs-web-01');
    await waitFor(() => expect(within(members).queryAllByText('Pending')).toHaveLength(0));
    const listener = listenerNamed(cloud, 'portal-http-80')!;
    const count = () =>
      cloud.store.read((tx) => tx.all('classicMembers').filter((m) => m.listener_id === listener.id).length);
    expect(count()).toBe(5);

    const row = within(members).getByText('ecs-web-01').closest('tr')!;
    await user.click(within(row).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove (1)' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove 1 backend ECS from portal-http-80?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(members).queryByText('ecs-web-01')).not.toBeInTheDocument());
    expect(count()).toBe(4);
  });

  it('shows why an add job failed: a stopped ECS', async () => {
    const { user } = await openListeners('classic-portal');
    await user.click(screen.getByRole('tab', { name: 'Backend ECSs' }));
    await user.click(await screen.findByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Backend ECSs to portal-http-80' });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Add ecs-app-04' }));
    expect(within(dialog).getByText(/Not running: ecs-app-04/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add 1 ECS' }));
    const panel = screen.getByRole('tabpanel', { name: 'Backend ECSs' });
    const failure = await within(panel).findByText(/Adding backend ECSs ecs-app-04: failed/);
    expect(failure.closest('[role="alert"]')).toHaveTextContent(
      /ELB\.6006: ECS ecs-app-04 .* is not running \(SHUTOFF\)/,
    );
  });
});
