/** Page objects of the load balancer chapter: role and label locators only. */
import type { Locator, Page } from '@playwright/test';

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
