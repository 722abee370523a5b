/**
 * Guide: Getting Started (entry and advanced level). The guided setup sends the user to the real
 * screens and ticks each step off from what the account then holds. The `empty` scenario has no
 * ECSs, so the walkthrough starts from `demo` (ecs-web-01 and ecs-web-02 answer on port 80).
 */
import type { Locator, Page } from '@playwright/test';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { fillValidForm } from './load-balancer-pages';
import { ForwardingPolicies } from './policy-pages';

const steps = (page: Page) => page.getByRole('list', { name: 'Setup steps' });
const stepTab = (page: Page, title: string) => steps(page).getByRole('button', { name: new RegExp(title) });

/** Back to a setup the way a user comes back from a real screen: the left navigation, then Continue. */
async function continueSetup(page: Page, track: 'entry level' | 'advanced level'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Getting Started' })
    .click();
  await page.getByRole('link', { name: `Continue the ${track} setup` }).click();
  await expect(steps(page)).toBeVisible();
}

async function confirmDeployment(page: Page): Promise<void> {
  await page.getByRole('checkbox', { name: 'The application answers on port 80 on both ECSs' }).check();
}

const suggested = (page: Page): Locator => page.getByRole('region', { name: /Suggested values/ });

test('completes the entry-level guided setup through the real screens', async ({ page }) => {
  await openConsole(page, '/help/getting-started');
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Start the entry level setup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entry level setup' })).toBeVisible();
  await expectAccessible(page);

  await confirmDeployment(page);
  await expect(page.getByText('No load balancer chosen yet: create one or pick an existing one.')).toBeVisible();
  await page.getByRole('link', { name: 'Create load balancer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create Load Balancer' })).toBeVisible();
  // The create form's defaults are the guide's: public, with a new EIP.
  await fillValidForm(page, 'elb-01');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();

  // Back in the setup, about the new load balancer; its step completes once it is running.
  await expect(page.getByRole('heading', { level: 1, name: 'Entry level setup' })).toBeVisible();
  await expect(page.getByText('The load balancer has no HTTP listener on port 80 yet.')).toBeVisible({
    timeout: 15_000,
  });
  await expect(suggested(page)).toContainText('listener-HTTP');
  await expect(suggested(page)).toContainText('New: server_group-ELB');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Add listener' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-HTTP');
  await expect(page.getByRole('spinbutton', { name: 'Frontend port' })).toHaveValue('80');
  await page.getByRole('button', { name: 'Next' }).click();
  await page
    .getByRole('region', { name: 'Backend server group' })
    .getByRole('textbox', { name: 'Group name' })
    .fill('server_group-ELB');
  await page.getByRole('button', { name: 'Next' }).click();
  const health = page.getByRole('region', { name: 'Health check' });
  await health.getByRole('textbox', { name: 'Domain name' }).fill('www.example.com');
  await health.getByRole('spinbutton', { name: 'Port', exact: true }).fill('80');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create', exact: true }).click();

  // The wizard returns to the setup, now at the backend servers.
  await expect(page.getByText('The group has 0 backend servers; add at least 2.')).toBeVisible();
  await page.getByRole('link', { name: 'Add backend servers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'server_group-ELB' })).toBeVisible();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add Backend Servers to server_group-ELB' });
  for (const name of ['ecs-web-01', 'ecs-web-02']) {
    await add.getByRole('checkbox', { name: `Select ${name}` }).check();
    await add.getByRole('spinbutton', { name: `Backend port of ${name}` }).fill('80');
  }
  await add.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('table', { name: 'Backend servers' }).getByText('Healthy', { exact: true })).toHaveCount(
    2,
  );

  await continueSetup(page, 'entry level');
  await expect(page.getByText('Every backend server is healthy: the site is ready.')).toBeVisible();
  await expect(page.getByText('All steps are done. Your load balancer is ready.')).toBeVisible();
  const eip = await page.getByText(/^80\.158\.\d+\.\d+$/).textContent();
  await expect(page.getByText(`http://${eip}/`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${eip} www.example.com`, { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Health of the backend servers' }).getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Getting Started' })
    .click();
  await expect(page.getByRole('region', { name: 'Entry level' })).toContainText('Complete');
});

test('advanced level: forwarding policies on a listener the entry level already set up', async ({ page }) => {
  // elb-web-prod already has what the entry level builds: an EIP, HTTP/80, a group with servers.
  await openConsole(page, '/help/getting-started/advanced');
  await confirmDeployment(page);
  await page.getByRole('combobox', { name: 'Load balancer for this setup' }).click();
  await page.getByRole('option', { name: 'elb-web-prod' }).click();
  // elb-web-prod forwards /api/ already: one policy of the two.
  await expect(
    page.getByText('The listener has 1 forwarding policy to a backend server group; 2 are needed.'),
  ).toBeVisible();
  await expect(page.getByText(/exact match wins over prefix match/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Open forwarding policies' }).click();
  const policies = new ForwardingPolicies(page);
  await policies.add({
    name: 'forwarding_policy-ELB01',
    domain: 'www.example.com',
    url: '/ELB01/',
    group: 'server_group-ELB01',
  });
  await policies.addServer('forwarding_policy-ELB01', 'server_group-ELB01', 'ecs-web-01');

  await continueSetup(page, 'advanced level');
  await expect(stepTab(page, 'Add forwarding policies')).toBeVisible();
  await expect(page.getByText('Every backend server is healthy: the site is ready.')).toBeVisible();
  await expect(page.getByText('http://www.example.com/ELB01/', { exact: true })).toBeVisible();
  await expect(page.getByText('http://www.example.com/api/', { exact: true })).toBeVisible();
  await stepTab(page, 'Add forwarding policies').click();
  await expect(
    page.getByText('2 forwarding policies, each with its own backend server group and servers.'),
  ).toBeVisible();
  await expectAccessible(page);
});

test('a load balancer deleted since: the setup says so and offers another', async ({ page }) => {
  await openConsole(page, '/help/getting-started/entry');
  await confirmDeployment(page);
  await page.getByRole('combobox', { name: 'Load balancer for this setup' }).click();
  await page.getByRole('option', { name: 'elb-legacy-unused' }).click();
  const { loadbalancers } = await api<{ loadbalancers: { id: string }[] }>(
    page,
    'GET',
    '/v2.0/lbaas/loadbalancers?name=elb-legacy-unused',
  );
  await api(page, 'DELETE', `/v2.0/lbaas/loadbalancers/${loadbalancers[0]!.id}`);
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Getting Started' })
    .click();
  await page.getByRole('link', { name: 'Continue the entry level setup' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'no longer exists' })).toBeVisible();
  await expect(page.getByText('The chosen load balancer no longer exists: pick or create another.')).toBeVisible({
    timeout: 15_000,
  });
  await expectAccessible(page);
});
