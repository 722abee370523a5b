/** Guide chapter "Load Balancer": list, create, edit, enable/disable, EIP, tags, delete. */
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { LoadBalancerList } from './load-balancer-pages';

test('the list shows the demo account and passes an accessibility check', async ({ page }) => {
  await openConsole(page, '/load-balancers');
  const list = new LoadBalancerList(page);
  await expect(list.row('elb-web-prod')).toContainText('80.158.10.21');
  await expect(list.row('elb-web-prod')).toContainText('HTTP/80');
  await expect(list.row('elb-maintenance')).toContainText('Disabled');
  await expectAccessible(page);
});

test('finds a load balancer by EIP, private IP and backend server IP', async ({ page }) => {
  await openConsole(page, '/load-balancers');
  const list = new LoadBalancerList(page);
  await list.search('EIP', '80.158.10.22');
  await expect(list.row('elb-staging')).toBeVisible();
  await expect(list.table.getByRole('row')).toHaveCount(2);
  await list.search('Private IP', '10.0.2.100');
  await expect(list.row('elb-api-internal')).toBeVisible();
  await list.search('Backend server IP', '10.0.1.12');
  await expect(list.row('elb-web-prod')).toBeVisible();
  await expect(list.table.getByRole('row')).toHaveCount(2);
});
