/** Guide: auditing — key operations recorded by CTS, viewing traces (FEATURES §11). */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

/** Renames a load balancer on its page, as a user does (one updateLoadbalancer trace). */
async function rename(page: Page, from: string, to: string): Promise<void> {
  await openLoadBalancer(page, from);
  await page.getByRole('button', { name: 'Edit Name' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(to);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: to })).toBeVisible();
  // The update runs (PENDING_UPDATE) before the actions come back.
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeEnabled();
}

const traces = (page: Page) => page.getByRole('table', { name: 'Traces' });

async function searchByTraceName(page: Page, resourceType: string, traceName: string): Promise<void> {
  await pick(page, 'Resource Type', resourceType);
  await pick(page, 'Search By', 'Trace name');
  await pick(page, 'Trace name', traceName);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test('finds the trace of a renamed load balancer on the Traces page and views it', async ({ page }) => {
  await rename(page, 'elb-staging', 'elb-staging-audited');
  await page.getByRole('link', { name: 'Traces' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await searchByTraceName(page, 'loadbalancer', 'updateLoadbalancer');
  await expect(page).toHaveURL(/resourceType=loadbalancer&searchBy=trace_name&search=updateLoadbalancer/);
  const row = traces(page).getByRole('row').filter({ hasText: 'elb-staging-audited' });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Normal')).toBeVisible();
  await expect(row.getByRole('link', { name: 'elb-staging-audited' })).toHaveAttribute('href', /\/load-balancers\//);
  await expectAccessible(page);

  await row.getByRole('button', { name: 'Show details of updateLoadbalancer' }).click();
  await expect(traces(page).getByText('Source IP Address')).toBeVisible();
  await expect(traces(page).getByLabel('Request', { exact: true })).toContainText('"name": "elb-staging-audited"');

  await row.getByRole('button', { name: 'View Trace updateLoadbalancer' }).click();
  const dialog = page.getByRole('dialog', { name: 'View Trace: updateLoadbalancer' });
  await expect(dialog.getByLabel('Trace (JSON)', { exact: true })).toContainText('"trace_rating": "normal"');
  await expect(dialog.getByLabel('Trace (JSON)', { exact: true })).toContainText('"name": "elb-staging-audited"');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The same trace by the resource's name.
  await pick(page, 'Search By', 'Resource name');
  await page.getByRole('textbox', { name: 'Resource name' }).fill('elb-staging-audited');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(traces(page).getByRole('row').filter({ hasText: 'updateLoadbalancer' })).toHaveCount(1);
});

test("shows the change on the load balancer's Audit tab, and links to all its traces", async ({ page }) => {
  await rename(page, 'elb-staging', 'elb-staging-audited');
  await page.getByRole('tab', { name: 'Audit', exact: true }).click();
  const timeline = page.getByRole('list', { name: 'Changes, newest first' });
  const step = timeline.getByRole('listitem').filter({ hasText: 'Modifying a load balancer' });
  await expect(step).toHaveCount(1);
  await expect(step).toContainText('updateLoadbalancer on loadbalancer elb-staging-audited');
  await step.getByRole('button', { name: 'Request and response' }).click();
  await expect(step.getByLabel('Request', { exact: true })).toContainText('"name": "elb-staging-audited"');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'View all in Traces' }).click();
  await expect(page).toHaveURL(/\/traces\?searchBy=resource_id&search=.+&range=1w/);
  await expect(traces(page).getByRole('row').filter({ hasText: 'updateLoadbalancer' })).toHaveCount(1);
  await expectAccessible(page);
});

test('records a refused write as a Warning trace', async ({ page }) => {
  await openConsole(page, '/traces');
  const { loadbalancers } = await api<{ loadbalancers: { id: string }[] }>(
    page,
    'GET',
    '/v2.0/lbaas/loadbalancers?name=elb-staging',
  );
  const status = await page.evaluate(async (id) => {
    const config = (await (await fetch('/config.json')).json()) as { authToken: string };
    const response = await fetch(`/v2.0/lbaas/loadbalancers/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Auth-Token': config.authToken },
      body: JSON.stringify({ loadbalancer: { name: 'x'.repeat(256) } }),
    });
    return response.status;
  }, loadbalancers[0]!.id);
  expect(status).toBe(400);

  await pick(page, 'Trace Status', 'Warning');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const row = traces(page).getByRole('row').filter({ hasText: 'updateLoadbalancer' });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Warning')).toBeVisible();
  await row.getByRole('button', { name: 'Show details of updateLoadbalancer' }).click();
  await expect(traces(page).getByText('400', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('exports the filtered traces as CSV', async ({ page }) => {
  await rename(page, 'elb-staging', 'elb-staging-one');
  await rename(page, 'elb-web-prod', 'elb-web-prod-two');
  await page.getByRole('link', { name: 'Traces' }).click();
  await pick(page, 'Search By', 'Resource name');
  await page.getByRole('textbox', { name: 'Resource name' }).fill('elb-staging-one');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(traces(page).getByRole('row').filter({ hasText: 'updateLoadbalancer' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export as CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^traces-.+\.csv$/);
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toContain('Trace Name,Resource Type,Trace Source,Resource ID,Resource Name');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('updateLoadbalancer');
  expect(lines[1]).toContain('elb-staging-one');
  await expect(page.getByText('Exported 1 traces.')).toBeVisible();
  await expectAccessible(page);
});

test('links each key operation of the help page to its traces', async ({ page }) => {
  await rename(page, 'elb-staging', 'elb-staging-audited');
  await page.getByRole('link', { name: 'Key Operations Recorded by CTS' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Key Operations Recorded by CTS' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'updatPool', exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'View traces updateLoadbalancer' }).click();
  await expect(page).toHaveURL(/source=ELB&resourceType=loadbalancer&searchBy=trace_name&search=updateLoadbalancer/);
  await expect(page.getByRole('combobox', { name: 'Trace name' })).toHaveText('updateLoadbalancer');
  await expect(traces(page).getByRole('row').filter({ hasText: 'elb-staging-audited' })).toHaveCount(1);
  await expectAccessible(page);
});
