/** Guide: enabling/disabling, binding/unbinding an EIP, tags, and deleting a load balancer. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { LoadBalancerList, openLoadBalancer } from './load-balancer-pages';

const openDetail = (page: Page, name: string) => openLoadBalancer(page, name);

test('renames a load balancer in place and refuses a name longer than 255 characters', async ({ page }) => {
  await openDetail(page, 'elb-staging');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Edit Name' }).click();
  const field = page.getByRole('textbox', { name: 'Name' });
  await field.fill('x'.repeat(256));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The name can contain at most 255 characters.')).toBeVisible();
  await expect(field).toHaveValue('x'.repeat(256));
  await field.fill('elb-staging-renamed');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'elb-staging-renamed' })).toBeVisible();
});

test('disables and enables a load balancer after saying what it changes', async ({ page }) => {
  await openDetail(page, 'elb-staging');
  await page.getByRole('button', { name: 'Disable' }).click();
  const dialog = page.getByRole('dialog', { name: 'Disable elb-staging' });
  await expect(dialog).toContainText('stops distributing traffic');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('This load balancer is disabled')).toBeVisible();
  // While it is being updated, the next action waits and says why; then it comes back.
  const enable = page.getByRole('button', { name: 'Enable', exact: true });
  await expect(enable).toBeEnabled({ timeout: 10_000 });
  await enable.click();
  await page.getByRole('dialog', { name: 'Enable elb-staging' }).getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByText('This load balancer is disabled')).toBeHidden();
});

test('unbinds the EIP and binds another one', async ({ page }) => {
  await openDetail(page, 'elb-staging');
  await page.getByRole('button', { name: 'Unbind EIP' }).click();
  const unbind = page.getByRole('dialog', { name: 'Unbind EIP from elb-staging' });
  await expect(unbind).toContainText('80.158.10.22');
  await unbind.getByRole('button', { name: 'Unbind' }).click();
  await expect(page.getByText(/None — bind an EIP/)).toBeVisible();

  await page.getByRole('button', { name: 'Bind EIP' }).click();
  const bind = page.getByRole('dialog', { name: 'Bind EIP to elb-staging' });
  // Only unbound EIPs are offered, the one just unbound among them.
  await expect(bind.getByRole('radio')).toHaveCount(4);
  await bind.getByRole('radio', { name: /80\.158\.10\.31/ }).check();
  await expectAccessible(page);
  await bind.getByRole('button', { name: 'Bind' }).click();
  await expect(page.getByText('80.158.10.31 (5 Mbit/s)')).toBeVisible();
});

test('adds, edits and deletes tags with the guide rules', async ({ page }) => {
  await openDetail(page, 'elb-legacy-unused');
  await page.getByRole('tab', { name: 'Tags' }).click();
  await page.getByRole('button', { name: 'Add Tag' }).click();
  const add = page.getByRole('dialog', { name: 'Add Tag' });
  await add.getByRole('textbox', { name: 'Key' }).fill('owner@team');
  await add.getByRole('button', { name: 'OK' }).click();
  await expect(add.getByText(/tag key can contain only letters, digits/)).toBeVisible();
  await add.getByRole('textbox', { name: 'Key' }).fill('owner');
  await add.getByRole('textbox', { name: 'Value' }).fill('platform');
  await add.getByRole('button', { name: 'OK' }).click();
  const table = page.getByRole('table', { name: 'Tags' });
  await expect(table).toContainText('platform');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Edit tag owner' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Tag' });
  await expect(edit.getByRole('textbox', { name: 'Key' })).toBeDisabled();
  await edit.getByRole('textbox', { name: 'Value' }).fill('network');
  await edit.getByRole('button', { name: 'OK' }).click();
  await expect(table).toContainText('network');

  await page.getByRole('button', { name: 'Delete tag owner' }).click();
  await page.getByRole('dialog', { name: 'Delete Tag' }).getByRole('button', { name: 'Delete' }).click();
  await expect(table).toContainText('No tags yet');
});

test('deletes a load balancer through the dependency preview and keeps its EIP', async ({ page }) => {
  await openDetail(page, 'elb-web-prod');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete elb-web-prod' });
  await expect(dialog).toContainText('1 forwarding policy');
  await expect(dialog).toContainText('11 backend servers');
  await expect(dialog).toContainText('2 listeners');
  await expect(dialog).toContainText('3 backend server groups');
  await expect(dialog).toContainText('80.158.10.21 is not released');
  const confirm = dialog.getByRole('button', { name: /Delete all \d+ resources/ });
  await expect(confirm).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Also delete these/ }).check();
  await expectAccessible(page);
  await confirm.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Load Balancers' })).toBeVisible();
  const list = new LoadBalancerList(page);
  await expect(list.row('elb-web-prod')).toHaveCount(0);
  // The EIP stays in the account, unbound: it is offered when binding another load balancer.
  await list.openMore('elb-legacy-unused');
  await page.getByRole('menuitem', { name: 'Bind EIP' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Bind EIP to elb-legacy-unused' }).getByRole('radio', { name: /80\.158\.10\.21/ }),
  ).toBeVisible();
});

test('mock data survives a reload until it is reset from the Mock data menu', async ({ page }) => {
  await openDetail(page, 'elb-legacy-unused');
  await page.getByRole('button', { name: 'Edit Name' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('elb-kept-after-reload');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'elb-kept-after-reload' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'elb-kept-after-reload' })).toBeVisible();

  await page.getByRole('button', { name: 'Mock data: demo' }).click();
  await page.getByRole('menuitem', { name: /Reset data/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Load Balancers' })).toBeVisible();
  const list = new LoadBalancerList(page);
  await expect(list.row('elb-legacy-unused')).toBeVisible();
  await expect(list.row('elb-kept-after-reload')).toHaveCount(0);
});
