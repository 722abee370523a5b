/** Guide: "Creating a Load Balancer" — the form, its rules, the review with API requests, and errors. */
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { fillValidForm, pick } from './load-balancer-pages';

test('creates a public load balancer with a new EIP and tags, showing the API requests first', async ({ page }) => {
  await openConsole(page, '/load-balancers/create');
  await expectAccessible(page);
  await fillValidForm(page, 'elb-e2e-public');
  await page.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }).fill('50');
  await page.getByRole('button', { name: 'Add Tag' }).click();
  const tagDialog = page.getByRole('dialog', { name: 'Add Tag' });
  await tagDialog.getByRole('textbox', { name: 'Key' }).fill('env');
  await tagDialog.getByRole('textbox', { name: 'Value' }).fill('e2e');
  await tagDialog.getByRole('button', { name: 'OK' }).click();
  await page.getByRole('button', { name: 'Create Now' }).click();

  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  const calls = page.locator('pre');
  await expect(calls.nth(0)).toContainText('POST http://127.0.0.1');
  await expect(calls.nth(0)).toContainText('/v2.0/lbaas/loadbalancers');
  await expect(calls.nth(1)).toContainText('/publicips');
  await expect(calls.nth(2)).toContainText('PUT');
  await expect(calls.nth(2)).toContainText('{loadbalancer.vip_port_id}');
  await expect(calls.nth(3)).toContainText('tags/action');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'elb-e2e-public' })).toBeVisible();
  await expect(page.getByText(/80\.158\.\d+\.\d+ \(50 Mbit\/s\)/)).toBeVisible();
  await page.getByRole('tab', { name: 'Tags' }).click();
  await expect(page.getByRole('table', { name: 'Tags' })).toContainText('e2e');
});

test('every create field refuses bad input with the rule it breaks', async ({ page }) => {
  await openConsole(page, '/load-balancers/create');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByText('Enter a name.')).toBeVisible();
  await expect(page.getByText('Select a VPC.')).toBeVisible();
  await expect(page.getByText('Select a subnet.')).toBeVisible();

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('n'.repeat(256));
  await page.getByRole('textbox', { name: 'Description', exact: true }).fill('d'.repeat(256));
  await page.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }).fill('320');
  await page.getByRole('textbox', { name: 'Bandwidth name' }).fill('bad name!');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByText('The name can contain at most 255 characters.')).toBeVisible();
  await expect(page.getByText('The description can contain at most 255 characters.')).toBeVisible();
  await expect(page.getByText(/steps of 50 Mbit\/s/)).toBeVisible();
  await expect(page.getByText(/bandwidth name can contain only letters/)).toBeVisible();

  await page.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }).fill('1001');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByText('The bandwidth must be 1 to 1000 Mbit/s.')).toBeVisible();

  await pick(page, 'VPC', /vpc-prod/);
  await pick(page, 'Subnet', /subnet-web/);
  await page.getByRole('radio', { name: 'Specify' }).check();
  await page.getByRole('textbox', { name: 'IP address' }).fill('10.0.2.5');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByText('The private IP address must be inside the selected subnet.')).toBeVisible();

  await page.getByRole('radio', { name: 'Use existing' }).check();
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByText(/Select an EIP that is not bound/)).toBeVisible();
  await expectAccessible(page);
});

test('an API error shows its code and message and keeps what was typed', async ({ page }) => {
  await openConsole(page, '/load-balancers/create');
  await fillValidForm(page, 'elb-e2e-conflict');
  await page.getByRole('radio', { name: 'Private' }).check();
  await page.getByRole('radio', { name: 'Specify' }).check();
  // 10.0.1.100 is elb-web-prod's address: the API answers ELB.1101.
  await page.getByRole('textbox', { name: 'IP address' }).fill('10.0.1.100');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'ELB.1101' })).toContainText('Vip address is exist.');
  await page.getByRole('button', { name: 'Back to the form' }).click();
  await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('elb-e2e-conflict');
  await expect(page.getByRole('textbox', { name: 'IP address' })).toHaveValue('10.0.1.100');
});

test('at the quota the console says so before anything is sent', async ({ page }) => {
  await openConsole(page, '/load-balancers', 'quota-full');
  await expect(page.getByText(/The load balancer quota is used up \(7 of 7\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Create Load Balancer' })).toHaveAttribute('aria-disabled', 'true');
  await page.goto('/load-balancers/create?scenario=quota-full');
  await expect(page.getByText('No load balancer can be created')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create Now' })).toBeDisabled();
});
