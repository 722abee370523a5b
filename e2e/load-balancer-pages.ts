/** Page objects of the load balancer chapter: role and label locators only. */
import { expect, type Locator, type Page } from '@playwright/test';
import { openConsole, type Scenario } from './fixtures';

export class LoadBalancerList {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Load balancers' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async search(by: string, text: string): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Search by' }).click();
    await this.page.getByRole('option', { name: by, exact: true }).click();
    await this.page.getByRole('textbox', { name: 'Search' }).fill(text);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  async openMore(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `More actions for ${name}` }).click();
  }
}

export class LoadBalancerDetail {
  constructor(readonly page: Page) {}

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }

  status(label: string): Locator {
    return this.page.getByRole('banner').or(this.page.locator('header')).getByText(label, { exact: true });
  }
}

/** Opens a load balancer's page from the list, as a user would, optionally on one tab. */
export async function openLoadBalancer(page: Page, name: string, tab?: string, scenario?: Scenario): Promise<void> {
  await openConsole(page, '/load-balancers', scenario);
  await new LoadBalancerList(page).table.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Chooses an option of a labelled select. */
export async function pick(page: Page, label: string, option: RegExp | string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
  // The menu closes with a transition; until it has, a click elsewhere may land on its backdrop.
  await expect(page.getByRole('listbox')).toBeHidden();
}

/** The create form's required fields: VPC vpc-prod, subnet subnet-web, a name. */
export async function fillValidForm(page: Page, name: string): Promise<void> {
  await pick(page, 'VPC', /vpc-prod/);
  await pick(page, 'Subnet', /subnet-web/);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
}
