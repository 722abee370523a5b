import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordWrites } from '../../../testing/record-writes';
import { membersOf, membersTable, openGroup, rowOf } from './group-test-helpers';

// Dialogs load lazily and jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

let recorder: ReturnType<typeof recordWrites> | undefined;
afterEach(() => recorder?.stop());

/** The value beside a label of the summary. */
const detail = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('backend server group page', () => {
  it('shows the group, its health check and its servers with their health', async () => {
    await openGroup('elb-web-prod', 'server_group-web');
    const nav = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(within(nav).getByRole('link', { name: 'Load Balancers' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'elb-web-prod' })).toHaveAttribute(
      'href',
      expect.stringContaining('?tab=groups'),
    );
    expect(detail('Backend protocol')).toHaveTextContent('HTTP');
    expect(detail('Load balancing algorithm')).toHaveTextContent('Weighted round robin');
    expect(detail('Sticky session')).toHaveTextContent('Load balancer cookie, 20 min');
    await waitFor(() => expect(detail('Health check')).toHaveTextContent('path /healthz'));
    expect(detail('Health check')).toHaveTextContent('domain www.example.com');

    const table = await membersTable(4);
    const row = rowOf(table, 'ecs-web-01');
    expect(row).toHaveTextContent('10.0.1.11');
    expect(row).toHaveTextContent('80');
    expect(within(row).getByRole('button', { name: '10: modify the weight of ecs-web-01' })).toBeInTheDocument();
    expect(row).toHaveTextContent('Healthy');
    await waitFor(() => expect(row).toHaveTextContent('Running'));
    expect(within(table).queryByText('Why?')).toBeNull();
  });

  it('adds two ECSs of the VPC in one batch call', async () => {
    const { user, cloud, poolId } = await openGroup('elb-web-prod', 'server_group-web');
    await membersTable(4);
    recorder = recordWrites();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Backend Servers to server_group-web' });
    const picker = await within(dialog).findByRole('table', { name: "ECSs in the load balancer's VPC" });
    // Only servers of vpc-prod; a server already in the group on the same port cannot be picked.
    expect(within(picker).queryByText('ecs-staging-01')).toBeNull();
    expect(within(picker).getByRole('checkbox', { name: 'Select ecs-web-01' })).toBeDisabled();
    expect(rowOf(picker, 'ecs-web-01')).toHaveTextContent('Already in this group on port 80');
    expect(rowOf(picker, 'ecs-app-04')).toHaveTextContent('Stopped');

    await user.click(within(picker).getByRole('checkbox', { name: 'Select ecs-app-01' }));
    await user.click(within(picker).getByRole('checkbox', { name: 'Select ecs-db-01' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Port for all' }), '8080');
    await user.click(within(dialog).getByRole('button', { name: 'Apply to all' }));
    expect(within(picker).getByRole('spinbutton', { name: 'Backend port of ecs-db-01' })).toHaveValue(8080);
    await user.clear(within(picker).getByRole('spinbutton', { name: 'Weight of ecs-db-01' }));
    await user.type(within(picker).getByRole('spinbutton', { name: 'Weight of ecs-db-01' }), '5');
    expect(within(dialog).getByText('Show API request (1 call)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await membersTable(6);
    const batch = recorder.writes.filter((write) => write.path.endsWith(`/pools/${poolId}/members`));
    expect(recorder.writes).toHaveLength(1);
    expect(batch).toHaveLength(1);
    expect(batch[0]!.method).toBe('PUT');
    expect(batch[0]!.body).toMatchObject({
      action: 'add',
      members: [
        { name: 'ecs-app-01', address: '10.0.2.21', protocol_port: 8080, weight: 1 },
        { name: 'ecs-db-01', address: '10.0.3.31', protocol_port: 8080, weight: 5 },
      ],
    });
    const added = membersOf(cloud, poolId).filter((member) => member.protocol_port === 8080);
    expect(added.map((member) => member.address).sort()).toEqual(['10.0.2.21', '10.0.3.31']);
  }, 30_000);

  it('pastes servers, reports the bad line by number and rule, and adds the rest in one call', async () => {
    const { user, cloud, poolId } = await openGroup('elb-web-prod', 'server_group-web');
    await membersTable(4);
    recorder = recordWrites();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Backend Servers to server_group-web' });
    await user.click(within(dialog).getByRole('tab', { name: 'Paste IP addresses' }));
    const text = within(dialog).getByRole('textbox', { name: 'Backend servers, one per line' });
    await user.click(text);
    await user.paste('10.0.2.22,8080\n10.0.2.23,8080,101\n10.0.3.31,5432,5');

    const errors = await within(dialog).findByRole('alert');
    expect(errors).toHaveTextContent('1 line cannot be added');
    expect(errors).toHaveTextContent('Line 2 (10.0.2.23,8080,101): The weight must be a whole number from 0 to 100.');
    expect(within(dialog).getByText(/2 servers are ready to add/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await membersTable(6);
    expect(recorder.writes).toHaveLength(1);
    expect(recorder.writes[0]!.body).toMatchObject({
      action: 'add',
      members: [
        { name: 'ecs-app-02', address: '10.0.2.22', protocol_port: 8080, weight: 1 },
        { name: 'ecs-db-01', address: '10.0.3.31', protocol_port: 5432, weight: 5 },
      ],
    });
    expect(membersOf(cloud, poolId).some((member) => member.address === '10.0.2.23')).toBe(false);
  }, 30_000);

  it('changes the weight of the selected servers, one PUT each', async () => {
    const { user, cloud, poolId } = await openGroup('elb-web-prod', 'server_group-web');
    const table = await membersTable(4);
    recorder = recordWrites();
    await user.click(within(rowOf(table, 'ecs-web-01')).getByRole('checkbox'));
    await user.click(within(rowOf(table, 'ecs-web-02')).getByRole('checkbox'));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Modify Weight' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify Weight' });
    expect(dialog).toHaveTextContent('New weight of the 2 selected servers:');
    const weight = within(dialog).getByRole('spinbutton', { name: 'Weight' });
    expect(weight).toHaveValue(10);
    await user.clear(weight);
    await user.type(weight, '50');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(rowOf(table, 'ecs-web-01')).toHaveTextContent('50'));
    expect(rowOf(table, 'ecs-web-02')).toHaveTextContent('50');
    expect(recorder.writes.map((write) => write.method)).toEqual(['PUT', 'PUT']);
    expect(recorder.writes.every((write) => /\/members\/[^/]+$/.test(write.path))).toBe(true);
    const weights = membersOf(cloud, poolId).map((member) => [member.name, member.weight]);
    expect(weights).toEqual(
      expect.arrayContaining([
        ['ecs-web-01', 50],
        ['ecs-web-02', 50],
        ['ecs-web-03', 10],
      ]),
    );
  }, 30_000);

  it('removes the selected servers in one batch delete after confirming', async () => {
    const { user, cloud, poolId } = await openGroup('elb-web-prod', 'server_group-web');
    const table = await membersTable(4);
    const ids = membersOf(cloud, poolId)
      .filter((member) => ['ecs-web-03', 'ecs-web-04'].includes(member.name))
      .map((member) => member.id);
    recorder = recordWrites();
    await user.click(within(rowOf(table, 'ecs-web-03')).getByRole('checkbox'));
    await user.click(within(rowOf(table, 'ecs-web-04')).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove 2 backend servers?' });
    expect(dialog).toHaveTextContent('ecs-web-03 (10.0.1.13:80)');
    expect(dialog).toHaveTextContent('ecs-web-04 (10.0.1.14:80)');
    expect(dialog).toHaveTextContent('Established long connections are kept');
    expect(within(dialog).queryByText(/No healthy backend server will be left/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await membersTable(2);
    expect(recorder.writes).toHaveLength(1);
    const body = recorder.writes[0]!.body as { action: string; members: { id: string }[] };
    expect(recorder.writes[0]!.method).toBe('PUT');
    expect(body.action).toBe('delete');
    expect(body.members.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    expect(
      membersOf(cloud, poolId)
        .map((member) => member.name)
        .sort(),
    ).toEqual(['ecs-web-01', 'ecs-web-02']);
  }, 30_000);

  it('warns when a removal leaves no healthy server', async () => {
    const { user } = await openGroup('elb-staging', 'server_group-staging');
    const table = await membersTable(2);
    await user.click(within(rowOf(table, 'ecs-staging-01')).getByRole('button', { name: 'Remove ecs-staging-01' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove 1 backend server?' });
    expect(dialog).toHaveTextContent('No healthy backend server will be left in this group');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
