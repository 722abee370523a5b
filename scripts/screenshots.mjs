#!/usr/bin/env node
/**
 * `npm run screenshots`: regenerates the README's pictures from the built console in
 * mock mode (demo scenario). Needs a build and Chromium, like npm run bench.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const PORT = 4191;
const base = `http://127.0.0.1:${PORT}`;
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch(chromiumLaunchOptions);

async function shot(name, path, prepare, options = {}) {
  const page = await browser.newPage({
    viewport: { width: 1440, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}scenario=demo`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (prepare) await prepare(page);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
  await page.close();
}

try {
  await shot('load-balancer-list', '/load-balancers', (page) =>
    page.getByRole('table', { name: 'Load balancers' }).getByRole('row').nth(7).waitFor(),
  );
  await shot(
    'create-load-balancer',
    '/load-balancers/create',
    async (page) => {
      await page.getByRole('combobox', { name: 'VPC' }).click();
      await page.getByRole('option', { name: /vpc-prod/ }).click();
      await page.getByRole('combobox', { name: 'Subnet' }).click();
      await page.getByRole('option', { name: /subnet-web/ }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('elb-shop-frontend');
      await page.getByRole('button', { name: 'Create Now' }).click();
      await page.getByRole('heading', { name: 'Review' }).waitFor();
    },
    { height: 1100 },
  );
  await shot('delete-preview', '/load-balancers', async (page) => {
    await page.getByRole('button', { name: 'Delete elb-web-prod' }).click();
    await page.getByRole('dialog').getByText('1 forwarding policy').waitFor();
  });
  await shot(
    'load-balancer-detail-dark',
    '/load-balancers',
    async (page) => {
      await page.getByRole('link', { name: 'elb-web-prod', exact: true }).click();
      await page.getByText('healthy').waitFor();
    },
    { dark: true },
  );
  const openLoadBalancer = async (page, name, tab) => {
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('tab', { name: tab, exact: true }).click();
  };
  await shot(
    'add-listener-review',
    '/load-balancers',
    async (page) => {
      await openLoadBalancer(page, 'elb-legacy-unused', 'Listeners');
      await page.getByRole('link', { name: 'Add Listener' }).click();
      await page.getByRole('textbox', { name: 'Name' }).fill('listener-shop');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('textbox', { name: 'Group name' }).fill('server_group-shop');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByRole('region', { name: 'Review' }).waitFor();
    },
    { height: 1000 },
  );
  await shot('topology-unhealthy', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-staging', 'Topology');
    await page.getByRole('switch', { name: /Show only paths/ }).check();
  });
  await shot('why-unhealthy', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-staging', 'Backend Server Groups');
    await page.getByRole('link', { name: 'server_group-staging', exact: true }).click();
    await page.getByRole('button', { name: 'Why is ecs-staging-02 unhealthy?' }).click();
    await page.getByRole('dialog').getByText('Security group rules', { exact: true }).waitFor();
  });
  await shot('certificates', '/certificates');
  await shot(
    'certificate-preview',
    '/certificates',
    async (page) => {
      await page.getByRole('button', { name: 'Modify cert-www-example-com' }).click();
      await page.getByRole('region', { name: 'What the certificate says' }).waitFor();
    },
    { height: 1400 },
  );
  await shot('forwarding-policies', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
    await page.getByRole('button', { name: /^listener-http-80/ }).click();
    await page.getByRole('tab', { name: 'Forwarding Policies' }).click();
    await page.getByRole('textbox', { name: 'Host' }).fill('www.example.com');
    await page.getByRole('textbox', { name: 'Path' }).fill('/api/orders');
  });
  await shot('monitoring-tab', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Monitoring');
    await page.waitForFunction(() => globalThis.document.querySelectorAll('.recharts-line-curve').length === 4);
  });
  await shot('alarm-rules', '/alarm-rules', (page) =>
    page.getByRole('table', { name: 'Alarm Rules' }).getByRole('row').nth(4).waitFor(),
  );
  await shot('access-logs', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Access Logs');
    await page.getByRole('table', { name: 'Access log lines' }).getByRole('row').nth(8).waitFor();
  });
  await shot('classic-create', '/load-balancers/create?type=classic', (page) =>
    page.getByRole('heading', { name: 'Network' }).waitFor(),
  );
  await shot('classic-listeners', '/load-balancers?type=classic', async (page) => {
    await page.getByRole('link', { name: 'classic-portal', exact: true }).click();
    await page.getByRole('tab', { name: 'Listeners', exact: true }).click();
    await page.getByRole('tab', { name: 'Backend ECSs' }).click();
    await page.getByRole('table', { name: 'Backend ECSs' }).getByRole('row').nth(3).waitFor();
  });
  await shot('help-search', '/help?q=sticky%20session', (page) =>
    page
      .getByRole('link', { name: /Sticky Sessions Fail to Take Effect/ })
      .first()
      .waitFor(),
  );
  await shot('troubleshoot-balance', '/load-balancers', async (page) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Backend Server Groups');
    await page.getByRole('link', { name: 'server_group-web-tls', exact: true }).click();
    await page.getByRole('button', { name: 'Troubleshoot' }).click();
    const section = page.getByRole('region', { name: 'Troubleshoot' });
    await section.getByRole('button', { name: /Traffic unbalanced/ }).click();
    await page.getByText(/Measured on the newest \d+ requests/).waitFor();
    await page.getByRole('table', { name: 'Share of traffic per backend server' }).scrollIntoViewIfNeeded();
  });
  await shot('getting-started', '/help/getting-started/entry', (page) => page.getByLabel('Setup steps').waitFor());
} finally {
  await browser.close();
  server.kill();
}
