/** The Access Logs tab through the real router and the mock cloud (FEATURES §9). */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

configure({ asyncUtilTimeout: 8000 });
/** Rendering a page of 100 parsed lines is slow in jsdom on a busy machine. */
const VIEWER_TIMEOUT_MS = 45_000;

/** Opens the load balancer's tab; its ID comes from the mock cloud the route test mounted. */
async function openTab(name: string) {
  const test = await renderRoute('/load-balancers');
  const id = test.cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === name)!.id);
  await test.router.navigate(`/load-balancers/${id}?tab=access-logs`);
  await screen.findByRole('heading', { level: 1, name }, { timeout: 15_000 });
  return { ...test, id };
}
const linesTable = () => screen.getByRole('table', { name: 'Access log lines' });
/** Rows of lines (each has its expand button), not the empty-state row nor expanded details. */
const bodyRows = () =>
  within(linesTable())
    .getAllByRole('row')
    .filter((row) => within(row).queryByRole('button', { name: /fields of the line/ }) !== null);

describe('Access Logs tab (route)', () => {
  it(
    'shows the configured stream and its lines, linked to backend servers',
    async () => {
      await openTab('elb-web-prod');
      expect(await screen.findByText('ls-elb-web-prod')).toBeVisible();
      expect(screen.getByText('lg-elb-prod')).toBeVisible();
      expect(screen.getByRole('link', { name: /View in LTS \(Real-Time Logs\)/ })).toHaveAttribute('target', '_blank');
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(10));
      // Default columns, in order.
      const headers = within(linesTable())
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent);
      expect(headers.slice(1)).toEqual([
        'Time',
        'Client address',
        'Request',
        'Status code',
        'Request time',
        'Backend private address',
        'Backend status code',
        'Listener',
        'User agent',
      ]);
      const upstream = within(linesTable()).getAllByRole('link', { name: /backend server ecs-web-0\d/ })[0]!;
      expect(upstream.getAttribute('href')).toMatch(/^\/load-balancers\/.+\/groups\/.+\?server=10\.0\.1\.1\d$/);
    },
    VIEWER_TIMEOUT_MS,
  );

  it(
    'filters the lines by an exact status code and refuses a code that is not one',
    async () => {
      const { user } = await openTab('elb-web-prod');
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
      await user.type(screen.getByRole('textbox', { name: 'Status code' }), '404');
      await waitFor(() => {
        const statuses = bodyRows().map((row) => within(row).getAllByRole('cell')[4]!.textContent);
        expect(statuses.length).toBeGreaterThan(0);
        expect(new Set(statuses)).toEqual(new Set(['404']));
      });
      await user.clear(screen.getByRole('textbox', { name: 'Status code' }));
      await user.type(screen.getByRole('textbox', { name: 'Status code' }), '99');
      expect(screen.getByText('Enter a 3-digit status code such as 502.')).toBeVisible();
    },
    VIEWER_TIMEOUT_MS,
  );

  it(
    'expands a line to every labelled field and its raw line',
    async () => {
      const { user } = await openTab('elb-web-prod');
      await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
      await user.click(within(bodyRows()[0]!).getByRole('button', { name: /^Show all fields of the line at/ }));
      expect(await screen.findByText('Raw line')).toBeVisible();
      expect(screen.getByText('Log format version')).toBeVisible();
      expect(screen.getByText('elb_01')).toBeVisible();
      expect(screen.getByText('Reserved')).toBeVisible();
    },
    VIEWER_TIMEOUT_MS,
  );

  it('configures access logging on an LB without it, then disables it', async () => {
    const { user, cloud, id } = await openTab('elb-staging');
    expect(await screen.findByText('Before you start')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Configure Access Log' }));
    const dialog = await screen.findByRole('dialog', { name: 'Configure Access Log' });
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('Select a log group.')).toBeVisible();
    await user.click(within(dialog).getByRole('combobox', { name: /Log Group/ }));
    await user.click(await screen.findByRole('option', { name: 'lg-elb-prod' }));
    await user.click(within(dialog).getByRole('combobox', { name: /Log Stream/ }));
    await user.click(await screen.findByRole('option', { name: 'ls-elb-staging' }));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByText('Access logging enabled for elb-staging.');
    expect(await screen.findByText('ls-elb-staging')).toBeVisible();
    expect(cloud.store.read((tx) => tx.all('logtanks').map((row) => row.loadbalancer_id))).toContain(id);

    await user.click(within(screen.getByRole('tabpanel')).getByRole('button', { name: 'Disable' }));
    const confirm = await screen.findByRole('dialog', { name: 'Disable access logging?' });
    await user.click(within(confirm).getByRole('button', { name: 'Disable' }));
    await screen.findByText('Access logging disabled for elb-staging.');
    expect(await screen.findByRole('button', { name: 'Configure Access Log' })).toBeVisible();
  });

  it('creates a log group and stream inline', async () => {
    const { user } = await openTab('elb-staging');
    await user.click(await screen.findByRole('button', { name: 'Configure Access Log' }));
    const dialog = await screen.findByRole('dialog', { name: 'Configure Access Log' });
    await user.click(within(dialog).getByRole('button', { name: 'Create log group' }));
    const groupDialog = await screen.findByRole('dialog', { name: 'Create Log Group' });
    await user.type(within(groupDialog).getByRole('textbox', { name: /Log group name/ }), '.bad');
    await user.click(within(groupDialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(groupDialog).findByText('The log group name cannot start with a period or underscore.'),
    ).toBeVisible();
    await user.clear(within(groupDialog).getByRole('textbox', { name: /Log group name/ }));
    await user.type(within(groupDialog).getByRole('textbox', { name: /Log group name/ }), 'lg-staging');
    await user.click(within(groupDialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /Log Group/ })).toHaveTextContent('lg-staging'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Create log stream' }));
    const streamDialog = await screen.findByRole('dialog', { name: 'Create Log Stream' });
    await user.type(within(streamDialog).getByRole('textbox', { name: /Log stream name/ }), 'ls-staging');
    await user.click(within(streamDialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('combobox', { name: /Log Stream/ })).toHaveTextContent('ls-staging'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('ls-staging')).toBeVisible();
  });

  it('explains that a TCP-only load balancer logs nothing', async () => {
    await openTab('elb-api-internal');
    expect(await screen.findByText('Nothing will be logged for this load balancer')).toBeVisible();
    expect(screen.getByText(/Only HTTP and HTTPS \(Layer-7\) requests are logged/)).toBeVisible();
  });
});
