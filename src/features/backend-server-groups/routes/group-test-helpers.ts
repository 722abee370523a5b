/** Helpers for the group page's route tests: open a group as a link would, find its servers. */
import { screen, within } from '@testing-library/react';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

export function groupIds(cloud: RouteTest['cloud'], lbName: string, poolName: string) {
  return cloud.store.read((tx) => {
    const lb = tx.all('loadbalancers').find((row) => row.name === lbName)!;
    const pool = tx.all('pools').find((row) => row.name === poolName && row.loadbalancer_id === lb.id)!;
    return { lbId: lb.id, poolId: pool.id };
  });
}

export const membersOf = (cloud: RouteTest['cloud'], poolId: string) =>
  cloud.store.read((tx) => tx.all('members').filter((member) => member.pool_id === poolId));

/** Opens `/load-balancers/:lb/groups/:pool` for a group of the demo scenario. */
export async function openGroup(lbName: string, poolName: string) {
  const test = await renderRoute('/help/security-group-rules');
  const ids = groupIds(test.cloud, lbName, poolName);
  await test.router.navigate(`/load-balancers/${ids.lbId}/groups/${ids.poolId}`);
  await screen.findByRole('heading', { level: 1, name: poolName });
  return { ...test, ...ids };
}

/** The backend server table, once its rows are there. */
export async function membersTable(count: number) {
  await screen.findByRole('heading', { name: `Backend servers (${count})` });
  const table = screen.getByRole('table', { name: 'Backend servers' });
  // Header row + one row per server.
  await within(table)
    .findAllByRole('row')
    .then((rows) => rows.length === count + 1);
  return table;
}

/** The row whose name cell (or the name line of a cell) reads exactly `name`. */
export const rowOf = (table: HTMLElement, name: string) => within(table).getByText(name).closest('tr')!;
