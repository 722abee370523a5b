/**
 * Guide: forwarding policies (Getting Started, advanced level; forwarding_policy.rst) and HTTP
 * redirection to HTTPS (http_redirection_to_https.rst). Each test starts from a fresh demo scenario.
 */
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { ForwardingPolicies, openListenerTab } from './policy-pages';

test('getting started, advanced level: a policy by domain and one by URL, each with a new group and one ECS', async ({
  page,
}) => {
  await openListenerTab(page, 'elb-web-prod', 'listener-http-80', 'Forwarding Policies');
  const policies = new ForwardingPolicies(page);
  await expect(policies.row('forwarding_policy-api')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add Forwarding Policy' }).click();
  await policies.fill({ name: 'forwarding_policy-ELB01', domain: 'shop.example.com', group: 'server_group-ELB01' });
  await expect(policies.dialog.getByRole('combobox', { name: 'Protocol' })).toHaveText('HTTP');
  await expectAccessible(page);
  await policies.dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Forwarding policy forwarding_policy-ELB01 added.')).toBeVisible();
  await policies.addServer('forwarding_policy-ELB01', 'server_group-ELB01', 'ecs-web-01');

  await policies.add({ name: 'forwarding_policy-ELB02', url: '/ELB02/', group: 'server_group-ELB02' });
  await policies.addServer('forwarding_policy-ELB02', 'server_group-ELB02', 'ecs-web-02');

  await expect(policies.row('forwarding_policy-ELB01')).toContainText('shop.example.com');
  await expect(policies.row('forwarding_policy-ELB01')).toContainText('Normal');
  await expect(policies.row('forwarding_policy-ELB02')).toContainText('/ELB02/Exact match');
  await expect(policies.row('forwarding_policy-ELB02').getByRole('link', { name: 'server_group-ELB02' })).toBeVisible();
  await expectAccessible(page);
});

test('the tester picks the policy the listener would, and the default group otherwise', async ({ page }) => {
  await openListenerTab(page, 'elb-web-prod', 'listener-http-80', 'Forwarding Policies');
  const policies = new ForwardingPolicies(page);
  await policies.add({
    name: 'forwarding_policy-static',
    url: '/api/static/',
    match: 'Prefix match',
    group: 'server_group-static',
  });

  let answer = await policies.test('www.example.com', '/api/static/logo.png');
  // A domain and a prefix outrank a longer prefix without a domain.
  await expect(answer).toContainText('forwarding_policy-api takes it (#1) and forwards it to server_group-api.');
  await expect(policies.row('forwarding_policy-api')).toHaveAttribute('aria-current', 'true');

  answer = await policies.test('shop.example.com', '/api/static/logo.png');
  await expect(answer).toContainText('forwarding_policy-static takes it (#2)');
  await expect(policies.row('forwarding_policy-static')).toHaveAttribute('aria-current', 'true');

  answer = await policies.test('shop.example.com', '/index.html');
  await expect(answer).toContainText("No policy matches: the listener's default group, server_group-web, takes it.");
  await expectAccessible(page);
});

test('a policy that repeats another is Faulty, with why and what to do', async ({ page }) => {
  await openListenerTab(page, 'elb-web-prod', 'listener-http-80', 'Forwarding Policies');
  const policies = new ForwardingPolicies(page);
  await page.getByRole('button', { name: 'Add Forwarding Policy' }).click();
  await policies.fill({
    name: 'forwarding_policy-copy',
    domain: 'www.example.com',
    url: '/api/',
    match: 'Prefix match',
    group: 'server_group-copy',
  });
  await expect(policies.dialog.getByText('forwarding_policy-api already has this domain name and URL.')).toBeVisible();
  await policies.dialog.getByRole('button', { name: 'OK' }).click();

  const note = page.getByRole('alert').filter({ hasText: 'forwarding_policy-copy is Faulty and takes no requests' });
  await expect(note).toContainText('the same as those of forwarding_policy-api');
  await expect(note).toContainText('Delete it and add it again');
  await expect(policies.row('forwarding_policy-copy')).toContainText('Faulty');
  const answer = await policies.test('www.example.com', '/api/orders');
  await expect(answer).toContainText('Faulty policy forwarding_policy-copy matches too but takes no requests.');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Modify forwarding policy forwarding_policy-copy' }).click();
  const modify = page.getByRole('dialog', { name: 'Modify Forwarding Policy forwarding_policy-copy' });
  await expect(modify.getByRole('combobox', { name: 'Group' })).toHaveText('server_group-copy');
  await expectAccessible(page);
  await modify.getByRole('button', { name: 'Cancel' }).click();

  await note.getByRole('button', { name: 'Delete forwarding_policy-copy' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Forwarding Policy' });
  await expectAccessible(page);
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText('Forwarding policy forwarding_policy-copy deleted.')).toBeVisible();
  await expect(note).toHaveCount(0);
});

test('redirects HTTP to HTTPS; the HTTPS listener cannot go while the redirect points at it', async ({ page }) => {
  await openListenerTab(page, 'elb-web-prod', 'listener-http-80', 'Redirects');
  await expect(page.getByText('Only GET and HEAD survive the redirect')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create Redirect' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Redirect' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('redirect-to-https');
  await dialog.getByRole('combobox', { name: 'Redirected To' }).click();
  await page.getByRole('option', { name: 'listener-https-443 (HTTPS/443)' }).click();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Redirect redirect-to-https created.')).toBeVisible();
  const redirects = page.getByRole('table', { name: 'Redirects' });
  await expect(redirects.getByRole('row', { name: /redirect-to-https/ })).toContainText(
    'listener-https-443 (HTTPS/443)',
  );

  await page
    .getByRole('list', { name: 'Listeners' })
    .getByRole('button', { name: /^listener-https-443/ })
    .click();
  await page.getByRole('button', { name: 'Delete listener listener-https-443' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete listener listener-https-443' });
  // The console does not delete the target while a redirect points at it: the redirect must go first.
  await expect(confirm.getByRole('listitem').first()).toHaveText(
    'Delete redirect redirect-to-https (it points at this listener)',
  );
  await expect(confirm.getByRole('button', { name: /^Delete all/ })).toBeDisabled();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('list', { name: 'Listeners' })
    .getByRole('button', { name: /^listener-http-80/ })
    .click();
  await page.getByRole('tab', { name: 'Redirects', exact: true }).click();
  await expect(redirects.getByRole('row', { name: /redirect-to-https/ })).toBeVisible();
});

test("reaches a listener's forwarding policies from the load balancer list's Listener column", async ({ page }) => {
  await openConsole(page, '/load-balancers');
  const row = page.getByRole('row', { name: /elb-web-prod/ });
  await row.getByRole('link', { name: 'HTTP/80' }).click();
  await expect(page.getByRole('heading', { name: 'listener-http-80' })).toBeVisible();
  await page.getByRole('tab', { name: 'Forwarding Policies' }).click();
  await expect(page.getByRole('button', { name: 'forwarding_policy-api', exact: true })).toBeVisible();
});
