/**
 * Guide: adding a listener (TCP, UDP, HTTP), access control, modifying and deleting a
 * listener, and the topology of a load balancer.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openLoadBalancer } from './load-balancer-pages';

const wizardStep = (page: Page, title: string) => page.getByRole('region', { name: title });

async function startWizard(page: Page, loadBalancer: string) {
  await openLoadBalancer(page, loadBalancer, 'Listeners');
  await page.getByRole('link', { name: 'Add Listener' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add Listener' })).toBeVisible();
}

async function chooseProtocol(page: Page, protocol: string, port: string) {
  await page.getByRole('radio', { name: protocol, exact: true }).check();
  await page.getByRole('spinbutton', { name: 'Frontend port' }).fill(port);
}

test('getting started: the first listener of an empty load balancer, with a new group and health check', async ({
  page,
}) => {
  await openLoadBalancer(page, 'elb-legacy-unused', 'Listeners');
  await expect(page.getByText('This load balancer has no listener yet')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Add Listener' }).click();

  await page.getByRole('textbox', { name: 'Name' }).fill('listener-shop');
  await expect(page.getByRole('spinbutton', { name: 'Frontend port' })).toHaveValue('80');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const group = wizardStep(page, 'Backend server group');
  await group.getByRole('textbox', { name: 'Group name' }).fill('server_group-shop');
  await expect(group.getByText('Backend protocol: HTTP')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const health = wizardStep(page, 'Health check');
  await health.getByRole('textbox', { name: 'Check path' }).fill('/healthz');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const review = wizardStep(page, 'Review');
  await expect(review.getByText('POST', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  await expect(page.getByText('Listener listener-shop added.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'listener-shop' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'server_group-shop' })).toBeVisible();
});

test('refuses a port another listener uses, naming that listener, and keeps what was typed', async ({ page }) => {
  await startWizard(page, 'elb-web-prod');
  // HTTP/80 is taken, so the wizard proposes the next usual port.
  await expect(page.getByRole('spinbutton', { name: 'Frontend port' })).toHaveValue('8080');
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-tcp-80');
  await chooseProtocol(page, 'TCP', '80');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Port 80 is already used by the HTTP/80 listener of this load balancer.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue('listener-tcp-80');
  // UDP has its own port space; 4789 is reserved there.
  await chooseProtocol(page, 'UDP', '4789');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('A UDP listener cannot use port 4789.')).toBeVisible();
  await chooseProtocol(page, 'UDP', '80');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(wizardStep(page, 'Backend server group')).toBeVisible();
});

test('a TCP listener offers only source IP stickiness, and only with weighted round robin', async ({ page }) => {
  await startWizard(page, 'elb-legacy-unused');
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-tcp');
  await chooseProtocol(page, 'TCP', '3306');
  await page.getByRole('button', { name: 'Next' }).click();

  const group = wizardStep(page, 'Backend server group');
  await group.getByRole('textbox', { name: 'Group name' }).fill('server_group-db');
  await group.getByRole('switch', { name: 'Sticky session' }).check();
  await group.getByRole('combobox', { name: 'Sticky session type' }).click();
  await expect(page.getByRole('option')).toHaveText(['Source IP address']);
  await page.keyboard.press('Escape');
  await group.getByRole('combobox', { name: 'Load balancing algorithm' }).click();
  await page.getByRole('option', { name: 'Weighted least connections' }).click();
  await expect(group.getByRole('switch', { name: 'Sticky session' })).toBeDisabled();
  await expect(group.getByText('Sticky sessions work only with weighted round robin.').first()).toBeVisible();
  await expectAccessible(page);
});

test('turns access control on with a whitelist, refusing an entry that is not IPv4', async ({ page }) => {
  await openLoadBalancer(page, 'elb-staging', 'Listeners');
  await page.getByRole('button', { name: 'Configure access control' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access control of listener-http' });
  await dialog.getByRole('switch', { name: 'Access control' }).check();
  const whitelist = dialog.getByRole('textbox', { name: 'Whitelist' });
  await whitelist.fill('10.0.0.0/8, 2001:db8::1');
  await expect(
    dialog.getByText('2001:db8::1 is an IPv6 address; the whitelist accepts only IPv4 addresses and CIDR blocks.'),
  ).toBeVisible();
  await expectAccessible(page);
  await whitelist.fill('10.0.0.0/8, 192.168.1.10');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Access control saved.')).toBeVisible();
  await expect(page.getByText('Whitelist: 10.0.0.0/8, 192.168.1.10')).toBeVisible();
});

test('deleting a listener lists its group, servers and health check, then removes them in order', async ({ page }) => {
  await openLoadBalancer(page, 'elb-staging', 'Listeners');
  await page.getByRole('button', { name: 'Delete listener listener-http' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete listener listener-http' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Remove 2 backend servers from server_group-staging',
    'Delete the health check of server_group-staging',
    'Delete backend server group server_group-staging',
  ]);
  const confirm = dialog.getByRole('button', { name: /^Delete all/ });
  await expect(confirm).toBeDisabled();
  await expectAccessible(page);
  await dialog.getByRole('checkbox', { name: 'Also delete everything listed above' }).check();
  await confirm.click();
  await expect(page.getByText('Listener listener-http deleted from elb-staging.')).toBeVisible();
  await expect(page.getByText('This load balancer has no listener yet')).toBeVisible();
});

test('the topology shows the path to an unhealthy server and links to its group', async ({ page }) => {
  await openLoadBalancer(page, 'elb-staging', 'Topology');
  await expect(page.getByText('1 unhealthy')).toBeVisible();
  await page.getByRole('switch', { name: /Show only paths to unhealthy servers/ }).check();
  const servers = page.getByRole('list', { name: 'Backend servers of server_group-staging' });
  await expect(servers.getByRole('listitem')).toHaveText(['172.16.10.12:80']);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'server_group-staging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'server_group-staging' })).toBeVisible();
});
