/** Help where the question arises: the "?" of every page, glossary tooltips and links to FAQ articles. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openConsole, test } from './fixtures';
import { openLoadBalancer } from './load-balancer-pages';

const pageHelp = (page: Page) => page.getByRole('banner').getByRole('link', { name: 'Help for this page' });

test.describe('help links', () => {
  test('the "?" of the load balancer list opens what ELB is', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    await expect(page.getByRole('table', { name: 'Load balancers' })).toBeVisible();
    await expectAccessible(page);
    await pageHelp(page).click();
    await expect(page).toHaveURL(/\/help\/overview#what-is-elb$/);
    await expect(page.getByRole('heading', { name: 'What Is Elastic Load Balancing?' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the "?" follows the open tab of a load balancer', async ({ page }) => {
    await openLoadBalancer(page, 'elb-web-prod', 'Listeners');
    await pageHelp(page).click();
    await expect(page).toHaveURL(/\/help\/faq\/traffic-distribution$/);
    await expect(page.getByRole('heading', { level: 1, name: 'How Does ELB Distribute Traffic?' })).toBeVisible();
    await expectAccessible(page);
  });

  test('the "?" of the quotas page answers how many load balancers can be created', async ({ page }) => {
    await openConsole(page, '/quotas');
    await pageHelp(page).click();
    await expect(page).toHaveURL(/\/help\/faq\/how-many-load-balancers$/);
    await expect(page.getByRole('heading', { level: 1, name: 'How Many Load Balancers Can I Create?' })).toBeVisible();
  });

  test('a glossary term shows its definition on hover and on keyboard focus', async ({ page }) => {
    await openConsole(page, '/load-balancers');
    const header = page.getByRole('columnheader', { name: 'Listeners' });
    await header.getByText('Listeners').hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('Receives client requests on one protocol and port');
    await expectAccessible(page);

    await openConsole(page, '/quotas');
    const term = page.getByRole('table', { name: 'Service Quotas' }).getByText('Backend server groups');
    await term.focus();
    await expect(page.getByRole('tooltip')).toContainText(
      'A set of backend servers that handle the same kind of request',
    );
    await expect(term).toHaveAccessibleDescription(/A set of backend servers/);
  });

  test('a link next to a field opens its FAQ article in a new tab, keeping the form', async ({ page }) => {
    await openConsole(page, '/load-balancers/create');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('elb-keep-me');
    const [article] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: /Public or private network\?/ }).click(),
    ]);
    await expect(article).toHaveURL(/\/help\/faq\/public-or-private$/);
    await expect(
      article.getByRole('heading', { level: 1, name: 'How Can I Create a Public or Private Network Load Balancer?' }),
    ).toBeVisible();
    await expectAccessible(article);
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('elb-keep-me');
    await expectAccessible(page);
  });
});
