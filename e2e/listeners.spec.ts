/**
 * Guide: adding a listener (TCP, UDP, HTTP), access control, modifying and deleting a
 * listener, and the topology of a load balancer.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { fillValidForm, openLoadBalancer } from './load-balancer-pages';

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

test('getting started: a public load balancer, an HTTP listener with a new group and health check, two healthy ECSs', async ({
  page,
}) => {
  await openConsole(page, '/load-balancers/create');
  await fillValidForm(page, 'elb-getting-started');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'elb-getting-started' })).toBeVisible();
  await page.getByRole('tab', { name: 'Listeners', exact: true }).click();
  await expect(page.getByText('ELB cannot distribute traffic: this load balancer has no listener.')).toBeVisible();
  // The load balancer is provisioned first; adding a listener waits until it is running. The check
  // waits too: buttons changing from disabled to enabled mid-check read as low contrast.
  await expect(page.getByText('Running', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Add Listener' }).click();

  await page.getByRole('textbox', { name: 'Name' }).fill('listener-shop');
  await expect(page.getByRole('spinbutton', { name: 'Frontend port' })).toHaveValue('80');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const group = wizardStep(page, 'Backend server group');
  await group.getByRole('textbox', { name: 'Group name' }).fill('server_group-shop');
  await expect(group.getByText('Backend protocol: HTTP')).toBeVisible();
  await expect(group.getByRole('combobox', { name: 'Load balancing algorithm' })).toHaveText('Weighted round robin');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const health = wizardStep(page, 'Health check');
  await expect(health.getByRole('combobox', { name: 'Protocol' })).toHaveText('HTTP');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(wizardStep(page, 'Review').getByText('POST', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Listener listener-shop added.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'listener-shop' })).toBeVisible();

  await page.getByRole('tab', { name: 'Backend Server Group', exact: true }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add Backend Servers to server_group-shop' });
  for (const name of ['ecs-web-01', 'ecs-web-02']) {
    await add.getByRole('checkbox', { name: `Select ${name}` }).check();
    await add.getByRole('spinbutton', { name: `Backend port of ${name}` }).fill('80');
  }
  await add.getByRole('button', { name: 'OK' }).click();
  const servers = page.getByRole('table', { name: 'Backend servers' });
  await expect(servers.getByText('Healthy', { exact: true })).toHaveCount(2);

  await page.getByRole('tab', { name: 'Topology' }).click();
  await expect(page.getByText('2 healthy')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Backend servers of server_group-shop' }).getByRole('listitem'),
  ).toHaveCount(2);
});

test('a UDP listener: UDP group, source IP stickiness only, a UDP health check with its ICMP advice', async ({
  page,
}) => {
  await startWizard(page, 'elb-legacy-unused');
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-dns');
  await chooseProtocol(page, 'UDP', '53');
  await expect(page.getByText('UDP health checks send ICMP first')).toBeVisible();
  await page.getByRole('button', { name: 'Advanced settings' }).click();
  await expect(page.getByText('UDP listeners have no timeouts to set.')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();

  const group = wizardStep(page, 'Backend server group');
  await group.getByRole('textbox', { name: 'Group name' }).fill('server_group-dns');
  await expect(group.getByText('Backend protocol: UDP')).toBeVisible();
  await group.getByRole('switch', { name: 'Sticky session' }).check();
  await group.getByRole('combobox', { name: 'Sticky session type' }).click();
  await expect(page.getByRole('option')).toHaveText(['Source IP address']);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Next' }).click();

  const health = wizardStep(page, 'Health check');
  await health.getByRole('combobox', { name: 'Protocol' }).click();
  await expect(page.getByRole('option')).toHaveText(['UDP']);
  await page.keyboard.press('Escape');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Listener listener-dns added.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'listener-dns' })).toBeVisible();
});

test('advanced settings: timeouts checked against their ranges, then sent with one v3 call', async ({ page }) => {
  await startWizard(page, 'elb-legacy-unused');
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-slow-api');
  await page.getByRole('button', { name: 'Advanced settings' }).click();
  const response = page.getByRole('spinbutton', { name: 'Response timeout (s)' });
  await response.fill('301');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByText('The backend server response timeout must be a whole number from 1 to 300 seconds.'),
  ).toBeVisible();
  await response.fill('120');
  await page.getByRole('switch', { name: 'Obtain load balancer EIP' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await wizardStep(page, 'Backend server group').getByRole('textbox', { name: 'Group name' }).fill('server_group-api');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const review = wizardStep(page, 'Review');
  await expect(review.getByText(/Response timeout \(s\) 120/)).toBeVisible();
  await review.getByRole('button', { name: /Show API requests/ }).click();
  await expect(
    review.getByText(/PUT http:\/\/127\.0\.0\.1:\d+\/v3\/[0-9a-f]+\/elb\/listeners\/\{listener\.id\}/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Listener listener-slow-api added.')).toBeVisible();
  await expect(page.getByText('120 s')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^On$/ })).toBeVisible();
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
  await expect(page.getByText('ELB cannot distribute traffic: this load balancer has no listener.')).toBeVisible();
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

test('modifies a listener: name and response timeout, the protocol and port stay fixed', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
  await page.getByRole('button', { name: 'Modify listener listener-http-80' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify listener-http-80' });
  await expect(dialog.getByText('The frontend protocol and port (HTTP/80) cannot change')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('listener-web');
  await dialog.getByRole('button', { name: 'Advanced settings' }).click();
  await dialog.getByRole('spinbutton', { name: 'Response timeout (s)' }).fill('90');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Listener listener-web updated.')).toBeVisible();
  await expect(page.getByText('90 s')).toBeVisible();
});
