import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordWrites } from '../../../testing/record-writes';
import { membersTable, openGroup, rowOf } from './group-test-helpers';

configure({ asyncUtilTimeout: 5000 });

let recorder: ReturnType<typeof recordWrites> | undefined;
afterEach(() => recorder?.stop());

const detail = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
const monitorsOf = (cloud: Awaited<ReturnType<typeof openGroup>>['cloud'], poolId: string) =>
  cloud.store.read((tx) => tx.all('healthmonitors').filter((monitor) => monitor.pool_id === poolId));

describe('health check of a group', () => {
  it('configures a UDP health check where there was none, then disables it', async () => {
    const { user, cloud, poolId } = await openGroup('elb-dns-resolver', 'server_group-dns');
    expect(await screen.findByText('No backend servers yet.', { exact: false })).toBeInTheDocument();
    await waitFor(() => expect(detail('Health check')).toHaveTextContent('Not configured'));
    expect(screen.getByRole('button', { name: 'Disable' })).toHaveAttribute('aria-disabled', 'true');

    recorder = recordWrites();
    await user.click(screen.getByRole('button', { name: 'Configure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Configure Health Check' });
    expect(within(dialog).getByText('UDP health checks')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'How to configure security group rules' })).toHaveAttribute(
      'href',
      '/help/security-group-rules',
    );
    expect(within(dialog).getByText('Show API request (1 call)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(detail('Health check')).toHaveTextContent('UDP · backend port · every 5 s'));
    expect(recorder.writes[0]).toMatchObject({
      method: 'POST',
      body: { healthmonitor: { pool_id: poolId, type: 'UDP_CONNECT', delay: 5, timeout: 3, max_retries: 3 } },
    });
    expect(monitorsOf(cloud, poolId)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Disable' }));
    const confirm = await screen.findByRole('dialog', { name: 'Disable the health check of server_group-dns?' });
    expect(confirm).toHaveTextContent('considers every backend server healthy');
    await user.click(within(confirm).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(detail('Health check')).toHaveTextContent('Not configured'));
    expect(recorder.writes[1]!.method).toBe('DELETE');
    expect(monitorsOf(cloud, poolId)).toHaveLength(0);
  }, 30_000);

  it('updates an existing health check with its protocol locked', async () => {
    const { user, cloud, poolId } = await openGroup('elb-web-prod', 'server_group-web');
    await waitFor(() => expect(detail('Health check')).toHaveTextContent('path /healthz'));
    recorder = recordWrites();
    await user.click(screen.getByRole('button', { name: 'Configure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Configure Health Check' });
    expect(within(dialog).getByRole('combobox', { name: 'Protocol' })).toHaveAttribute('aria-disabled', 'true');
    const interval = within(dialog).getByRole('spinbutton', { name: 'Interval (s)' });
    await user.clear(interval);
    await user.type(interval, '10');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await waitFor(() => expect(detail('Health check')).toHaveTextContent('every 10 s'));
    expect(recorder.writes).toHaveLength(1);
    expect(recorder.writes[0]!.method).toBe('PUT');
    expect(recorder.writes[0]!.body).not.toHaveProperty('healthmonitor.type');
    expect(monitorsOf(cloud, poolId)[0]).toMatchObject({ delay: 10, type: 'HTTP', url_path: '/healthz' });
  }, 30_000);
});

describe('why is a server unhealthy', () => {
  it('ecs-staging-02: checked on port 80 while its application listens elsewhere', async () => {
    const { user } = await openGroup('elb-staging', 'server_group-staging');
    const table = await membersTable(2);
    const row = rowOf(table, 'ecs-staging-02');
    await waitFor(() => expect(row).toHaveTextContent('Unhealthy'));
    expect(rowOf(table, 'ecs-staging-01')).toHaveTextContent('Healthy');
    await user.click(within(row).getByRole('button', { name: 'Why is ecs-staging-02 unhealthy?' }));

    const panel = await screen.findByRole('dialog', { name: 'Why is ecs-staging-02 unhealthy?' });
    const checks = within(panel).getByRole('list', { name: 'Checks' });
    const item = (title: string) => within(checks).getByText(title).closest('li')!;
    expect(item('The group is associated with a listener')).toHaveTextContent('Passed');
    expect(item('The group is associated with a listener')).toHaveTextContent('Used by listener-http.');
    expect(item('The ECS exists and is running')).toHaveTextContent('Passed');
    expect(item('Health check protocol and port')).toHaveTextContent(
      'HTTP check of / on the backend port 80: the application must listen on this port and answer 200.',
    );
    expect(item('The application listens on the checked port')).toHaveTextContent('To verify');
    expect(item('The application listens on the checked port')).toHaveTextContent('netstat -anlp | grep 80');
    expect(item('The check path answers 200')).toHaveTextContent('curl 172.16.10.12:80/ -iv');
    expect(item('Security group rules')).toHaveTextContent('100.125.0.0/16 on port 80');
    expect(item('Default route via the subnet gateway')).toHaveTextContent('172.16.10.1');
    // The by-hand checks lead to the FAQ that explains them step by step.
    expect(
      within(item('The application listens on the checked port')).getByRole('link', {
        name: 'FAQ: How can I check the status of a backend ECS? (opens in a new tab)',
      }),
    ).toHaveAttribute('href', '/help/faq/backend-status');
    expect(
      within(item('Default route via the subnet gateway')).getByRole('link', { name: /network conditions/ }),
    ).toHaveAttribute('href', '/help/faq/backend-network-conditions');
    expect(within(panel).getByText('Nothing the console can see is wrong', { exact: false })).toBeInTheDocument();
  }, 30_000);

  it('ecs-app-04: the ECS is stopped', async () => {
    const { user } = await openGroup('elb-api-internal', 'server_group-orders');
    const table = await membersTable(4);
    const row = rowOf(table, 'ecs-app-04');
    await waitFor(() => expect(row).toHaveTextContent('Stopped'));
    expect(row).toHaveTextContent('Unhealthy');
    await user.click(within(row).getByRole('button', { name: 'Why is ecs-app-04 unhealthy?' }));

    const panel = await screen.findByRole('dialog', { name: 'Why is ecs-app-04 unhealthy?' });
    const checks = within(panel).getByRole('list', { name: 'Checks' });
    const item = (title: string) => within(checks).getByText(title).closest('li')!;
    expect(item('The ECS exists and is running')).toHaveTextContent('Failed');
    expect(item('The ECS exists and is running')).toHaveTextContent('ecs-app-04 is SHUTOFF: start it.');
    // A TCP listener needs an address on the load balancer: its private IP is there.
    expect(item('The load balancer has an IP address')).toHaveTextContent('Private IP address 10.0.2.100 is bound.');
    expect(item('Health check protocol and port')).toHaveTextContent('TCP check on the backend port 8080');
    expect(within(checks).queryByText('The check path answers 200')).toBeNull();
    expect(within(panel).getByText('1 check failed: fix it first.')).toBeInTheDocument();
  }, 30_000);
});
