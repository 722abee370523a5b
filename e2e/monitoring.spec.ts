/**
 * Monitoring (FEATURES §10.4): the Monitoring tab of a load balancer and of a listener, and the
 * Monitoring page comparing resources — ranges, periods, hover values, the legend, axe checks.
 */
import type { Page } from '@playwright/test';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

const chart = (page: Page, metric: string) => page.getByRole('region', { name: metric, exact: true });
const lines = (page: Page, metric: string) => chart(page, metric).locator('.recharts-line-curve');
const search = (page: Page) => new URL(page.url()).searchParams;

test("switch ranges and periods on a load balancer's Monitoring tab and read a value", async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Monitoring');
  for (const metric of ['Concurrent Connections', 'Inbound Rate', 'Unhealthy Servers', 'Layer-7 Query Rate']) {
    await expect(lines(page, metric)).toHaveCount(1);
  }
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('Auto (Raw data (1 min))');
  await expectAccessible(page);

  // Hovering the drawing shows the value under the pointer, in its unit.
  const inbound = chart(page, 'Inbound Rate');
  await inbound.getByRole('application', { name: 'Inbound Rate over time' }).hover({ position: { x: 300, y: 100 } });
  await expect(inbound.locator('.recharts-tooltip-wrapper')).toContainText(/elb-web-prod : [\d.,]+ (B|kB|MB)\/s/);

  await page.getByRole('button', { name: 'Show Inbound Rate full size' }).click();
  const fullSize = page.getByRole('dialog', { name: 'Inbound Rate' });
  await expect(fullSize.getByRole('application', { name: 'Inbound Rate over time' })).toBeVisible();
  await expectAccessible(page);
  await fullSize.getByRole('button', { name: 'Close' }).click();
  await expect(fullSize).toBeHidden();

  await page.getByRole('button', { name: '3 h', exact: true }).click();
  await expect.poll(() => search(page).get('m.range')).toBe('3h');
  await page.getByRole('button', { name: '7 days' }).click();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('Auto (5 minutes)');
  await page.getByRole('combobox', { name: 'Period' }).click();
  await expectAccessible(page);
  // 7 days of 1-minute points: past the batch limit, asked for per resource and drawn downsampled.
  await page.getByRole('option', { name: /Raw data/ }).click();
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect.poll(() => search(page).get('m.period')).toBe('1');
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('Raw data (1 min)');
  await expect(lines(page, 'Concurrent Connections')).toHaveCount(1);
  await pick(page, 'Period', '4 hours');
  await expect.poll(() => search(page).get('m.period')).toBe('14400');
  // 7 days in 4-hour periods: 42 points at most.
  await expect(lines(page, 'Concurrent Connections')).toHaveCount(1);
  await pick(page, 'Aggregation', 'Maximum');
  await expect.poll(() => search(page).get('m.agg')).toBe('max');

  // The state is in the URL: a reload shows the same view.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('4 hours');
  await expect(page.getByRole('button', { name: '7 days' })).toHaveAttribute('aria-pressed', 'true');
});

test('disabling a backend server shows in the Unhealthy Servers chart at once', async ({ page }) => {
  await openLoadBalancer(page, 'elb-api-internal', 'Monitoring');
  const unhealthy = chart(page, 'Unhealthy Servers');
  // ecs-app-04 is stopped.
  await expect(unhealthy.getByText('Unit: count · Latest: 1')).toBeVisible();
  const { pools } = await api<{ pools: { id: string; members: { id: string }[] }[] }>(
    page,
    'GET',
    '/v2.0/lbaas/pools?name=server_group-orders',
  );
  const pool = pools[0]!;
  // The first member is ecs-app-04's (stopped); the second one is healthy until now.
  await api(page, 'PUT', `/v2.0/lbaas/pools/${pool.id}/members/${pool.members[1]!.id}`, {
    member: { admin_state_up: false },
  });
  await page.getByRole('button', { name: 'Refresh now' }).click();
  await expect(unhealthy.getByText('Unit: count · Latest: 2')).toBeVisible();
  await expect(chart(page, 'Concurrent Connections')).toBeVisible();
});

test("a TCP listener's Monitoring tab offers no layer-7 metrics", async ({ page }) => {
  await openLoadBalancer(page, 'elb-api-internal', 'Listeners');
  await page
    .getByRole('list', { name: 'Listeners' })
    .getByRole('button', { name: /^listener-tcp-8080/ })
    .click();
  await page.getByRole('tab', { name: 'Monitoring', exact: true }).last().click();
  await expect(lines(page, 'New Connections')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Metrics' }).click();
  await expect(page.getByRole('option')).toHaveCount(8);
  await expect(page.getByRole('option', { name: /Layer-7/ })).toHaveCount(0);
  await page.getByRole('option', { name: /Active Connections/ }).click();
  await page.keyboard.press('Escape');
  await expect(lines(page, 'Active Connections')).toHaveCount(1);
  await expectAccessible(page);
});

test('compare load balancers on the Monitoring page and toggle one in the legend', async ({ page }) => {
  await openConsole(page, '/monitoring');
  await page.getByRole('navigation').getByRole('link', { name: 'Monitoring', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monitoring' })).toBeVisible();
  const resources = page.getByRole('combobox', { name: 'Resources' });
  await resources.click();
  await page.getByRole('button', { name: 'Clear' }).click();
  for (const name of ['elb-web-prod', 'elb-staging']) {
    await resources.fill(name);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.keyboard.press('Escape');
  await expect.poll(() => search(page).get('m.resources')?.split(',').length).toBe(2);
  await expect(lines(page, 'Layer-7 Query Rate')).toHaveCount(2);
  await expectAccessible(page);

  const qps = chart(page, 'Layer-7 Query Rate');
  const staging = qps.getByRole('list', { name: 'Series' }).getByRole('button', { name: 'elb-staging' });
  await staging.click();
  await expect(staging).toHaveAttribute('aria-pressed', 'false');
  await expect(lines(page, 'Layer-7 Query Rate')).toHaveCount(1);
  await staging.press('Enter');
  await expect(staging).toHaveAttribute('aria-pressed', 'true');
  await expect(lines(page, 'Layer-7 Query Rate')).toHaveCount(2);

  await page.getByRole('button', { name: 'Listeners', exact: true }).click();
  await expect(page.getByRole('region')).not.toHaveCount(0);
  await expectAccessible(page);
});
