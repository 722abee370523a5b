/**
 * Classic listeners (FEATURES §4 [classic], §5.4, §6.1–6.2): add a TCP listener with its health
 * check, add and remove backend ECSs as jobs, and the reason of a failed add job (a stopped ECS).
 */
import type { Page } from '@playwright/test';
import { makeCertificate, makeKey } from '../contract/x509/testing/make-certificates';
import { expect, expectAccessible, openConsole, test } from './fixtures';

/** Opens a classic load balancer's Listeners tab from the classic list, as an operator does. */
async function openListeners(page: Page, name: string) {
  await openConsole(page, '/load-balancers?type=classic');
  await page.getByRole('table', { name: 'Classic load balancers' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: 'Listeners', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Listeners' })).toBeVisible();
}

async function pick(scope: ReturnType<Page['getByRole']>, page: Page, label: string, option: string) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens a listener's Backend ECSs section. */
async function openMembers(page: Page, listener: string) {
  await page.getByRole('button', { name: `Show listener ${listener}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: listener })).toBeVisible();
  await page.getByRole('tab', { name: 'Backend ECSs' }).click();
  return page.getByRole('tabpanel', { name: 'Backend ECSs' });
}

test('adds a TCP listener with a health check', async ({ page }) => {
  await openListeners(page, 'classic-portal');
  await expect(page.getByText(/^Listeners: 3 of \d+/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add Listener' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Listener to classic-portal' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('tcp-9000');
  await pick(dialog, page, 'Protocol', 'TCP');
  await expect(dialog.getByRole('combobox', { name: 'Backend protocol' })).toHaveText('TCP');
  await dialog.getByRole('spinbutton', { name: 'Port', exact: true }).fill('9000');
  await dialog.getByRole('spinbutton', { name: 'Backend port' }).fill('9090');
  await dialog.getByRole('switch', { name: 'Connection draining' }).check();
  await dialog.getByRole('spinbutton', { name: /Draining timeout/ }).fill('99');
  await expect(dialog.getByRole('combobox', { name: 'Health check protocol' })).toHaveText('TCP');
  await dialog.getByRole('spinbutton', { name: /Healthy threshold/ }).fill('2');
  await expect(dialog.getByRole('status')).toContainText('healthy after about 11 s');
  await expectAccessible(page);

  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByText('The draining timeout must be a whole number from 0 to 60 minutes.')).toBeVisible();
  await dialog.getByRole('spinbutton', { name: /Draining timeout/ }).fill('10');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('table', { name: 'Listeners' }).getByRole('row', { name: /tcp-9000/ });
  await expect(row).toContainText('TCP/9000');
  await expect(row).toContainText('TCP :9090');
  await expect(page.getByRole('heading', { level: 2, name: 'tcp-9000' })).toBeVisible();
  await page.getByRole('tab', { name: 'Health Check' }).click();
  await expect(page.getByText(/marked healthy after about 11 s/)).toBeVisible();
  await expectAccessible(page);
});

test('adds two ECSs and removes one, with the jobs in view', async ({ page }) => {
  await openListeners(page, 'classic-portal');
  const panel = await openMembers(page, 'portal-http-80');
  const members = panel.getByRole('table', { name: 'Backend ECSs' });
  await expect(members.getByRole('row')).toHaveCount(4);

  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Backend ECSs to portal-http-80' });
  await expect(dialog.getByRole('checkbox', { name: 'Add ecs-web-02' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Add ecs-web-01' }).check();
  await dialog.getByRole('checkbox', { name: 'Add ecs-web-04' }).check();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add 2 ECSs' }).click();
  await expect(dialog).toBeHidden();

  // The job runs for a few seconds: its progress shows, and the new rows are Pending.
  await expect(
    panel.getByRole('status').filter({ hasText: 'Adding backend ECSs ecs-web-01, ecs-web-04' }),
  ).toBeVisible();
  await expect(members.getByRole('row', { name: /ecs-web-01/ })).toContainText('Pending');
  await expectAccessible(page);
  await expect(members.getByRole('row', { name: /ecs-web-01/ })).toContainText('Active', { timeout: 15_000 });
  await expect(members.getByRole('row')).toHaveCount(6);

  await members
    .getByRole('row', { name: /ecs-web-01/ })
    .getByRole('checkbox')
    .check();
  await panel.getByRole('button', { name: 'Remove (1)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove 1 backend ECS from portal-http-80?' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Removing backend ECSs ecs-web-01' })).toBeVisible();
  await expect(members.getByRole('row', { name: /ecs-web-01/ })).toBeHidden({ timeout: 15_000 });
  await expect(members.getByRole('row')).toHaveCount(5);
});

test('a failed add job shows why: the ECS is not running', async ({ page }) => {
  await openListeners(page, 'classic-portal');
  const panel = await openMembers(page, 'portal-http-80');
  await panel.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Backend ECSs to portal-http-80' });
  await dialog.getByRole('checkbox', { name: 'Add ecs-app-04' }).check();
  await expect(dialog.getByText(/Not running: ecs-app-04/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Add 1 ECS' }).click();

  const failure = panel.getByRole('alert').filter({ hasText: 'Adding backend ECSs ecs-app-04: failed' });
  await expect(failure).toContainText(/ELB\.6006: ECS ecs-app-04 .* is not running \(SHUTOFF\)/, { timeout: 15_000 });
  await expect(panel.getByRole('table', { name: 'Backend ECSs' }).getByRole('row')).toHaveCount(4);
  await expectAccessible(page);
  await failure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failure).toBeHidden();
});

test('an HTTPS listener with a certificate created on the spot', async ({ page }) => {
  const DAY_MS = 86_400_000;
  const made = await makeCertificate({
    subjectCN: 'shop.example.com',
    dnsNames: ['shop.example.com'],
    key: await makeKey('RSA'),
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + 365 * DAY_MS),
  });
  await openListeners(page, 'classic-portal');
  await page.getByRole('button', { name: 'Add Listener' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Listener to classic-portal' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('shop-8443');
  await pick(dialog, page, 'Protocol', 'HTTPS');
  await dialog.getByRole('spinbutton', { name: 'Port', exact: true }).fill('8443');
  await dialog.getByRole('spinbutton', { name: 'Backend port' }).fill('80');
  await expect(dialog.getByRole('combobox', { name: 'SNI certificates' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Create certificate' }).click();
  const form = dialog.getByRole('group', { name: 'New certificate' });
  await form.getByRole('textbox', { name: 'Certificate name' }).fill('shop-cert');
  await form.getByRole('textbox', { name: 'Certificate (PEM)' }).fill(made.pem);
  await form.getByRole('textbox', { name: 'Private key (PEM)' }).fill(made.keyPem);
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'Certificate', exact: true })).toHaveText(/shop-cert/);

  await pick(dialog, page, 'TLS version', 'TLS 1.2 TLS 1.1 TLS 1.0');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(
    dialog.getByText('With TLS 1.2 TLS 1.1 TLS 1.0, the cipher suite (ssl_ciphers) must be Extended.'),
  ).toBeVisible();
  await pick(dialog, page, 'Cipher suite', 'Extended (27 suites)');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 2, name: 'shop-8443' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Cipher suites of Extended' }).getByRole('listitem')).toHaveCount(27);
  await expect(page.getByText('shop-cert', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('modifies a listener, configures and disables its health check, then deletes it', async ({ page }) => {
  await openListeners(page, 'classic-portal');
  await page.getByRole('button', { name: 'Show listener portal-mysql-3306' }).click();
  await page.getByRole('button', { name: 'Modify listener portal-mysql-3306' }).click();
  const modify = page.getByRole('dialog', { name: 'Modify Listener portal-mysql-3306' });
  await expect(modify.getByRole('combobox', { name: 'Protocol', exact: true })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await modify.getByRole('spinbutton', { name: 'Backend port' }).fill('3306');
  await expectAccessible(page);
  await modify.getByRole('button', { name: 'OK' }).click();
  await expect(modify).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'portal-mysql-3306' }).locator('..')).toContainText(
    'TCP:3306 → TCP:3306',
  );

  await page.getByRole('tab', { name: 'Health Check' }).click();
  await page.getByRole('button', { name: 'Configure Health Check' }).click();
  const configure = page.getByRole('dialog', { name: 'Configure Health Check of portal-mysql-3306' });
  await configure.getByRole('spinbutton', { name: /Timeout/ }).fill('8');
  await expect(configure.getByText('The timeout should be less than the interval.')).toBeVisible();
  await expectAccessible(page);
  await configure.getByRole('spinbutton', { name: /Timeout/ }).fill('2');
  await configure.getByRole('button', { name: 'OK' }).click();
  await expect(configure).toBeHidden();

  await page.getByRole('button', { name: 'Disable Health Check' }).click();
  const disable = page.getByRole('dialog', { name: 'Disable the health check of portal-mysql-3306?' });
  await expect(disable).toContainText('traffic will still go to ECSs that have failed');
  await expectAccessible(page);
  await disable.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByText(/No health check: every backend ECS counts as healthy/)).toBeVisible();

  await page.getByRole('button', { name: 'Delete listener portal-mysql-3306' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete listener portal-mysql-3306?' });
  await expect(remove).toContainText(/backend ECSs? (is|are) removed from it/);
  await expectAccessible(page);
  await remove.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show listener portal-mysql-3306' })).toBeHidden();
});
