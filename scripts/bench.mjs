#!/usr/bin/env node
/**
 * `npm run bench`: prints figures, it does not pass or fail.
 *  - gzipped JS the browser loads to show the load balancer list (and the mock cloud apart);
 *  - with the `large` scenario (2,000 load balancers): time from navigation to the first rows,
 *    time to show the next page, JS heap after paging through 20 pages;
 *  - a group of 500 backend servers: time to its first rows and to filter it; pasting 200
 *    servers: time and number of write calls (one batch call is the goal);
 *  - monitoring: time to 4 interactive charts over 7 days, the raw 7-day data path, and that the
 *    chart library is not in the initial JS.
 * Needs a build (it runs one) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4190);
const DIST = process.env.DIST_DIR ?? 'dist';
const base = `http://127.0.0.1:${PORT}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (spawnSync('npx', ['vite', 'build', '--outDir', DIST], { stdio: 'ignore' }).status !== 0)
  throw new Error('build failed');
const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(PORT), DIST_DIR: DIST },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));

/**
 * Gzipped size of the chunks a route needs, from the build manifest: the entry and the
 * route's lazy chunk with their static imports. The mock cloud is a dynamic import of the
 * entry and is counted apart (remote mode never loads it).
 */
function routeJs(routeSource) {
  const manifest = JSON.parse(readFileSync(`${DIST}/.vite/manifest.json`, 'utf8'));
  const closure = (keys, seen = new Set()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      closure(manifest[key].imports ?? [], seen);
    }
    return seen;
  };
  const gz = (keys) =>
    [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(`${DIST}/${manifest[key].file}`)).length, 0);
  const app = closure(['index.html', routeSource]);
  const mock = [...closure(['src/mocks/browser.ts'])].filter((key) => !app.has(key));
  return { app: gz(app), mock: gz(mock) };
}

const browser = await chromium.launch(chromiumLaunchOptions);

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
  if (process.env.BENCH_VERBOSE)
    for (const [url, size] of scripts) console.log(`  ${kb(size).padStart(9)}  ${url.split('/').pop()}`);
  const route = routeJs('src/app/pages/load-balancer-list-page.tsx');
  console.log(`Initial route JS, load balancer list (gzip):  ${kb(route.app)} (budget 250 KB)`);
  console.log(`Mock cloud and what only it needs (gzip):     ${kb(route.mock)} (mock mode only)`);
  console.log(`All JS loaded before the first rows, mock:    ${kb(app + mock)}`);
  const chartJsLoaded = [...scripts.keys()].some((url) => /\/chart-canvas-[^/]+\.js$/.test(url));
  console.log(`Chart library (recharts) in the initial JS:   ${chartJsLoaded ? 'yes' : 'no'}`);
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
  // Measured inside the page, click to changed first row, so the harness adds nothing.
  const nextTimes = [];
  for (let i = 0; i < 20; i += 1) {
    await large.waitForTimeout(300);
    nextTimes.push(
      await large.evaluate(
        () =>
          new Promise((resolve) => {
            const doc = globalThis.document;
            const firstRow = () => doc.querySelector('table[aria-label="Load balancers"] tbody tr')?.textContent;
            const before = firstRow();
            const started = globalThis.performance.now();
            const observer = new globalThis.MutationObserver(() => {
              if (firstRow() !== before) {
                observer.disconnect();
                // Count until the frame with the new rows is painted.
                globalThis.requestAnimationFrame(() => resolve(Math.round(globalThis.performance.now() - started)));
              }
            });
            observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
            doc.querySelector('button[aria-label="Next page"]').click();
          }),
      ),
    );
  }
  const cdp = await large.context().newCDPSession(large);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  nextTimes.sort((a, b) => a - b);
  console.log(`Large scenario, navigation → first rows (first visit, builds 2,000 LBs): ${firstRows} ms`);
  console.log(
    `Large scenario, navigation → first rows (reload):                      ${firstRowsWarm} ms (budget 1000 ms)`,
  );
  console.log(
    `Next page (median of 20 / worst):                                      ${nextTimes[10]} ms / ${nextTimes.at(-1)} ms (budget 200 ms)`,
  );
  console.log(
    `JS heap after paging 20 pages:                                         ${(usedSize / 1024 / 1024).toFixed(1)} MB`,
  );

  // 3. A group with 500 backend servers: open it, filter it; paste 200 servers into another.
  const group = await browser.newPage();
  await group.goto(`${base}/load-balancers?scenario=large&q=elb-web-prod-0001`);
  await group.getByRole('link', { name: 'elb-web-prod-0001', exact: true }).click();
  await group.getByRole('tab', { name: 'Backend Server Groups' }).click();
  const openStarted = Date.now();
  await group.getByRole('link', { name: 'server_group-fleet', exact: true }).click();
  const memberRows = group.getByRole('table', { name: 'Backend servers' }).getByRole('row');
  await group.getByRole('heading', { name: 'Backend servers (500)' }).waitFor();
  await memberRows.nth(1).waitFor();
  const groupOpen = Date.now() - openStarted;
  const filterStarted = Date.now();
  await group.getByRole('textbox', { name: 'Filter by name or IP' }).fill('ecs-fleet-499');
  await memberRows.filter({ hasText: 'ecs-fleet-499' }).waitFor();
  await group.waitForFunction(
    () => globalThis.document.querySelectorAll('table[aria-label="Backend servers"] tbody tr').length === 1,
  );
  const filtered = Date.now() - filterStarted;
  console.log(`Group of 500 servers, click → first rows:                             ${groupOpen} ms`);
  console.log(`Group of 500 servers, filter → one row:                               ${filtered} ms`);

  await group.getByRole('link', { name: 'elb-web-prod-0001' }).click();
  await group.getByRole('tab', { name: 'Backend Server Groups' }).click();
  await group.getByRole('link', { name: 'server_group-empty', exact: true }).click();
  await group.getByRole('button', { name: 'Add', exact: true }).click();
  const dialog = group.getByRole('dialog');
  await dialog.getByRole('tab', { name: 'Paste IP addresses' }).click();
  const lines = Array.from({ length: 200 }, (_, i) => `10.12.50.${i + 1},8080`);
  await dialog.getByRole('textbox', { name: 'Backend servers, one per line' }).fill(lines.join('\n'));
  const writes = [];
  group.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/members')) writes.push(request.method());
  });
  const pasteStarted = Date.now();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await group.getByRole('heading', { name: 'Backend servers (200)' }).waitFor();
  console.log(
    `Paste 200 servers → listed:                                          ${Date.now() - pasteStarted} ms, ${writes.length} write call(s) (${writes.join(', ')})`,
  );

  // 4. Monitoring: 7 days of 1-minute points (10,080 per metric) for 4 metrics of elb-web-prod. Past the
  // batch API's 3,000-point limit, each chart asks GET metric-data (no limit) and draws it downsampled.
  const monitoring = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await monitoring.goto(`${base}/load-balancers?scenario=demo`);
  await monitoring.getByRole('link', { name: 'elb-web-prod', exact: true }).click();
  const lbPath = new URL(monitoring.url()).pathname;
  const to = Date.now();
  const weekMetrics = ['m1_cps', 'm7_in_Bps', 'm9_abnormal_servers', 'mb_l7_qps'];
  const weekQuery =
    `tab=monitoring&m.range=custom&m.from=${to - 7 * 86_400_000}&m.to=${to}&m.period=1` +
    `&m.metrics=${weekMetrics.join(',')}`;
  const chartStarted = Date.now();
  await monitoring.goto(`${base}${lbPath}?${weekQuery}`);
  await monitoring.waitForFunction(() => globalThis.document.querySelectorAll('.recharts-line-curve').length === 4);
  const chartsReady = Date.now() - chartStarted;
  // Interactive: a hover over the first chart shows its tooltip.
  const hoverStarted = Date.now();
  const firstChart = monitoring.locator('.recharts-wrapper').first();
  const box = await firstChart.boundingBox();
  await monitoring.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await firstChart.locator('.recharts-tooltip-wrapper').filter({ hasText: ':' }).waitFor();
  const hoverMs = Date.now() - hoverStarted;
  console.log(`Monitoring, 7 days × 1-minute points × 4 metrics → 4 charts drawn: ${chartsReady} ms`);
  console.log(`Monitoring, hover → tooltip on that chart:                     ${hoverMs} ms`);
} finally {
  await browser.close();
  server.kill();
}
