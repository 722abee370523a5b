/** Guide: Service Overview, FAQs, Appendix (FEATURES §1, §12, §13) — the help center and its pages. */
import { expect, expectAccessible, openConsole, test } from './fixtures';

test('searches all help, keeps the query in the URL and opens a result', async ({ page }) => {
  await openConsole(page, '/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Help center' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Appendix' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Search help' }).fill('toa kernel');
  await expect(page).toHaveURL(/[?&]q=toa(\+|%20)kernel/);
  const results = page.getByRole('list', { name: 'Search results' });
  const first = results.getByRole('listitem').first();
  await expect(first).toContainText('Appendix');
  await expect(first.locator('mark').first()).toHaveText(/toa/i);
  await expectAccessible(page);
  await first.getByRole('link', { name: 'Configuring the TOA Plug-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configuring the TOA Plug-in' })).toBeVisible();
  await expect(page).toHaveURL(/\/help\/toa-plug-in/);

  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Search help' })).toHaveValue('toa kernel');
  await page.getByRole('searchbox', { name: 'Search help' }).fill('no such words anywhere');
  await expect(page.getByRole('status')).toHaveText('No help page matches “no such words anywhere”.');
  await page.getByRole('link', { name: 'all frequently asked questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questions summary' })).toBeVisible();
});

test('shows the service overview with the request diagram and the glossary, and lands on a section', async ({
  page,
}) => {
  // The hash goes last: openConsole would append the scenario to it.
  await page.goto('/help/overview?scenario=demo#basic-concepts');
  await expect(page.getByRole('heading', { level: 1, name: 'Service Overview' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Basic Concepts' })).toBeInViewport();
  const glossary = page.getByRole('region', { name: 'Basic Concepts' });
  await expect(glossary.getByRole('term').filter({ hasText: 'Sticky session' })).toBeVisible();
  await expect(glossary.getByRole('definition').first()).not.toBeEmpty();

  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'How ELB Works' }).click();
  const diagram = page.getByRole('figure', { name: 'How a request travels through a load balancer' });
  await expect(diagram).toBeInViewport();
  await expect(diagram.getByRole('list', { name: 'From client to backend server' }).getByRole('listitem')).toHaveCount(
    5,
  );
  await expect(diagram.getByRole('list', { name: 'HTTP and HTTPS listeners (layer 7)' })).toContainText(
    'Nginx cluster',
  );
  await expect(page.getByRole('region', { name: 'Region and AZ' })).toContainText('This console works in region');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Compare classic and enhanced load balancers' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Differences Between Classic and Enhanced Load Balancers' }),
  ).toBeVisible();
});

test('goes from the FAQ landing page to an article and back through its breadcrumb', async ({ page }) => {
  await openConsole(page, '/help');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'FAQs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questions summary' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Popular questions' }).getByRole('listitem')).not.toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Search the FAQs' }).fill('udp');
  await page
    .getByRole('list', { name: 'Search results' })
    .getByRole('link', { name: 'What Are the Precautions of Using UDP?' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'What Are the Precautions of Using UDP?' })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(article.getByRole('navigation', { name: 'Related' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Health check' }).click();
  await expect(page).toHaveURL(/\/help\/faq#healthCheck$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Health check' })).toBeInViewport();
});

test('shows the TOA appendix with its steps and copyable commands', async ({ page }) => {
  await openConsole(page, '/help/toa-plug-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Configuring the TOA Plug-in' })).toBeVisible();
  const steps = page.getByRole('region', { name: 'Steps in outline' });
  await expect(steps.getByRole('listitem').first()).toContainText('kernel version');
  await expect(steps.locator('code').filter({ hasText: 'insmod toa.ko' })).toBeVisible();
  await expect(steps.getByRole('button', { name: 'Copy “insmod toa.ko”' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Limits' })).toContainText('NAT');
  await expectAccessible(page);
});

test('answers an unknown FAQ with a way back', async ({ page }) => {
  await openConsole(page, '/help/faq/not-a-question');
  await expect(page.getByRole('heading', { level: 1, name: 'Question not found' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'See all frequently asked questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Questions summary' })).toBeVisible();
});
