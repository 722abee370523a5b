import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { testConfig, type RouteTest } from '../../../testing/render-route';
import { openListenerSection, policiesNamed, poolsNamed } from './policy-test-helpers';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const L7POLICIES = `${testConfig.endpoints.elb}/v2.0/lbaas/l7policies`;

afterEach(() => server.resetHandlers());

const openPolicies = () => openListenerSection('elb-web-prod', 'listener-http-80', 'policies');

async function policyTable() {
  const table = await screen.findByRole('table', { name: 'Forwarding policies' });
  await within(table).findByRole('button', { name: 'forwarding_policy-api' });
  return table;
}

async function openAddDialog({ user }: RouteTest) {
  await policyTable();
  await user.click(screen.getByRole('button', { name: 'Add Forwarding Policy' }));
  return screen.findByRole('dialog', { name: 'Add Forwarding Policy' });
}

/** Fills in the policy and chooses "Create new" with a group name. */
async function fillPolicy(
  { user }: RouteTest,
  dialog: HTMLElement,
  fields: { name: string; domain?: string; url?: string; group: string },
) {
  const name = within(dialog).getByRole('textbox', { name: 'Name' });
  await user.clear(name);
  await user.type(name, fields.name);
  if (fields.domain) await user.type(within(dialog).getByRole('textbox', { name: 'Domain Name' }), fields.domain);
  if (fields.url) await user.type(within(dialog).getByRole('textbox', { name: 'URL' }), fields.url);
  await user.click(within(dialog).getByRole('radio', { name: 'Create new' }));
  const group = within(dialog).getByRole('textbox', { name: 'Group name' });
  await user.clear(group);
  await user.type(group, fields.group);
}

describe('Forwarding Policies tab', () => {
  it('adds a policy by domain and URL that forwards to a new group with a health check', async () => {
    const test = await openPolicies();
    const dialog = await openAddDialog(test);
    await fillPolicy(test, dialog, {
      name: 'forwarding_policy-ELB01',
      domain: 'www.example.com',
      url: '/ELB01/',
      group: 'server_group-ELB01',
    });
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Forwarding policy forwarding_policy-ELB01 added.')).toBeInTheDocument();

    const [pool] = poolsNamed(test.cloud, 'server_group-ELB01');
    expect(pool).toMatchObject({ protocol: 'HTTP', lb_algorithm: 'ROUND_ROBIN' });
    const [policy] = policiesNamed(test.cloud, 'forwarding_policy-ELB01');
    expect(policy).toMatchObject({ redirect_pool_id: pool!.id, provisioning_status: 'ACTIVE' });
    const monitor = test.cloud.store.read((tx) => tx.all('healthmonitors').find((row) => row.pool_id === pool!.id));
    expect(monitor).toMatchObject({ type: 'HTTP' });

    const table = await policyTable();
    const row = (await within(table).findByRole('button', { name: 'forwarding_policy-ELB01' })).closest('tr')!;
    // An exact URL with a domain is checked before the demo's prefix policy.
    expect(row).toHaveTextContent(
      // The status sits under the name.
      /^1forwarding_policy-ELB01Normalwww\.example\.com\/ELB01\/Exact matchserver_group-ELB01/,
    );
    expect(within(row).getByRole('link', { name: 'server_group-ELB01' })).toHaveAttribute(
      'href',
      `/load-balancers/${test.lbId}/groups/${pool!.id}`,
    );
    // The new policy is selected: its group's servers are shown, ready for Add.
    expect(
      await screen.findByRole('heading', { name: 'Backend servers of forwarding_policy-ELB01: server_group-ELB01' }),
    ).toBeInTheDocument();
  }, 40_000);

  it('names the broken rule under its field and sends nothing', async () => {
    const test = await openPolicies();
    const dialog = await openAddDialog(test);
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const domain = within(dialog).getByRole('textbox', { name: 'Domain Name' });
    const url = within(dialog).getByRole('textbox', { name: 'URL' });
    await waitFor(() => expect(domain).toHaveAccessibleDescription('Specify a domain name, a URL, or both.'));
    expect(url).toHaveAccessibleDescription('Specify a domain name, a URL, or both.');

    await test.user.type(domain, '-shop.example.com');
    await test.user.type(url, 'ELB01');
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await waitFor(() =>
      expect(domain).toHaveAccessibleDescription('The domain name must start with a letter or digit.'),
    );
    expect(url).toHaveAccessibleDescription('An exact or prefix match URL must start with a slash (/).');
    await test.user.click(within(dialog).getByRole('radio', { name: 'Regular expression match' }));
    await waitFor(() => expect(url).not.toHaveAccessibleDescription(/must start with a slash/));
    expect(policiesNamed(test.cloud, 'forwarding_policy-2')).toHaveLength(0);
  }, 30_000);

  it('shows the code and message of a refused call, keeps what was typed, and does not create the group twice', async () => {
    const test = await openPolicies();
    const dialog = await openAddDialog(test);
    await fillPolicy(test, dialog, { name: 'forwarding_policy-img', url: '/images/', group: 'server_group-img' });
    server.use(
      http.post(L7POLICIES, () =>
        HttpResponse.json({ error_code: 'ELB.8905', error_msg: 'l7policy quota exceeded.' }, { status: 409 }),
      ),
    );
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await within(dialog).findByText('ELB.8905')).toBeInTheDocument();
    expect(within(dialog).getByText(/l7policy quota exceeded\./)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('forwarding_policy-img');
    expect(within(dialog).getByRole('textbox', { name: 'URL' })).toHaveValue('/images/');
    expect(
      within(dialog).getByText(/server_group-img was created\. OK now only adds the forwarding policy/),
    ).toBeInTheDocument();

    server.resetHandlers();
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Forwarding policy forwarding_policy-img added.')).toBeInTheDocument();
    expect(poolsNamed(test.cloud, 'server_group-img')).toHaveLength(1);
    expect(policiesNamed(test.cloud, 'forwarding_policy-img')[0]!.redirect_pool_id).toBe(
      poolsNamed(test.cloud, 'server_group-img')[0]!.id,
    );
  }, 40_000);

  it('warns about a duplicate, then explains why it is Faulty and what to do', async () => {
    const test = await openPolicies();
    const dialog = await openAddDialog(test);
    await fillPolicy(test, dialog, {
      name: 'forwarding_policy-copy',
      domain: 'www.example.com',
      url: '/api/',
      group: 'server_group-copy',
    });
    await test.user.click(within(dialog).getByRole('radio', { name: 'Prefix match' }));
    expect(within(dialog).getByText(/forwarding_policy-api already has this domain name and URL/)).toBeInTheDocument();
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    await screen.findByText('Forwarding policy forwarding_policy-copy added.');

    const alert = await screen.findByText('forwarding_policy-copy is Faulty and takes no requests');
    const note = alert.closest('[role="alert"]') as HTMLElement;
    expect(note).toHaveTextContent('the same as those of forwarding_policy-api');
    expect(note).toHaveTextContent('Delete it and add it again');
    const row = within(await policyTable())
      .getByRole('button', { name: 'forwarding_policy-copy' })
      .closest('tr')!;
    expect(row).toHaveTextContent('Faulty');
    expect(row).toHaveTextContent('Not checked');

    await test.user.click(within(note).getByRole('button', { name: 'Delete forwarding_policy-copy' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete Forwarding Policy' });
    await test.user.click(within(confirm).getByRole('button', { name: 'Yes' }));
    await waitFor(() =>
      expect(screen.queryByText('forwarding_policy-copy is Faulty and takes no requests')).toBeNull(),
    );
    expect(policiesNamed(test.cloud, 'forwarding_policy-copy')).toHaveLength(0);
  }, 40_000);

  it('modifies the name and the rules: updates the URL rule and deletes the cleared domain rule', async () => {
    const test = await openPolicies();
    const table = await policyTable();
    await test.user.click(
      within(table).getByRole('button', { name: 'Modify forwarding policy forwarding_policy-api' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Modify Forwarding Policy forwarding_policy-api' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(within(dialog).getByRole('textbox', { name: 'Domain Name' })).toHaveValue('www.example.com');
    expect(within(dialog).getByRole('radio', { name: 'Prefix match' })).toBeChecked();
    expect(within(dialog).getByRole('combobox', { name: 'Group' })).toHaveTextContent('server_group-api');
    await test.user.clear(name);
    await test.user.type(name, 'forwarding_policy-api-v2');
    await test.user.clear(within(dialog).getByRole('textbox', { name: 'Domain Name' }));
    const url = within(dialog).getByRole('textbox', { name: 'URL' });
    await test.user.clear(url);
    await test.user.type(url, '/api/v2/');
    await test.user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText('Forwarding policy forwarding_policy-api-v2 modified.')).toBeInTheDocument();

    const [policy] = policiesNamed(test.cloud, 'forwarding_policy-api-v2');
    const rules = test.cloud.store.read((tx) => tx.all('l7rules').filter((rule) => rule.l7policy_id === policy!.id));
    expect(rules.map((rule) => [rule.type, rule.compare_type, rule.value])).toEqual([
      ['PATH', 'STARTS_WITH', '/api/v2/'],
    ]);
    const row = (await within(table).findByRole('button', { name: 'forwarding_policy-api-v2' })).closest('tr')!;
    expect(row).toHaveTextContent('/api/v2/Prefix match');
  }, 30_000);

  it('tells which policy takes a request and highlights its row', async () => {
    const test = await openPolicies();
    const table = await policyTable();
    const answer = screen.getByRole('status', { name: 'Which policy takes this request?' });
    await test.user.type(screen.getByRole('textbox', { name: 'Host' }), 'www.example.com');
    await test.user.type(screen.getByRole('textbox', { name: 'Path' }), '/api/orders?id=7');
    expect(answer).toHaveTextContent('forwarding_policy-api takes it (#1) and forwards it to server_group-api.');
    const row = within(table).getByRole('button', { name: 'forwarding_policy-api' }).closest('tr')!;
    expect(row).toHaveAttribute('aria-current', 'true');

    await test.user.clear(screen.getByRole('textbox', { name: 'Host' }));
    await test.user.type(screen.getByRole('textbox', { name: 'Host' }), 'shop.example.com');
    expect(answer).toHaveTextContent("No policy matches: the listener's default group, server_group-web, takes it.");
    expect(row).not.toHaveAttribute('aria-current');
  }, 30_000);
});
