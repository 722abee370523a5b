/**
 * FAQ diagnostics of backend server groups (FEATURES §12.4–12.7) on live data: sticky sessions,
 * unbalanced traffic and unhealthy servers, each once where it finds the problem and once where it
 * finds none, from the group's page and from the FAQ article. Problems are made through the API.
 */
import type { Page } from '@playwright/test';
import type { LoadBalancerListResponse } from '../contract/elb-v2/load-balancers';
import type { MemberListResponse } from '../contract/elb-v2/members';
import type { PoolListResponse } from '../contract/elb-v2/pools';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { pick } from './load-balancer-pages';

interface Group {
  lb: string;
  pool: string;
}

/** The IDs of a demo group; the console must be open (the mock cloud answers in the page). */
async function groupIds(page: Page, lbName: string, poolName: string): Promise<Group> {
  const [lb] = (await api<LoadBalancerListResponse>(page, 'GET', `/v2.0/lbaas/loadbalancers?name=${lbName}`))
    .loadbalancers;
  const [pool] = (
    await api<PoolListResponse>(page, 'GET', `/v2.0/lbaas/pools?loadbalancer_id=${lb!.id}&name=${poolName}`)
  ).pools;
  return { lb: lb!.id, pool: pool!.id };
}

async function openGroupPage(page: Page, group: Group, poolName: string) {
  await openConsole(page, `/load-balancers/${group.lb}/groups/${group.pool}`);
  await expect(page.getByRole('heading', { level: 1, name: poolName })).toBeVisible();
}

const troubleshoot = (page: Page) => page.getByRole('region', { name: 'Troubleshoot' });
const check = (page: Page, list: string, title: string) =>
  page.getByRole('list', { name: list }).getByRole('listitem', { name: title });

async function openQuestion(page: Page, question: RegExp) {
  await page.getByRole('button', { name: 'Troubleshoot' }).click();
  await troubleshoot(page).getByRole('button', { name: question }).click();
}

test.describe('sticky sessions not taking effect', () => {
  test('finds stickiness turned off on the group page', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const web = await groupIds(page, 'elb-web-prod', 'server_group-web');
    await api(page, 'PUT', `/v2.0/lbaas/pools/${web.pool}`, { pool: { session_persistence: null } });
    await openGroupPage(page, web, 'server_group-web');
    await openQuestion(page, /Sticky sessions not taking effect/);
    await expect(check(page, 'Sticky session checks', 'Sticky sessions are enabled')).toContainText('Problem');
    // On the group's page a group without stickiness is not counted as a problem.
    await expect(troubleshoot(page).getByRole('button', { name: /Sticky sessions/ })).toContainText(
      'Sticky sessions off',
    );
    await expectAccessible(page);
  });

  test('finds nothing wrong with a round-robin cookie group on the group page', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const web = await groupIds(page, 'elb-web-prod', 'server_group-web');
    await openGroupPage(page, web, 'server_group-web');
    await openQuestion(page, /Sticky sessions not taking effect/);
    await expect(check(page, 'Sticky session checks', 'Sticky sessions are enabled')).toContainText('Passed');
    await expect(page.getByRole('list', { name: 'Sticky session checks' })).not.toContainText('Problem');
    await expect(troubleshoot(page).getByRole('link', { name: /Why do sticky sessions fail/ })).toHaveAttribute(
      'href',
      '/help/faq/sticky-not-working',
    );
    await expectAccessible(page);
  });

  test('picks a least-connections group in the FAQ article and finds both problems', async ({ page }) => {
    await openConsole(page, '/help/faq/sticky-not-working');
    await pick(page, 'Load balancer', 'elb-api-internal');
    await pick(page, 'Backend server group', /server_group-orders/);
    await expect(check(page, 'Sticky session checks', 'Sticky sessions are enabled')).toContainText('Problem');
    await expect(check(page, 'Sticky session checks', 'The algorithm keeps sessions sticky')).toContainText(
      'Weighted least connections does not keep sessions sticky',
    );
    await expectAccessible(page);
  });

  test('finds nothing wrong in the FAQ article for a group chosen by the link', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const web = await groupIds(page, 'elb-web-prod', 'server_group-web');
    await openConsole(page, `/help/faq/sticky-not-working?loadBalancer=${web.lb}&pool=${web.pool}`);
    await expect(page.getByText('No problem found in the live data.', { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('traffic unbalanced', () => {
  test('finds unequal weights on the group page', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const tls = await groupIds(page, 'elb-web-prod', 'server_group-web-tls');
    const { members } = await api<MemberListResponse>(page, 'GET', `/v2.0/lbaas/pools/${tls.pool}/members`);
    await api(page, 'PUT', `/v2.0/lbaas/pools/${tls.pool}/members/${members[0]!.id}`, { member: { weight: 30 } });
    await openGroupPage(page, tls, 'server_group-web-tls');
    await openQuestion(page, /Traffic unbalanced/);
    await expect(check(page, 'Traffic balance checks', 'Weights')).toContainText('Problem');
    const shares = page.getByRole('table', { name: 'Share of traffic per backend server' });
    await expect(shares.getByRole('row', { name: new RegExp(members[0]!.name) })).toContainText('90.9 %');
    await expectAccessible(page);
  });

  test('finds an even spread, measured in the access logs, on the group page', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const tls = await groupIds(page, 'elb-web-prod', 'server_group-web-tls');
    await openGroupPage(page, tls, 'server_group-web-tls');
    await openQuestion(page, /Traffic unbalanced/);
    await expect(check(page, 'Traffic balance checks', 'Requests per server')).toContainText('got its expected share');
    await expect(page.getByRole('list', { name: 'Traffic balance checks' })).not.toContainText('Problem');
    await expect(page.getByText(/Measured on the newest \d+ requests/)).toBeVisible();
    await expectAccessible(page);
  });

  test('finds source IP hash and an unhealthy server in the FAQ article', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const orders = await groupIds(page, 'elb-api-internal', 'server_group-orders');
    await api(page, 'PUT', `/v2.0/lbaas/pools/${orders.pool}`, { pool: { lb_algorithm: 'SOURCE_IP' } });
    await openConsole(page, `/help/faq/traffic-unbalanced?loadBalancer=${orders.lb}&pool=${orders.pool}`);
    await expect(check(page, 'Traffic balance checks', 'Algorithm')).toContainText('Problem');
    await expect(check(page, 'Traffic balance checks', 'All servers are healthy')).toContainText('ecs-app-04');
    await expect(page.getByRole('link', { name: 'Configure access logging' })).toBeVisible();
    await expectAccessible(page);
  });

  test('finds nothing wrong in the FAQ article for an even group', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const tls = await groupIds(page, 'elb-web-prod', 'server_group-web-tls');
    await openConsole(page, `/help/faq/traffic-unbalanced?loadBalancer=${tls.lb}&pool=${tls.pool}`);
    await expect(check(page, 'Traffic balance checks', 'Requests per server')).toContainText('Passed');
    await expect(page.getByText('No problem found in the live data.', { exact: false })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('unhealthy backend server', () => {
  test('lists a server added on a port it does not listen on, and explains why, in the FAQ article', async ({
    page,
  }) => {
    await openConsole(page, '/load-balancers');
    const web = await groupIds(page, 'elb-web-prod', 'server_group-web');
    const { members } = await api<MemberListResponse>(page, 'GET', `/v2.0/lbaas/pools/${web.pool}/members`);
    // ecs-win-iis-01 listens on 80 and 3389 only.
    await api(page, 'POST', `/v2.0/lbaas/pools/${web.pool}/members`, {
      member: { address: '10.0.1.40', protocol_port: 8080, subnet_id: members[0]!.subnet_id },
    });
    await openConsole(page, `/help/faq/unhealthy-backend?loadBalancer=${web.lb}`);
    const table = page.getByRole('table', { name: 'Unhealthy backend servers' });
    await expect(table.getByRole('row', { name: /ecs-win-iis-01/ })).toContainText('server_group-web');
    await expectAccessible(page);
    await table.getByRole('button', { name: 'Why is ecs-win-iis-01 unhealthy?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why is ecs-win-iis-01 unhealthy?' });
    await expect(dialog.getByRole('listitem', { name: 'The ECS exists and is running' })).toContainText('Passed');
    await expectAccessible(page);
  });

  test('says when no server of the load balancer is unhealthy, in the FAQ article', async ({ page }) => {
    await openConsole(page, '/help/faq/unhealthy-backend');
    await pick(page, 'Load balancer', 'elb-web-prod');
    await expect(page.getByText('No backend server of elb-web-prod is unhealthy.')).toBeVisible();
    await expectAccessible(page);
  });

  test('opens "Why unhealthy?" from the group page, linked to the FAQ, and finds no unhealthy row elsewhere', async ({
    page,
  }) => {
    await openConsole(page, '/load-balancers');
    const orders = await groupIds(page, 'elb-api-internal', 'server_group-orders');
    await openGroupPage(page, orders, 'server_group-orders');
    await page.getByRole('button', { name: 'Why is ecs-app-04 unhealthy?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why is ecs-app-04 unhealthy?' });
    await expect(dialog.getByRole('listitem', { name: 'The ECS exists and is running' })).toContainText('Failed');
    await expect(
      dialog.getByRole('link', { name: /How do I troubleshoot an unhealthy backend server/ }),
    ).toHaveAttribute('href', '/help/faq/unhealthy-backend');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Close' }).click();

    const web = await groupIds(page, 'elb-web-prod', 'server_group-web');
    await openGroupPage(page, web, 'server_group-web');
    await expect(page.getByRole('heading', { name: 'Backend servers (4)' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Why is .* unhealthy\?$/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test('shows the UDP precautions and the probes per node for a UDP group', async ({ page }) => {
  await openConsole(page, '/load-balancers');
  const dns = await groupIds(page, 'elb-dns-resolver', 'server_group-dns');
  await api(page, 'POST', '/v2.0/lbaas/healthmonitors', {
    healthmonitor: { pool_id: dns.pool, type: 'UDP_CONNECT', delay: 5, timeout: 3, max_retries: 3 },
  });
  await openConsole(page, `/help/faq/udp-precautions?loadBalancer=${dns.lb}&pool=${dns.pool}`);
  await expect(check(page, 'Health check checks', 'UDP: ICMP rate limit')).toContainText(
    'sysctl -w net.ipv4.icmp_ratemask=6160',
  );
  await expect(check(page, 'Health check checks', 'Probes per interval')).toContainText('every 5 s from each node');
  await expectAccessible(page);
});
