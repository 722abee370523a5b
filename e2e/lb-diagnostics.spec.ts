/**
 * The load balancer and listener diagnostics (issue 7): each finds the problem in one state and none
 * in another, from the page where its question arises and from its FAQ article.
 */
import type { Page } from '@playwright/test';
import type { CertificateListResponse } from '../contract/elb-v2/certificates';
import type { ListenerListResponse } from '../contract/elb-v2/listeners';
import type { LoadBalancerListResponse } from '../contract/elb-v2/load-balancers';
import type { PublicIp } from '../contract/vpc/publicips';
import { api, PROJECT_ID } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

const problems = (page: Page) => page.getByRole('status').filter({ hasText: /problems? found/ });
const noProblem = (page: Page) => page.getByRole('status').filter({ hasText: 'No problem found in the live data.' });

async function openFaq(page: Page, topic: string, loadBalancer: string, listener?: RegExp) {
  await openConsole(page, `/help/faq/${topic}`);
  await pick(page, 'Load balancer', loadBalancer);
  if (listener) await pick(page, 'Listener', listener);
}

test.describe('traffic', () => {
  test('finds failed client requests from the Monitoring tab', async ({ page }) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Monitoring');
    await page.getByRole('button', { name: 'Frontend and backend traffic differ' }).click();
    const list = page.getByRole('list', { name: 'Traffic consistency checks for elb-web-prod' });
    await expect(list.getByText(/\d+ failed client requests \(4xx\) in the last 24 hours/)).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expect(page.getByRole('heading', { name: '4xx Status Codes' })).toBeVisible();
    await expectAccessible(page);
    await list.getByRole('link', { name: 'Open the access logs' }).click();
    await expect(page.getByRole('tab', { name: 'Access Logs', selected: true })).toBeVisible();
  });

  test('finds no inconsistency on a load balancer without traffic (FAQ)', async ({ page }) => {
    await openFaq(page, 'traffic-inconsistent', 'elb-legacy-unused');
    await expect(page.getByRole('list', { name: 'Traffic consistency checks for elb-legacy-unused' })).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('stress test: unhealthy servers on elb-api-internal (Monitoring tab)', async ({ page }) => {
    await openLoadBalancer(page, 'elb-api-internal', 'Monitoring');
    await page.getByRole('button', { name: 'Stress test fails or access is slow' }).click();
    const list = page.getByRole('list', { name: 'Stress test checks for elb-api-internal' });
    await expect(list.getByText(/A backend server was unhealthy in the last 24 hours/)).toBeVisible();
    await expect(list.getByRole('button', { name: 'Copy: netstat -an | grep TIME_WAIT | wc -l' })).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('stress test: nothing wrong with elb-web-prod (FAQ)', async ({ page }) => {
    await openFaq(page, 'stress-test', 'elb-web-prod');
    const list = page.getByRole('list', { name: 'Stress test checks for elb-web-prod' });
    await expect(list.getByText(/% of the EIP's 100 Mbit\/s/)).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('client IP', () => {
  test('a TCP listener needs the TOA plug-in and links to the appendix', async ({ page }) => {
    await openLoadBalancer(page, 'elb-api-internal', 'Listeners');
    await expect(page.getByText(/or the TOA plug-in is installed on them/)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Configure the TOA plug-in' }).click();
    await expect(page).toHaveURL(/\/help\/toa-plug-in/);
  });

  test('UDP needs Obtain Client IP Address; HTTP passes it in X-Forwarded-For (FAQ)', async ({ page }) => {
    await openFaq(page, 'client-real-ip', 'elb-dns-resolver', /listener-udp-53/);
    await expect(page.getByText(/Obtain Client IP Address is off for this listener, so UDP packets/)).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Copy: {"listener": {"transparent_client_ip_enable": true}}' }),
    ).toBeVisible();
    await expectAccessible(page);

    await pick(page, 'Load balancer', 'elb-web-prod');
    await pick(page, 'Listener', /listener-http-80/);
    await expect(page.getByText(/^ELB puts the client's address first/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy: set_real_ip_from 100.125.0.0/16;' })).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('a TCP listener with Obtain Client IP Address on needs nothing else (FAQ)', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const { listeners } = await api<ListenerListResponse>(page, 'GET', '/v2.0/lbaas/listeners?name=listener-tcp-8080');
    await api(page, 'PUT', `/v3/${PROJECT_ID}/elb/listeners/${listeners[0]!.id}`, {
      listener: { transparent_client_ip_enable: true },
    });
    await openFaq(page, 'client-real-ip', 'elb-api-internal', /listener-tcp-8080/);
    await expect(page.getByText(/^Obtain Client IP Address is on for this listener/)).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('WebSocket', () => {
  test('an HTTP listener carries ws:// with no setting', async ({ page }) => {
    await openLoadBalancer(page, 'elb-staging', 'Listeners');
    await expect(page.getByText('WebSocket: ws:// works on this listener with no setting.')).toBeVisible();
    await page.getByRole('link', { name: 'Using WebSocket' }).click();
    await expect(page.getByRole('combobox', { name: 'Load balancer' })).toContainText('elb-staging');
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('a UDP-only load balancer carries no WebSocket (FAQ)', async ({ page }) => {
    await openFaq(page, 'websocket', 'elb-dns-resolver');
    await expect(
      page.getByText('UDP listener: WebSocket runs over TCP, so it cannot use this listener.'),
    ).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('multiple certificates', () => {
  test('finds the expired SNI certificate of listener-https-443', async ({ page }) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
    await page.getByRole('button', { name: /listener-https-443/ }).click();
    await page.getByRole('button', { name: 'Check certificates' }).click();
    const dialog = page.getByRole('dialog', { name: 'Certificates of listener-https-443' });
    await expect(dialog.getByText(/Expired but still served .*cert-api-example-com/)).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(/problems? found/);
    await expectAccessible(page);
  });

  test('passes valid SNI certificates with their own domains (FAQ)', async ({ page }) => {
    await openConsole(page, '/help/faq/multiple-certificates');
    const listener = (await api<ListenerListResponse>(page, 'GET', '/v2.0/lbaas/listeners?name=listener-https-443'))
      .listeners[0]!;
    const wildcard = (
      await api<CertificateListResponse>(page, 'GET', '/v2.0/lbaas/certificates?name=cert-wildcard-example-org')
    ).certificates[0]!;
    await api(page, 'PUT', `/v2.0/lbaas/listeners/${listener.id}`, { listener: { sni_container_refs: [wildcard.id] } });
    await page.reload();
    await pick(page, 'Load balancer', 'elb-web-prod');
    await pick(page, 'Listener', /listener-https-443/);
    await expect(page.getByText(/SNI is on with 1 of at most 30/)).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('load balancer', () => {
  test('warns that a load balancer without listeners cannot distribute traffic', async ({ page }) => {
    await openLoadBalancer(page, 'elb-legacy-unused');
    await expect(page.getByText('ELB cannot distribute traffic: this load balancer has no listener.')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Read the FAQ' }).click();
    await expect(page.getByRole('combobox', { name: 'Load balancer' })).toContainText('elb-legacy-unused');
    await expect(problems(page)).toBeVisible();
  });

  test('finds nothing missing on elb-web-prod and an empty group on elb-dns-resolver (FAQ)', async ({ page }) => {
    await openFaq(page, 'elb-used-separately', 'elb-web-prod');
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
    await pick(page, 'Load balancer', 'elb-dns-resolver');
    await expect(page.getByText(/Backend server groups without servers: server_group-dns/)).toBeVisible();
    await expect(problems(page)).toBeVisible();
  });

  test('quota usage: room left in the demo, used up in quota-full', async ({ page }) => {
    await openConsole(page, '/help/faq/how-many-load-balancers');
    await expect(
      page.getByRole('list', { name: 'Quota usage' }).getByText(/of 50 in use across the account/),
    ).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
    await openConsole(page, '/help/faq/how-many-load-balancers', 'quota-full');
    await expect(page.getByText(/the quota is used up, so Create is blocked/).first()).toBeVisible();
    await expect(problems(page)).toBeVisible();
  });
});

test.describe('bandwidth and deletion', () => {
  const projectId = (page: Page) =>
    page.evaluate(async () => {
      const config = (await (await fetch('/config.json')).json()) as { projects: { id: string }[] };
      return config.projects[0]!.id;
    });

  test('traffic well under the EIP bandwidth of elb-web-prod (FAQ)', async ({ page }) => {
    await openFaq(page, 'bandwidth-vs-backend', 'elb-web-prod');
    await expect(page.getByText(/% of the EIP's 100 Mbit\/s/)).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('a 1 Mbit/s EIP on elb-api-internal is saturated (FAQ)', async ({ page }) => {
    await openConsole(page, '/help/faq/adjust-bandwidth');
    const project = await projectId(page);
    const [lb] = (await api<LoadBalancerListResponse>(page, 'GET', '/v2.0/lbaas/loadbalancers?name=elb-api-internal'))
      .loadbalancers;
    const { publicip } = await api<{ publicip: PublicIp }>(page, 'POST', `/v1/${project}/publicips`, {
      publicip: { type: '5_bgp' },
      bandwidth: { name: 'bandwidth-stress', size: 1, share_type: 'PER' },
    });
    await api(page, 'PUT', `/v1/${project}/publicips/${publicip.id}`, { publicip: { port_id: lb!.vip_port_id } });
    await page.reload();
    await pick(page, 'Load balancer', 'elb-api-internal');
    await expect(page.getByText(/of the EIP's 1 Mbit\/s. At the limit packets are dropped/)).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expectAccessible(page);
  });

  test('deleting elb-web-prod takes its listeners along and keeps its EIP; elb-legacy-unused goes alone (FAQ)', async ({
    page,
  }) => {
    await openFaq(page, 'delete-impact', 'elb-web-prod');
    await expect(page.getByText(/Resources to remove first, lost with it \(\d+\): 2 listeners/)).toBeVisible();
    await expect(page.getByText(/The EIP 80.158.10.21 is unbound, not released/)).toBeVisible();
    await expect(problems(page)).toBeVisible();
    await expectAccessible(page);
    await pick(page, 'Load balancer', 'elb-legacy-unused');
    await expect(page.getByText('Nothing is left under this load balancer: it can be deleted at once.')).toBeVisible();
    await expect(noProblem(page)).toBeVisible();
  });
});
