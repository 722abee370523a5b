/** The load balancer list at scale, the quota page, and names that look like HTML. */
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { LoadBalancerList } from './load-balancer-pages';

test('pages through 2,000 load balancers forwards and back', async ({ page }) => {
  await openConsole(page, '/load-balancers?limit=50', 'large');
  const list = new LoadBalancerList(page);
  const firstRow = list.table.getByRole('row').nth(1);
  await expect(list.table.getByRole('row')).toHaveCount(51);
  // Each click waits for its page: a second click on the old page would repeat the first.
  const turn = async (button: 'Next page' | 'Previous page') => {
    const before = await firstRow.textContent();
    await page.getByRole('button', { name: button }).click();
    await expect(firstRow).not.toHaveText(before ?? '');
  };
  const first = await firstRow.textContent();
  for (let i = 0; i < 3; i += 1) await turn('Next page');
  await expect(page).toHaveURL(/marker=/);
  for (let i = 0; i < 3; i += 1) await turn('Previous page');
  await expect(firstRow).toHaveText(first ?? '');
  await expect(page.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  await expectAccessible(page);
});

test('names, descriptions and tags that contain HTML stay text everywhere', async ({ page }) => {
  const html = '<img src=x onerror=alert(1)>';
  await openConsole(page, '/load-balancers/create');
  await page.getByRole('combobox', { name: 'VPC' }).click();
  await page.getByRole('option', { name: /vpc-prod/ }).click();
  await page.getByRole('combobox', { name: 'Subnet' }).click();
  await page.getByRole('option', { name: /subnet-web/ }).click();
  await page.getByRole('radio', { name: 'Private' }).check();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(html);
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill(html);
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.locator('pre').first()).toContainText(html);
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: html })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.goto('/load-balancers');
  await expect(new LoadBalancerList(page).table.getByRole('link', { name: html })).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to CSV' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(file, 'utf8');
  expect(csv).toContain(html);
});

test('the quota page shows usage and how to ask for more', async ({ page }) => {
  await openConsole(page, '/quotas', 'quota-full');
  const table = page.getByRole('table', { name: 'Service Quotas' });
  await expect(table.getByRole('row', { name: /Load balancers/ })).toContainText('100%');
  await expect(page.getByText('Need a higher quota?')).toBeVisible();
  await expectAccessible(page);
});

test('lists classic load balancers beside enhanced ones, by the Type filter', async ({ page }) => {
  await openConsole(page, '/load-balancers');
  await page.getByRole('combobox', { name: 'Type', exact: true }).click();
  await page.getByRole('option', { name: 'Classic' }).click();
  await expect(page).toHaveURL(/type=classic/);
  const table = page.getByRole('table', { name: 'Classic load balancers' });
  await expect(table.getByRole('row', { name: /classic-portal/ })).toContainText('Public (External)');
  await expect(table.getByRole('row', { name: /classic-intranet/ })).toContainText('Stopped');
  await expectAccessible(page);
  await table.getByRole('link', { name: 'classic-portal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'classic-portal' })).toBeVisible();
  await expect(page.getByText('80.158.10.40')).toBeVisible();
  await expectAccessible(page);
});
