/**
 * Alarm rules (FEATURES §10.2, §10.3): create a rule and see its state, modify, disable/enable, history,
 * delete; and a rule on unhealthy servers that goes to Alarm once a server fails its health check.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

const rules = (page: Page) => page.getByRole('table', { name: 'Alarm Rules' });
const ruleRow = (page: Page, name: string) => rules(page).getByRole('row', { name: new RegExp(name) });

async function more(page: Page, rule: string, item: string) {
  await page.getByRole('button', { name: `More actions for ${rule}` }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Creates a rule on the unhealthy servers of a load balancer, firing when one server is unhealthy for one minute. */
async function createUnhealthyRule(page: Page, loadBalancer: string, name: string) {
  await page.getByRole('button', { name: 'Create Alarm Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Alarm Rule' });
  await pick(page, 'Load balancer', loadBalancer);
  await pick(page, 'Metric', 'Unhealthy Servers (count)');
  await pick(page, 'Period', '1 minute (raw data)');
  await pick(page, 'Aggregation', 'Maximum');
  await dialog.getByRole('spinbutton', { name: 'Threshold' }).fill('0');
  await dialog.getByRole('spinbutton', { name: 'Consecutive periods' }).fill('1');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(dialog.getByRole('status', { name: 'Rule preview' })).toContainText(
    `Alarm when Unhealthy Servers of ${loadBalancer} is Maximum > 0 count for 1 period of 1 minute (raw data).`,
  );
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(`Alarm rule ${name} created.`)).toBeVisible();
}

test('creates a rule on the Alarm Rules page and lists it with its state', async ({ page }) => {
  await openConsole(page, '/alarm-rules');
  await expect(ruleRow(page, 'elb-api-internal-unhealthy-servers')).toContainText('Alarm');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create Alarm Rule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Alarm Rule' });
  await expect(dialog.getByRole('option', { name: /Backend Server Group/ })).toHaveCount(0);
  await pick(page, 'Dimension', /^Listeners$/);
  await pick(page, 'Listener', /listener-tcp-8080/);
  // A TCP listener reports no layer-7 metric.
  await page.getByRole('combobox', { name: 'Metric' }).click();
  await expect(page.getByRole('option', { name: /Layer-7 Query Rate/ })).toHaveCount(0);
  await page.getByRole('option', { name: 'New Connections (count/s)' }).click();
  await dialog.getByRole('spinbutton', { name: 'Threshold' }).fill('100000');
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('orders-new-connections');
  await dialog.getByRole('switch', { name: 'Send notifications' }).check();
  await dialog.getByRole('textbox', { name: 'SMN topic URNs' }).fill('urn:smn:eu-de:bad:ops');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText(/urn:smn:eu-de:bad:ops: Enter an SMN topic URN/)).toBeVisible();
  await expectAccessible(page);
  await dialog
    .getByRole('textbox', { name: 'SMN topic URNs' })
    .fill('urn:smn:eu-de:6c7f0a1b2c3d4e5f8091a2b3c4d5e6f7:orders-oncall');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Alarm rule orders-new-connections created.')).toBeVisible();
  const row = ruleRow(page, 'orders-new-connections');
  await expect(row).toContainText('OK');
  await expect(row.getByRole('link', { name: 'listener-tcp-8080' })).toBeVisible();
  await expect(row).toContainText('Notifies 1 topic');
});

test('modifies, disables, enables, shows the history of and deletes a rule', async ({ page }) => {
  await openConsole(page, '/alarm-rules');
  const name = 'elb-api-internal-unhealthy-servers';
  await page.getByRole('button', { name: `Modify ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Modify Alarm Rule ${name}` });
  await expect(dialog.getByRole('combobox', { name: 'Metric' })).toHaveAttribute('aria-disabled', 'true');
  await expectAccessible(page);
  await dialog.getByRole('spinbutton', { name: 'Threshold' }).fill('5');
  await dialog.getByRole('button', { name: 'Modify' }).click();
  await expect(page.getByText(`Alarm rule ${name} modified.`)).toBeVisible();
  await expect(ruleRow(page, name)).toContainText('Maximum > 5 count');
  await expect(ruleRow(page, name)).toContainText('OK');

  await more(page, name, 'Disable');
  await expect(ruleRow(page, name)).toContainText('Disabled');
  await more(page, name, 'Enable');
  await expect(ruleRow(page, name)).toContainText('Enabled');

  await more(page, name, 'History');
  const history = page.getByRole('dialog', { name: `History of ${name}` });
  const entries = history.getByRole('table', { name: 'Alarm history' });
  await expect(entries.getByRole('row').nth(1)).toContainText('OK');
  await expect(entries.getByRole('row', { name: /Alarm/ }).first()).toBeVisible();
  await expect(history.getByRole('img', { name: /States over the last 7 days/ })).toBeVisible();
  await expectAccessible(page);
  await history.getByRole('button', { name: 'Close' }).click();

  await more(page, name, 'Delete');
  const confirm = page.getByRole('dialog', { name: 'Delete Alarm Rule' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(`Alarm rule ${name} deleted.`)).toBeVisible();
  await expect(ruleRow(page, name)).toHaveCount(0);
});

test('a rule on unhealthy servers goes to Alarm when a server fails its health check', async ({ page }) => {
  // A rule judges periods that have ended: the page's clock moves on a minute after the change.
  await page.clock.install();
  await openConsole(page, '/alarm-rules');
  await createUnhealthyRule(page, 'elb-web-prod', 'web-unhealthy-servers');
  await expect(ruleRow(page, 'web-unhealthy-servers')).toContainText('OK');

  // The web servers listen on 80 and 443: a health check on 8081 fails on all of them.
  await openLoadBalancer(page, 'elb-web-prod', 'Backend Server Groups');
  await page.getByRole('link', { name: 'server_group-web', exact: true }).click();
  await page.getByRole('button', { name: 'Configure', exact: true }).click();
  const healthCheck = page.getByRole('dialog', { name: 'Configure Health Check' });
  await healthCheck.getByRole('spinbutton', { name: 'Port' }).fill('8081');
  await healthCheck.getByRole('button', { name: 'OK' }).click();
  await expect(healthCheck).toBeHidden();
  await page.clock.fastForward('01:01');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Alarm Rules' }).click();
  await expect(ruleRow(page, 'web-unhealthy-servers')).toContainText('Alarm');
  await expect(ruleRow(page, 'web-unhealthy-servers')).not.toContainText('OK');
});

test('creates an alarm rule from a chart, pre-filled, and finds it in the rule list', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Monitoring');
  await page.getByRole('button', { name: 'Create alarm rule for m1_cps of elb-web-prod' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Alarm Rule' });
  await expect(dialog.getByRole('combobox', { name: 'Load balancer' })).toHaveText('elb-web-prod');
  await expect(dialog.getByRole('combobox', { name: 'Metric' })).toHaveText('Concurrent Connections (count)');
  await expect(dialog.getByText(/^Suggested from the chart's value/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('elb-web-prod-m1_cps');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Alarm rule elb-web-prod-m1_cps created.')).toBeVisible();
  await page.getByRole('link', { name: 'View alarm rules' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alarm Rules' })).toBeVisible();
  await expect(rules(page).getByRole('row')).toHaveCount(2);
  await expect(ruleRow(page, 'elb-web-prod-m1_cps')).toContainText(/OK|Alarm/);
});
