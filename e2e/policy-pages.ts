/** Page objects of the forwarding policy and redirect pages of a listener: role and label locators only. */
import { expect, type Locator, type Page } from '@playwright/test';
import { openLoadBalancer } from './load-balancer-pages';

/** Opens a listener of a load balancer on one of its pane tabs. */
export async function openListenerTab(page: Page, loadBalancer: string, listener: string, tab: string): Promise<void> {
  await openLoadBalancer(page, loadBalancer, 'Listeners');
  await page
    .getByRole('list', { name: 'Listeners' })
    .getByRole('button', { name: new RegExp(`^${listener}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: listener })).toBeVisible();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

export class ForwardingPolicies {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Forwarding policies' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('button', { name, exact: true }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Add Forwarding Policy' });
  }

  /** Add Forwarding Policy with a new group (and its default HTTP health check); waits for the toast. */
  async add(policy: { name: string; domain?: string; url?: string; match?: string; group: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add Forwarding Policy' }).click();
    await this.fill(policy);
    await this.dialog.getByRole('button', { name: 'OK' }).click();
    await expect(this.page.getByText(`Forwarding policy ${policy.name} added.`)).toBeVisible();
  }

  async fill(policy: { name: string; domain?: string; url?: string; match?: string; group: string }): Promise<void> {
    const dialog = this.dialog;
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(policy.name);
    if (policy.domain) await dialog.getByRole('textbox', { name: 'Domain Name' }).fill(policy.domain);
    if (policy.match) await dialog.getByRole('radio', { name: policy.match }).check();
    if (policy.url) await dialog.getByRole('textbox', { name: 'URL', exact: true }).fill(policy.url);
    await dialog.getByRole('radio', { name: 'Create new' }).check();
    await dialog.getByRole('textbox', { name: 'Group name' }).fill(policy.group);
  }

  /** The selected policy's group, with its backend servers. */
  groupSection(policy: string, group: string): Locator {
    return this.page.getByRole('region', { name: `Backend servers of ${policy}: ${group}` });
  }

  /** Selects a policy and adds one ECS on port 80 to its group. */
  async addServer(policy: string, group: string, ecs: string): Promise<void> {
    await this.table.getByRole('button', { name: policy, exact: true }).click();
    const section = this.groupSection(policy, group);
    await section.getByRole('button', { name: 'Add', exact: true }).click();
    const add = this.page.getByRole('dialog', { name: `Add Backend Servers to ${group}` });
    await add.getByRole('checkbox', { name: `Select ${ecs}` }).check();
    await add.getByRole('spinbutton', { name: `Backend port of ${ecs}` }).fill('80');
    await add.getByRole('button', { name: 'OK' }).click();
    await expect(
      section.getByRole('table', { name: 'Backend servers' }).getByRole('row', { name: new RegExp(ecs) }),
    ).toBeVisible();
  }

  async test(host: string, path: string): Promise<Locator> {
    await this.page.getByRole('textbox', { name: 'Host' }).fill(host);
    await this.page.getByRole('textbox', { name: 'Path' }).fill(path);
    return this.page.getByRole('status', { name: 'Which policy takes this request?' });
  }
}
