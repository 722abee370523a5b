/**
 * Access logs (FEATURES §9): configure a load balancer's access logging, read and filter its lines,
 * follow a backend address to its server, the L4 explanation, and disabling. The page's clock is
 * installed so time can move forward: lines exist only for requests after logging was enabled.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

const linesTable = (page: Page) => page.getByRole('table', { name: 'Access log lines' });
const lineRows = (page: Page) =>
  linesTable(page)
    .locator('tbody > tr')
    .filter({ has: page.getByRole('button') });

test('configure access logs on elb-staging, see its lines and filter by a status code', async ({ page }) => {
  await page.clock.install();
  await openLoadBalancer(page, 'elb-staging', 'Access Logs');
  await expect(page.getByRole('heading', { name: 'Before you start' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Configure Access Log' }).click();
  const dialog = page.getByRole('dialog', { name: 'Configure Access Log' });
  await pick(page, 'Log Group', 'lg-elb-prod');
  await pick(page, 'Log Stream', 'ls-elb-staging');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Access logging enabled for elb-staging.')).toBeVisible();
  await expect(page.getByText('ls-elb-staging', { exact: true })).toBeVisible();

  // Ten minutes of requests later, the lines are there.
  await page.clock.fastForward('10:00');
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(lineRows(page).first()).toBeVisible();
  await expectAccessible(page);

  // One backend of elb-staging is unhealthy: some requests answered 502.
  await page.getByRole('textbox', { name: 'Status code' }).fill('502');
  await expect(lineRows(page).first()).toBeVisible();
  const statuses = await lineRows(page).locator('td:nth-child(5)').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['502']));
  await expectAccessible(page);

  // The filter is in the URL: a reload shows the same view.
  await expect.poll(() => new URL(page.url()).searchParams.get('log.status')).toBe('502');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Status code' })).toHaveValue('502');
  await expect(lineRows(page).first()).toBeVisible();
});

test('a backend address links to its backend server', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Access Logs');
  const link = linesTable(page)
    .getByRole('link', { name: /backend server ecs-web-0\d/ })
    .first();
  await expect(link).toBeVisible();
  await expectAccessible(page);
  const address = (await link.textContent())!.split(':')[0]!;
  await link.click();
  await expect(page).toHaveURL(/\/groups\/.+\?server=/);
  const members = page.getByRole('table', { name: 'Backend servers', exact: true });
  await expect(members.getByText(address, { exact: true })).toBeVisible();
  await expect(members.locator('tbody > tr')).toHaveCount(1);
  await expectAccessible(page);
});

test('a load balancer with only TCP listeners explains that nothing is logged', async ({ page }) => {
  await openLoadBalancer(page, 'elb-api-internal', 'Access Logs');
  await expect(page.getByText('Nothing will be logged for this load balancer')).toBeVisible();
  await expect(page.getByText(/Only HTTP and HTTPS \(Layer-7\) requests are logged/)).toBeVisible();
  await expectAccessible(page);
});

test('disable access logging', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Access Logs');
  await page
    .getByRole('tabpanel', { name: 'Access Logs' })
    .getByRole('button', { name: 'Disable', exact: true })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Disable access logging?' });
  await expect(confirm).toBeVisible();
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Access logging disabled for elb-web-prod.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Configure Access Log' })).toBeVisible();
  await expectAccessible(page);
});
