/**
 * Guide: HTTPS listeners — server certificate, SNI certificates, mutual authentication, security
 * policy and HTTP/2 (FEATURES §4.8.2, §4.8.4–4.8.6), added with the wizard and changed later.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { openLoadBalancer, pick } from './load-balancer-pages';

async function chooseMany(page: Page, label: string, options: RegExp[]) {
  await page.getByRole('combobox', { name: label }).click();
  for (const option of options) await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

test('adds an HTTPS listener with a server certificate, two SNI certificates and mutual authentication', async ({
  page,
}) => {
  await openLoadBalancer(page, 'elb-legacy-unused', 'Listeners');
  await page.getByRole('link', { name: 'Add Listener' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-https-shop');
  await page.getByRole('radio', { name: 'HTTPS', exact: true }).check();
  await page.getByRole('spinbutton', { name: 'Frontend port' }).fill('443');
  // Nothing chosen yet: the certificate rule stops the step.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('An HTTPS listener needs a server certificate.')).toBeVisible();

  await pick(page, 'Server Certificate', /cert-www-example-com/);
  await chooseMany(page, 'SNI Certificates', [/cert-shop-example-com/, /cert-wildcard-example-org/]);
  await expect(page.getByRole('combobox', { name: 'SNI Certificates' })).toHaveText(
    'cert-shop-example-com, cert-wildcard-example-org',
  );
  await page.getByRole('switch', { name: 'Mutual Authentication' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Select the CA certificate that issued the client certificates.')).toBeVisible();
  await pick(page, 'CA Certificate', /ca-example-demo-clients/);
  await pick(page, 'Security Policy', 'TLS-1-2-Strict');
  await expect(page.getByText('TLS versions TLS 1.2; 12 cipher suites')).toBeVisible();
  await page.getByRole('switch', { name: 'HTTP/2' }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  const group = page.getByRole('region', { name: 'Backend server group' });
  await group.getByRole('textbox', { name: 'Group name' }).fill('server_group-https-shop');
  await expect(group.getByText('Backend protocol: HTTP')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByRole('link', { name: 'cert-www-example-com' })).toBeVisible();
  await expect(review.getByText('TLS-1-2-Strict (TLS 1.2)')).toBeVisible();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Listener listener-https-shop added.')).toBeVisible();

  const info = page.getByRole('tabpanel');
  await expect(info.getByRole('link', { name: 'cert-www-example-com' })).toBeVisible();
  await expect(info.getByRole('link', { name: 'cert-shop-example-com' })).toBeVisible();
  await expect(info.getByRole('link', { name: 'cert-wildcard-example-org' })).toBeVisible();
  await expect(info.getByRole('link', { name: 'ca-example-demo-clients' })).toBeVisible();
  await expect(info.getByText('TLS-1-2-Strict (TLS 1.2)')).toBeVisible();
  await expectAccessible(page);
});

test('modifies the certificates of an HTTPS listener and warns about a security policy change', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
  await page.getByRole('button', { name: /^listener-https-443/ }).click();
  // The expired SNI certificate says so where the listener is shown.
  await expect(page.getByRole('tabpanel').getByText('· expired')).toBeVisible();
  // Basic Information's "Configure" beside SNI opens Modify Listener.
  await page.getByRole('button', { name: 'Configure SNI certificates' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modify listener-https-443' });
  // The expired SNI certificate says so; it is replaced by the unused wildcard one.
  await expect(dialog.getByRole('combobox', { name: 'SNI Certificates' })).toHaveText(
    'cert-shop-example-com, cert-api-example-com',
  );
  await chooseMany(page, 'SNI Certificates', [/cert-api-example-com/, /cert-wildcard-example-org/]);
  await pick(page, 'Security Policy', 'TLS-1-1');
  await expect(dialog.getByText(/Changing the security policy renegotiates TLS/)).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  const info = page.getByRole('tabpanel');
  await expect(info.getByRole('link', { name: 'cert-wildcard-example-org' })).toBeVisible();
  await expect(info.getByRole('link', { name: 'cert-api-example-com' })).toBeHidden();
  await expect(info.getByText('TLS-1-1 (TLS 1.2, TLS 1.1)')).toBeVisible();
});

test('adds an HTTP listener that redirects to the HTTPS listener, without a backend server group', async ({ page }) => {
  await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
  await page.getByRole('link', { name: 'Add Listener' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('listener-http-redirect');
  await page.getByRole('spinbutton', { name: 'Frontend port' }).fill('8080');
  await page.getByRole('switch', { name: 'Redirect to an HTTPS listener' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  const missing = page.getByText('Select the HTTPS listener to redirect to.');
  await expect(missing).toBeVisible();
  await pick(page, 'Redirected To', /listener-https-443/);
  // The message goes once the target is chosen; until then the form below it has not moved up yet.
  await expect(missing).toBeHidden();
  await page.getByRole('button', { name: 'Next' }).click();

  // Straight to the review: no group, no health check.
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByText('Every request is redirected to listener-https-443')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.getByText('Listener listener-http-redirect added.')).toBeVisible();
  await page.getByRole('tab', { name: 'Redirects' }).click();
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /listener-https-443/ })).toBeVisible();
});
