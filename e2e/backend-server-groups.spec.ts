/**
 * Guide: backend server groups and backend servers — adding servers (picked or pasted),
 * weights, removing, health checks, why a server is unhealthy, and security group rules.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openLoadBalancer } from './load-balancer-pages';

async function openGroup(page: Page, loadBalancer: string, group: string) {
  await openLoadBalancer(page, loadBalancer, 'Backend Server Groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: group })).toBeVisible();
}

const members = (page: Page) => page.getByRole('table', { name: 'Backend servers' });

test('adds an ECS from the picker; servers already in the group on that port cannot be picked', async ({ page }) => {
  await openGroup(page, 'elb-web-prod', 'server_group-api');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Backend Servers to server_group-api' });
  await expect(dialog.getByRole('checkbox', { name: 'Select ecs-app-01' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Search by name or IP' }).fill('db');
  await dialog.getByRole('checkbox', { name: 'Select ecs-db-01' }).check();
  await dialog.getByRole('spinbutton', { name: 'Backend port of ecs-db-01' }).fill('8080');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: 'Backend servers (4)' })).toBeVisible();
  await expect(members(page).getByRole('row', { name: /ecs-db-01/ })).toContainText('10.0.3.31');
});

test('paste mode adds the valid lines and names each bad line with its rule', async ({ page }) => {
  await openGroup(page, 'elb-web-prod', 'server_group-api');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Backend Servers to server_group-api' });
  await dialog.getByRole('tab', { name: 'Paste IP addresses' }).click();
  await dialog
    .getByRole('textbox', { name: 'Backend servers, one per line' })
    .fill('10.0.3.31,8080\n172.16.10.11,80\n10.0.1.40;8080;5');
  await expect(
    dialog.getByText(/^Line 2 \(172\.16\.10\.11,80\): .*no subnet of the load balancer's VPC/),
  ).toBeVisible();
  await expect(dialog.getByText(/2 servers are ready to add/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: 'Backend servers (5)' })).toBeVisible();
});

test('sets the weight of every selected server at once', async ({ page }) => {
  await openGroup(page, 'elb-web-prod', 'server_group-web');
  await members(page).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Modify Weight' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify Weight' });
  await expect(dialog).toContainText('New weight of the 4 selected servers:');
  const weight = dialog.getByRole('spinbutton', { name: 'Weight' });
  await weight.fill('101');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByText(/100/).first()).toBeVisible();
  await expect(weight).toHaveValue('101');
  await expectAccessible(page);
  await weight.fill('0');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Weight of 4 servers set to 0.')).toBeVisible();
  await expect(members(page).getByRole('button', { name: /^0: modify the weight of/ })).toHaveCount(4);
});

test('warns before removing the last healthy servers, then removes them in one call', async ({ page }) => {
  await openGroup(page, 'elb-staging', 'server_group-staging');
  await members(page).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Remove', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove 2 backend servers?' });
  await expect(dialog.getByText('No healthy backend server will be left in this group')).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByText('2 backend servers removed.')).toBeVisible();
  await expect(page.getByText('No backend servers yet.')).toBeVisible();
});

test('explains why a server is unhealthy, with what the console checked and what to verify', async ({ page }) => {
  await openGroup(page, 'elb-staging', 'server_group-staging');
  await page.getByRole('button', { name: 'Why is ecs-staging-02 unhealthy?' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why is ecs-staging-02 unhealthy?' });
  await expect(dialog.getByText('The ECS exists and is running')).toBeVisible();
  await expect(dialog.getByText('Security group rules', { exact: true })).toBeVisible();
  await expectAccessible(page);
  const [help] = await Promise.all([
    page.waitForEvent('popup'),
    dialog.getByRole('link', { name: 'How to configure security group rules' }).first().click(),
  ]);
  await expect(help.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(help);
});

test('configures a UDP health check on a group without one, then disables it after a warning', async ({ page }) => {
  await openGroup(page, 'elb-dns-resolver', 'server_group-dns');
  await page.getByRole('button', { name: 'Configure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configure Health Check' });
  await expect(dialog.getByText(/ICMP/).first()).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Health check configured for server_group-dns.')).toBeVisible();
  await page.getByRole('button', { name: 'Disable' }).click();
  const confirm = page.getByRole('dialog', { name: 'Disable the health check of server_group-dns?' });
  await expect(confirm.getByText(/Do not disable the health check unless you must/)).toBeVisible();
  await confirm.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Health check of server_group-dns disabled.')).toBeVisible();
});
