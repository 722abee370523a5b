import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const table = () => screen.getByRole('table', { name: 'Load balancers' });

/** Body rows of the list (the header row has no link). */
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .filter((row) => within(row).queryAllByRole('link').length > 0);

/** The load balancer names on screen, in order. */
const rowNames = () => bodyRows().map((row) => within(row).getAllByRole('link')[0]!.textContent);

const rowOf = (name: string) => within(table()).getByRole('link', { name }).closest('tr')!;

async function renderList(path = '/load-balancers', scenario: Parameters<typeof renderRoute>[1] = 'demo') {
  const test = await renderRoute(path, scenario);
  await waitFor(() => expect(bodyRows().length).toBeGreaterThan(0));
  return test;
}

async function choose(user: UserEvent, combobox: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(await screen.findByRole('option', { name: option }));
}

async function search(user: UserEvent, text: string) {
  const box = screen.getByRole('textbox', { name: 'Search' });
  await user.clear(box);
  await user.type(box, text);
  await user.click(screen.getByRole('button', { name: 'Search' }));
}

describe('load balancer list (route)', () => {
  it('shows load balancers with their EIP, listeners and status', async () => {
    await renderRoute('/load-balancers');
    const table = await screen.findByRole('table', { name: 'Load balancers' });
    const row = (await within(table).findByRole('link', { name: 'elb-web-prod' })).closest('tr')!;
    expect(row).toHaveTextContent('80.158.10.21');
    expect(row).toHaveTextContent('Running');
    await waitFor(() => expect(row).toHaveTextContent('HTTP/80'));
  });

  it('says so when the account has no load balancer yet', async () => {
    await renderRoute('/load-balancers', 'empty');
    expect(
      await within(table()).findByText('No load balancers yet. Create one to distribute traffic across your servers.'),
    ).toBeInTheDocument();
  });
});

describe('searching the list', () => {
  it('finds load balancers by part of their name', async () => {
    const { user, router } = await renderList();
    await search(user, 'prod');
    await waitFor(() =>
      expect(rowNames().sort()).toEqual([
        'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01',
        'elb-web-prod',
      ]),
    );
    expect(router.state.location.search).toBe('?q=prod');
  });

  it('finds a load balancer by its EIP', async () => {
    const { user, router } = await renderList();
    // The search field only sticks once a search is applied (see the report); apply the text first.
    await search(user, '80.158.10.22');
    await choose(user, 'Search by', 'EIP');
    await waitFor(() => expect(rowNames()).toEqual(['elb-staging']));
    expect(new URLSearchParams(router.state.location.search).get('by')).toBe('eip');
    expect(rowOf('elb-staging')).toHaveTextContent('80.158.10.22');
  });

  it('finds load balancers by the start of an EIP', async () => {
    await renderList('/load-balancers?q=80.158.10.2&by=eip');
    await waitFor(() =>
      expect(rowNames().sort()).toEqual([
        'elb-payments-gateway-eu-de-production-blue-green-canary-rollout-01',
        'elb-staging',
        'elb-web-prod',
      ]),
    );
    expect(screen.getByRole('combobox', { name: 'Search by' })).toHaveTextContent('EIP');
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveValue('80.158.10.2');
  });

  it('finds a load balancer by its private IP address', async () => {
    const { user } = await renderList();
    await search(user, '10.0.2.100');
    await choose(user, 'Search by', 'Private IP');
    await waitFor(() => expect(rowNames()).toEqual(['elb-api-internal']));
    expect(rowOf('elb-api-internal')).toHaveTextContent('10.0.2.100');
  });

  it('finds load balancers by tag key=value', async () => {
    const { user, router } = await renderList();
    await search(user, 'env=staging');
    await choose(user, 'Search by', 'Tag');
    await waitFor(() => expect(rowNames()).toEqual(['elb-staging']));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('env=staging');
  });

  it('says nothing matches when no load balancer does', async () => {
    const { user } = await renderList();
    await search(user, 'no-such-load-balancer');
    expect(
      await within(table()).findByText('No load balancer matches this search and these filters.'),
    ).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(0);
  });
});

describe('filtering the list', () => {
  it('shows only disabled load balancers with status Disabled', async () => {
    const { user, router } = await renderList();
    await choose(user, 'Status', 'Disabled');
    await waitFor(() => expect(rowNames()).toEqual(['elb-maintenance']));
    expect(rowOf('elb-maintenance')).toHaveTextContent('Disabled');
    expect(router.state.location.search).toBe('?status=disabled');
  });

  it('hides public load balancers with network type Private', async () => {
    const { user } = await renderList();
    await choose(user, 'Network type', 'Private');
    await waitFor(() =>
      expect(rowNames().sort()).toEqual([
        'elb-api-internal',
        'elb-dns-resolver',
        'elb-legacy-unused',
        'elb-maintenance',
      ]),
    );
    for (const row of bodyRows()) expect(row).not.toHaveTextContent(/80\.158\./);
  });
});

describe('paging and sorting', () => {
  it('pages forwards and back by marker, keeping the page in the URL', async () => {
    const { user, router } = await renderList('/load-balancers', 'large');
    const first = rowNames();
    expect(first).toHaveLength(20);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(within(nav).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(rowNames()[0]).not.toBe(first[0]));
    const second = rowNames();
    expect(second).toHaveLength(20);
    expect(second.filter((name) => first.includes(name))).toEqual([]);
    const afterNext = new URLSearchParams(router.state.location.search);
    expect(afterNext.get('marker')).toBeTruthy();
    expect(afterNext.get('dir')).toBeNull();

    await user.click(within(nav).getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(rowNames()).toEqual(first));
    const afterPrevious = new URLSearchParams(router.state.location.search);
    expect(afterPrevious.get('marker')).toBeTruthy();
    expect(afterPrevious.get('dir')).toBe('prev');
  }, 30_000);

  it('puts a non-default page size in the URL and starts again from the first page', async () => {
    const { user, router } = await renderList('/load-balancers', 'large');
    const first = rowNames();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toContain('marker='));

    await choose(user, 'Per page', '10');
    await waitFor(() => expect(rowNames()).toEqual(first.slice(0, 10)));
    expect(router.state.location.search).toBe('?limit=10');
  }, 30_000);

  it('sorts by name, ascending then descending', async () => {
    const { user, router } = await renderList();
    const sortByName = within(table()).getByRole('button', { name: 'Name' });

    await user.click(sortByName);
    await waitFor(() => expect(rowNames()[0]).toBe('elb-api-internal'));
    expect(rowNames().at(-1)).toBe('elb-web-prod');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('name:asc');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(sortByName);
    await waitFor(() => expect(rowNames()[0]).toBe('elb-web-prod'));
    expect(rowNames().at(-1)).toBe('elb-api-internal');
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('name:desc');
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  });
});

describe('row actions', () => {
  it('offers Unbind EIP for a public load balancer and Bind EIP for a private one', async () => {
    const { user } = await renderList();
    await waitFor(() => expect(rowOf('elb-web-prod')).toHaveTextContent('80.158.10.21'));

    await user.click(within(rowOf('elb-web-prod')).getByRole('button', { name: 'More actions for elb-web-prod' }));
    let menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Unbind EIP', 'Disable']);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());

    await user.click(
      within(rowOf('elb-api-internal')).getByRole('button', { name: 'More actions for elb-api-internal' }),
    );
    menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Bind EIP', 'Disable']);
    expect(within(menu).getByRole('menuitem', { name: 'Bind EIP' })).not.toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');

    await user.click(
      within(rowOf('elb-maintenance')).getByRole('button', { name: 'More actions for elb-maintenance' }),
    );
    menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Enable' })).toBeInTheDocument();
  });

  it('keeps Bind EIP disabled and says why when no EIP is free', async () => {
    const { user } = await renderList('/load-balancers', 'large');
    // In `large`, every EIP is bound; find a private load balancer on the first page.
    await waitFor(() => expect(bodyRows().some((row) => row.textContent?.includes('Public'))).toBe(true));
    const row = bodyRows().find((candidate) => !candidate.textContent?.includes('Public'))!;
    await user.click(within(row).getByRole('button', { name: /^More actions for / }));
    const item = within(await screen.findByRole('menu')).getByRole('menuitem', { name: /Bind EIP/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveTextContent(
      'There is no unbound EIP in this region. Assign one, or unbind one from another resource.',
    );
  }, 30_000);

  it('disables Create Load Balancer and says why when the quota is used up', async () => {
    await renderList('/load-balancers', 'quota-full');
    const reason = 'The load balancer quota is used up (7 of 7). Delete a load balancer or ask for a higher quota.';
    expect(await screen.findByText(reason)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Create Load Balancer' })).toHaveAttribute('aria-disabled', 'true');
  });
});
