/**
 * Classic load balancers: the type choice of Create Load Balancer, the classic form with its review,
 * the createELB job followed to its end (or its failure reason), and the differences help page.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { pick } from './load-balancer-pages';
import { PROJECT_ID } from './api';

async function chooseClassic(page: Page): Promise<void> {
  await page.getByRole('radiogroup', { name: 'Type' }).getByRole('radio', { name: 'Classic' }).check();
  await expect(page.getByRole('radio', { name: 'External' })).toBeChecked();
}

async function fillExternal(page: Page, name: string): Promise<void> {
  await pick(page, 'VPC', /vpc-prod/);
  await page.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' }).fill('5');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
}

/** Assigns EIPs through the VPC API until the project's EIP quota refuses one. */
async function useUpEipQuota(page: Page): Promise<void> {
  const refusal = await page.evaluate(async (projectId) => {
    const config = (await (await fetch('/config.json')).json()) as { authToken: string };
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await fetch(`/v1/${projectId}/publicips`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': config.authToken },
        body: JSON.stringify({
          publicip: { type: '5_bgp', ip_version: 4 },
          bandwidth: { name: `bw-fill-${attempt}`, size: 1, share_type: 'PER' },
        }),
      });
      if (!response.ok) return { status: response.status, body: await response.text() };
    }
    return undefined;
  }, PROJECT_ID);
  expect(refusal?.body).toMatch(/quota/i);
}

test('creates an External classic load balancer and follows its job until it runs', async ({ page }) => {
  await openConsole(page, '/load-balancers/create');
  await expect(page.getByRole('radio', { name: 'Enhanced' })).toBeChecked();
  await expectAccessible(page);
  await chooseClassic(page);
  await expect(page).toHaveURL(/type=classic/);
  await expectAccessible(page);

  await fillExternal(page, 'classic-e2e');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expect(page.getByText('External, new EIP, 5 Mbit/s')).toBeVisible();
  const request = page.locator('pre');
  await expect(request).toHaveCount(1);
  await expect(request).toContainText(`POST http://127.0.0.1`);
  await expect(request).toContainText(`/v1.0/${PROJECT_ID}/elbaas/loadbalancers`);
  await expect(request).toContainText('"bandwidth": 5');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'classic-e2e' })).toBeVisible();
  await expect(page).toHaveURL(/\/load-balancers\/classic\/[0-9a-f]{32}/);
  // The job's progress, then its end: the load balancer runs.
  const progress = page.getByRole('status').filter({ hasText: 'Creating load balancer classic-e2e…' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('header').getByText('Running', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(progress).toBeHidden();
  // Checked once the job has ended: the 3-second job may end during the check, and the buttons it
  // enables would be judged mid-transition. The failing-job test checks a job's alert.
  await expectAccessible(page);
});

test('a create job that fails shows its reason', async ({ page }) => {
  await openConsole(page, '/load-balancers/create?type=classic');
  await expect(page.getByRole('radio', { name: 'Classic' })).toBeChecked();
  // A new EIP cannot be assigned once the project's EIP quota is used up: the createELB job fails.
  await useUpEipQuota(page);
  await fillExternal(page, 'classic-no-eip');
  await page.getByRole('button', { name: 'Create Now' }).click();
  await page.getByRole('button', { name: 'Submit' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'classic-no-eip' })).toBeVisible();
  const failure = page
    .getByRole('main')
    .getByRole('alert')
    .filter({ hasText: 'Creating load balancer classic-no-eip: failed' });
  await expect(failure).toBeVisible({ timeout: 15_000 });
  await expect(failure).toContainText('ELB.3001: Create floating IP failed: the EIP quota of the project is used up.');
  await expectAccessible(page);
  await expect(page.locator('header').getByText('Error', { exact: true })).toBeVisible();

  // The reason stays after a reload, until it is dismissed.
  await page.reload();
  await expect(failure).toContainText('ELB.3001');
  await failure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failure).toBeHidden();
});

test('a used-up classic quota blocks creation and says why', async ({ page }) => {
  await openConsole(page, '/load-balancers/create?type=classic', 'quota-full');
  await expect(page.getByText('No classic load balancer can be created')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create Now' })).toBeDisabled();
  await expectAccessible(page);
});

test('the differences help page compares the types and leads to the create page', async ({ page }) => {
  await openConsole(page, '/load-balancers');
  await page.getByRole('link', { name: 'Classic or enhanced: what is the difference?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Differences Between Classic and Enhanced Load Balancers' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Classic and enhanced load balancers compared' });
  await expect(table.getByRole('row').filter({ hasText: 'Stopping and starting' })).toContainText(
    'Not supported: always running',
  );
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Create a classic load balancer' }).click();
  await expect(page.getByRole('radio', { name: 'Classic' })).toBeChecked();
  await page.getByRole('link', { name: 'All differences between classic and enhanced load balancers' }).click();
  await expect(table).toBeVisible();
});
