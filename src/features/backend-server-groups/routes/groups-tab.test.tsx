import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';
import { recordWrites } from '../../../testing/record-writes';
import { groupIds, rowOf } from './group-test-helpers';

configure({ asyncUtilTimeout: 5000 });

let recorder: ReturnType<typeof recordWrites> | undefined;
afterEach(() => recorder?.stop());

/** The load balancer's Backend Server Groups tab, as a link with `?tab=groups` opens it. */
async function openTab(lbName: string) {
  const test = await renderRoute('/help/security-group-rules');
  const lbId = test.cloud.store.read((tx) => tx.all('loadbalancers').find((row) => row.name === lbName)!.id);
  await test.router.navigate(`/load-balancers/${lbId}?tab=groups`);
  const table = await screen.findByRole('table', { name: 'Backend server groups' });
  return { ...test, lbId, table };
}

describe('Backend Server Groups tab', () => {
  it('lists the groups with what uses them, and says why a group cannot be deleted', async () => {
    const { table, lbId, cloud } = await openTab('elb-web-prod');
    const web = await within(table).findByRole('link', { name: 'server_group-web' });
    const ids = groupIds(cloud, 'elb-web-prod', 'server_group-web');
    expect(web).toHaveAttribute('href', `/load-balancers/${lbId}/groups/${ids.poolId}`);
    const webRow = rowOf(table, 'server_group-web');
    expect(webRow).toHaveTextContent('Weighted round robin');
    expect(webRow).toHaveTextContent('Load balancer cookie, 20 min');
    await waitFor(() => expect(webRow).toHaveTextContent('listener-http-80 (HTTP/80)'));
    await waitFor(() =>
      expect(rowOf(table, 'server_group-api')).toHaveTextContent('Policy forwarding_policy-api on listener-http-80'),
    );
    const remove = within(webRow).getByRole('button', { name: 'Delete server_group-web' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('Remove its 4 backend servers first.');
  });

  it('adds a TCP group with a health check, then deletes both', async () => {
    const { user, table, cloud } = await openTab('elb-api-internal');
    await within(table).findByRole('link', { name: 'server_group-orders' });
    recorder = recordWrites();
    await user.click(screen.getByRole('button', { name: 'Add Backend Server Group' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add Backend Server Group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('server_group-2');
    await user.clear(name);
    await user.type(name, 'server_group-batch');
    await user.click(within(dialog).getByRole('combobox', { name: 'Backend protocol' }));
    await user.click(await screen.findByRole('option', { name: 'TCP' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Protocol' }));
    await user.click(await screen.findByRole('option', { name: 'TCP' }));
    expect(within(dialog).getByText('Show API requests (2 calls)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const row = await waitFor(() => rowOf(table, 'server_group-batch'));
    expect(row).toHaveTextContent('TCP');
    const created = cloud.store.read((tx) => tx.all('pools').find((pool) => pool.name === 'server_group-batch')!);
    expect(recorder.writes.map((write) => write.method)).toEqual(['POST', 'POST']);
    expect(recorder.writes[0]!.body).toMatchObject({ pool: { protocol: 'TCP', lb_algorithm: 'ROUND_ROBIN' } });
    expect(recorder.writes[1]!.body).toMatchObject({ healthmonitor: { pool_id: created.id, type: 'TCP' } });

    await user.click(within(row).getByRole('button', { name: 'Delete server_group-batch' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete backend server group server_group-batch?' });
    const button = within(confirm).getByRole('button', { name: 'Delete' });
    expect(button).toBeDisabled();
    await user.click(within(confirm).getByRole('checkbox', { name: /Delete its health check first/ }));
    await user.click(button);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(table).queryByText('server_group-batch')).toBeNull());
    expect(recorder.writes.slice(2).map((write) => write.method)).toEqual(['DELETE', 'DELETE']);
    expect(recorder.writes[2]!.path).toContain('/healthmonitors/');
    expect(cloud.store.read((tx) => tx.all('pools').some((pool) => pool.id === created.id))).toBe(false);
  }, 30_000);

  it('modifies the algorithm of a group; the protocol stays read-only', async () => {
    const { user, table, cloud } = await openTab('elb-web-prod');
    await within(table).findByRole('link', { name: 'server_group-api' });
    const row = rowOf(table, 'server_group-api');
    await user.click(within(row).getByRole('button', { name: 'Modify server_group-api' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify Backend Server Group' });
    expect(within(dialog).getByRole('combobox', { name: 'Backend protocol' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).queryByRole('heading', { name: 'Health check' })).toBeNull();
    await user.click(within(dialog).getByRole('combobox', { name: 'Load balancing algorithm' }));
    await user.click(await screen.findByRole('option', { name: 'Source IP hash' }));
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(rowOf(table, 'server_group-api')).toHaveTextContent('Source IP hash'));
    const pool = cloud.store.read((tx) => tx.all('pools').find((item) => item.name === 'server_group-api')!);
    expect(pool.lb_algorithm).toBe('SOURCE_IP');
  }, 30_000);

  it('deletes a group from its own page and returns to the load balancer', async () => {
    const { user, table, lbId, router } = await openTab('elb-dns-resolver');
    await user.click(await within(table).findByRole('link', { name: 'server_group-dns' }));
    await screen.findByRole('heading', { level: 1, name: 'server_group-dns' });
    const header = screen.getByRole('heading', { level: 1 }).closest('header')!;
    await user.click(within(header).getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete backend server group server_group-dns?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/load-balancers/${lbId}`));
    const after = await screen.findByRole('table', { name: 'Backend server groups' });
    expect(await within(after).findByText('No backend server groups yet.')).toBeInTheDocument();
  }, 30_000);
});
