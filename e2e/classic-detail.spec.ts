/** Classic load balancers: disable/enable and delete as jobs, the frozen state, the Monitoring tab (FEATURES §3.4, §3.5, §10). */
import type { Page } from '@playwright/test';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';

interface ClassicLb {
  id: string;
  name: string;
  vpc_id: string;
  vip_address: string;
  status: string;
}

const projectId = (page: Page) =>
  page.evaluate(async () => {
    const config = (await (await fetch('/config.json')).json()) as { projects: { id: string }[] };
    return config.projects[0]!.id;
  });

async function classicLbs(page: Page): Promise<ClassicLb[]> {
  const project = await projectId(page);
  return (await api<{ loadbalancers: ClassicLb[] }>(page, 'GET', `/v1.0/${project}/elbaas/loadbalancers`))
    .loadbalancers;
}

/** Opens a classic load balancer's page from the classic list, as an operator does. */
async function openClassic(page: Page, name: string) {
  await openConsole(page, '/load-balancers?type=classic');
  await page.getByRole('table', { name: 'Classic load balancers' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const header = (page: Page) => page.locator('header', { has: page.getByRole('heading', { level: 1 }) });

test('disables and enables a classic load balancer, showing the jobs; delete waits for the ECSs to go', async ({
  page,
}) => {
  await openClassic(page, 'classic-portal');
  await expectAccessible(page);
  await expect(header(page).getByText('Running', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Disable classic-portal' });
  await expect(dialog).toContainText('stops distributing traffic');
  await expect(dialog).toContainText('are kept');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Disable' }).click();
  const progress = page.getByRole('status').filter({ hasText: 'Disabling load balancer classic-portal' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  // While the job runs, the next action waits and says why.
  await expect(page.getByRole('button', { name: 'Disable', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(header(page).getByText('Stopped', { exact: true })).toBeVisible();
  await expect(progress).toBeHidden();

  await page.getByRole('button', { name: 'Enable', exact: true }).click();
  await page.getByRole('dialog', { name: 'Enable classic-portal' }).getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enabling load balancer classic-portal' })).toBeVisible();
  await expect(header(page).getByText('Running', { exact: true })).toBeVisible();

  // Its listeners have backend ECSs: deletion is blocked, and the dialog names them.
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const remove = page.getByRole('dialog', { name: 'Delete classic-portal' });
  await expect(remove.getByText('Remove the backend ECSs first')).toBeVisible();
  await expect(remove.getByRole('link', { name: /portal-http-80 \(HTTP\/80\): 3 backend ECSs/ })).toBeVisible();
  await expect(remove.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expectAccessible(page);
  await remove.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Modify bandwidth' }).click();
  const bandwidth = page.getByRole('dialog', { name: 'Modify the bandwidth of classic-portal' });
  await bandwidth.getByRole('spinbutton', { name: 'New bandwidth (Mbit/s)' }).fill('0');
  await bandwidth.getByRole('button', { name: 'Modify' }).click();
  await expect(bandwidth.getByText(/from 1 to 500 Mbit\/s/)).toBeVisible();
  await expectAccessible(page);
  await bandwidth.getByRole('button', { name: 'Cancel' }).click();
});

test('deletes a public classic load balancer keeping its EIP', async ({ page }) => {
  await openConsole(page, '/load-balancers?type=classic');
  const project = await projectId(page);
  const [portal] = (await classicLbs(page)).filter((lb) => lb.name === 'classic-portal');
  await api(page, 'POST', `/v1.0/${project}/elbaas/loadbalancers`, {
    name: 'classic-to-delete',
    vpc_id: portal!.vpc_id,
    type: 'External',
    bandwidth: 5,
    admin_state_up: 1,
  });
  // The create job runs on the scenario clock; the list shows the load balancer as Creating until it ends.
  await page.reload();
  const table = page.getByRole('table', { name: 'Classic load balancers' });
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'classic-to-delete' }) });
  await expect(row.getByText('Running')).toBeVisible();
  await expectAccessible(page);
  const created = (await classicLbs(page)).find((lb) => lb.name === 'classic-to-delete')!;

  await row.getByRole('link', { name: 'classic-to-delete' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete classic-to-delete' });
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog.getByRole('radio', { name: /Release the EIP/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /Keep the EIP/ }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleting load balancer classic-to-delete' })).toBeVisible();
  await expect(page).toHaveURL(/\/load-balancers\?type=classic$/);
  await expect(table.getByRole('link', { name: 'classic-portal' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'classic-to-delete' })).toBeHidden();

  const { publicips } = await api<{ publicips: { public_ip_address: string; status: string }[] }>(
    page,
    'GET',
    `/v1/${project}/publicips`,
  );
  expect(publicips.find((eip) => eip.public_ip_address === created.vip_address)?.status).toBe('DOWN');
});

test('shows a frozen classic load balancer read-only with the reason', async ({ page }) => {
  await openClassic(page, 'classic-billing-frozen');
  await expect(header(page).getByText('Frozen', { exact: true })).toBeVisible();
  await expect(page.getByText('Frozen: read-only')).toBeVisible();
  for (const name of ['Disable', 'Modify bandwidth', 'Delete']) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-disabled', 'true');
  }
  await page.getByRole('button', { name: 'Delete', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Frozen by an administrator');
  await expect(page.getByRole('button', { name: 'Edit Name' })).toBeDisabled();
  await expectAccessible(page);
});

test('charts a classic load balancer on its Monitoring tab', async ({ page }) => {
  await openClassic(page, 'classic-portal');
  await page.getByRole('tab', { name: 'Monitoring' }).click();
  await expect(page).toHaveURL(/tab=monitoring/);
  await expect(page.getByRole('heading', { name: /Concurrent Connections/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Unhealthy Servers/ })).toBeVisible();
  await expectAccessible(page);
});
