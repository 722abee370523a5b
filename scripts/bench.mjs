#!/usr/bin/env node
/**
 * `npm run bench`: prints figures, it does not pass or fail.
 *  - gzipped JS the browser loads to show the load balancer list (and the mock cloud apart);
 *  - with the `large` scenario (2,000 load balancers): time from navigation to the first rows,
 *    time to show the next page, JS heap after paging through 20 pages.
 * Needs a build (it runs one) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4190;
const base = `http://127.0.0.1:${PORT}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('build failed');
const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  // 1. JS needed for the list, measured on what the browser really fetched.
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    const url = response.url();
    if (url.endsWith('.js') && !url.includes('mockServiceWorker')) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(url, gzipSync(body).length);
    }
  });
  await page.goto(`${base}/load-balancers?scenario=demo`);
  await page.getByRole('table', { name: 'Load balancers' }).getByRole('row').nth(1).waitFor();
  let app = 0;
  let mock = 0;
  for (const [url, size] of scripts) {
    if (/\/assets\/browser-[^/]+\.js$/.test(url)) mock += size;
    else app += size;
  }
  console.log(`Initial JS for the load balancer list (gzip): ${kb(app)} (budget 250 KB)`);
  console.log(`Mock cloud chunk, mock mode only (gzip):      ${kb(mock)}`);
  await page.close();

  // 2. The large scenario: first rows, next page, heap after paging.
  const large = await browser.newPage();
  const started = Date.now();
  await large.goto(`${base}/load-balancers?scenario=large&limit=50`);
  const rows = large.getByRole('table', { name: 'Load balancers' }).getByRole('row');
  await rows.nth(1).waitFor();
  const firstRows = Date.now() - started;
  // A second navigation starts from the saved snapshot, as a returning user does.
  const again = Date.now();
  await large.goto(`${base}/load-balancers?scenario=large&limit=50`);
  await rows.nth(1).waitFor();
  const firstRowsWarm = Date.now() - again;
  const nextTimes = [];
  for (let i = 0; i < 20; i += 1) {
    const before = await rows.nth(1).textContent();
    const t0 = Date.now();
    await large.getByRole('button', { name: 'Next page' }).click();
    await large.waitForFunction((text) => globalThis.document.querySelectorAll('table[aria-label="Load balancers"] tbody tr')[0]?.textContent !== text, before);
    nextTimes.push(Date.now() - t0);
  }
  const cdp = await large.context().newCDPSession(large);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  nextTimes.sort((a, b) => a - b);
  console.log(`Large scenario, navigation → first rows (first visit, builds 2,000 LBs): ${firstRows} ms`);
  console.log(`Large scenario, navigation → first rows (reload):                      ${firstRowsWarm} ms (budget 1000 ms)`);
  console.log(`Next page (median of 20 / worst):                                      ${nextTimes[10]} ms / ${nextTimes.at(-1)} ms (budget 200 ms)`);
  console.log(`JS heap after paging 20 pages:                                         ${(usedSize / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await browser.close();
  server.kill();
}
