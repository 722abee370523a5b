/** The Troubleshoot section of a group's page (FEATURES §12.4–12.7) on the demo scenario's live data. */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { membersTable, openGroup, rowOf } from './group-test-helpers';

configure({ asyncUtilTimeout: 8000 });

const section = () => screen.getByRole('region', { name: 'Troubleshoot' });
const question = (name: RegExp) => within(section()).getByRole('button', { name });
const item = (list: HTMLElement, title: string) => within(list).getByRole('listitem', { name: title });

describe('Troubleshoot section of a group', () => {
  it('finds why sticky sessions cannot work on a least-connections group with a stopped server', async () => {
    const { user } = await openGroup('elb-api-internal', 'server_group-orders');
    await waitFor(() =>
      expect(question(/Sticky sessions not taking effect\?/)).toHaveTextContent('Sticky sessions off'),
    );
    await user.click(question(/Sticky sessions not taking effect\?/));
    const checks = await screen.findByRole('list', { name: 'Sticky session checks' });
    expect(item(checks, 'Sticky sessions are enabled')).toHaveTextContent('Problem');
    expect(item(checks, 'The algorithm keeps sessions sticky')).toHaveTextContent(
      'Weighted least connections does not keep sessions sticky',
    );
    expect(within(section()).getByRole('link', { name: /Why do sticky sessions fail/ })).toHaveAttribute(
      'href',
      '/help/faq/sticky-not-working',
    );

    await user.click(question(/Traffic unbalanced/));
    const balance = await screen.findByRole('list', { name: 'Traffic balance checks' });
    expect(item(balance, 'All servers are healthy')).toHaveTextContent('1 unhealthy: ecs-app-04');
    // No access logging on this load balancer: the console says how to get the numbers.
    expect(await within(section()).findByRole('link', { name: 'Configure access logging' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/load-balancers\/.+\?tab=access-logs$/),
    );
    const shares = within(section()).getByRole('table', { name: 'Share of traffic per backend server' });
    expect(within(shares).getAllByText('33.3 %')).toHaveLength(3);
  }, 30_000);

  it('passes sticky sessions of a round-robin cookie group and counts requests per server from access logs', async () => {
    const { user } = await openGroup('elb-web-prod', 'server_group-web');
    await waitFor(() => expect(question(/Sticky sessions not taking effect\?/)).toHaveTextContent('No problem found'));
    await user.click(question(/Sticky sessions not taking effect\?/));
    const checks = await screen.findByRole('list', { name: 'Sticky session checks' });
    expect(item(checks, 'The sticky type suits the protocol')).toHaveTextContent(
      'Load balancer cookie works for HTTP groups',
    );
    expect(item(checks, 'Clients send the cookie back')).toHaveTextContent('curl -si http://80.158.10.21:80/');

    await user.click(question(/Traffic unbalanced/));
    const balance = await screen.findByRole('list', { name: 'Traffic balance checks' });
    await waitFor(() => expect(item(balance, 'Requests per server')).toHaveTextContent('got its expected share'), {
      timeout: 20_000,
    });
    expect(within(section()).getByText(/Measured on the newest \d+ requests/)).toBeInTheDocument();
  }, 45_000);

  it('opens the health-check question from the URL and fails a group without health check', async () => {
    const { router } = await openGroup('elb-dns-resolver', 'server_group-dns');
    await router.navigate(`${router.state.location.pathname}?troubleshoot=healthCheck`);
    const checks = await screen.findByRole('list', { name: 'Health check checks' });
    expect(item(checks, 'A health check is configured')).toHaveTextContent('Problem');
    expect(within(section()).getByRole('link', { name: /precautions for UDP/ })).toHaveAttribute(
      'href',
      '/help/faq/udp-precautions',
    );
  }, 30_000);

  it("says when a server turns healthy, with the group's Maximum Retries", async () => {
    const { user } = await openGroup('elb-api-internal', 'server_group-orders');
    const table = await membersTable(4);
    await user.hover(within(rowOf(table, 'ecs-app-01')).getByText('Healthy'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('an unhealthy one after 3 successful checks in a row');
  }, 30_000);
});
