import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadBalancerListResponse } from '../../../../contract/elb-v2/load-balancers';
import { server } from '../../../mocks/node';
import { renderRoute, type RouteTest } from '../../../testing/render-route';
import { send } from './trace-test-helpers';

type Cloud = RouteTest['cloud'];

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const table = () => screen.getByRole('table', { name: 'Traces' });
const dataRows = () => within(table()).queryAllByRole('button', { name: /^View Trace / });

/** Gives each demo load balancer a new description, `rounds` times: one updateLoadbalancer trace each. */
async function updateAll(cloud: Cloud, rounds: number) {
  const list = (await send(cloud, 'GET', '/v2.0/lbaas/loadbalancers')) as LoadBalancerListResponse;
  const ids = list.loadbalancers.map((lb) => lb.id);
  for (let round = 0; round < rounds; round += 1) {
    for (const id of ids)
      await send(cloud, 'PUT', `/v2.0/lbaas/loadbalancers/${id}`, { loadbalancer: { description: `r${round}` } });
  }
  return ids;
}

/** The trace queries the page sends, as search params. */
const sent: URLSearchParams[] = [];
const listener = ({ request }: { request: Request }) => {
  const url = new URL(request.url);
  if (/^\/v3\/[0-9a-f]{32}\/traces$/.test(url.pathname)) sent.push(url.searchParams);
};
server.events.on('request:start', listener);
afterEach(() => {
  sent.length = 0;
});

async function renderTraces(path: string, rounds = 0) {
  const test = await renderRoute(path);
  const ids = await updateAll(test.cloud, rounds);
  await test.user.click(screen.getByRole('button', { name: 'Refresh' }));
  return { ...test, ids };
}

describe('traces page (route)', () => {
  it('explains, when empty, that every change leaves a trace kept for 7 days', async () => {
    await renderRoute('/traces');
    expect(await screen.findByText('No traces match these filters.')).toBeVisible();
    expect(screen.getByText(/A trace appears here for every change .* kept for 7 days/)).toBeVisible();
    expect(sent.at(-1)?.get('trace_type')).toBe('system');
    expect(Number(sent.at(-1)?.get('to')) - Number(sent.at(-1)?.get('from'))).toBe(3_600_000);
  });

  it('sends the filters as the API query and keeps them in the URL', async () => {
    const { user, router } = await renderTraces('/traces', 1);
    await waitFor(() => expect(dataRows()).toHaveLength(7));
    await user.click(screen.getByRole('combobox', { name: 'Resource Type' }));
    await user.click(screen.getByRole('option', { name: 'loadbalancer' }));
    await user.click(screen.getByRole('combobox', { name: 'Search By' }));
    await user.click(screen.getByRole('option', { name: 'Trace name' }));
    await user.click(screen.getByRole('combobox', { name: 'Trace name' }));
    // Only the load balancer's trace names are offered once its type is chosen.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'All trace names',
      'createLoadbalancer',
      'updateLoadbalancer',
      'deleteLoadbalancer',
    ]);
    await user.click(screen.getByRole('option', { name: 'updateLoadbalancer' }));
    await user.click(screen.getByRole('combobox', { name: 'Trace Status' }));
    await user.click(screen.getByRole('option', { name: 'Normal' }));
    await user.type(screen.getByRole('textbox', { name: 'Operator' }), 'ops-admin');
    await user.click(screen.getByRole('button', { name: 'Last 1 week' }));
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?resourceType=loadbalancer&searchBy=trace_name&search=updateLoadbalancer&user=ops-admin&rating=normal&range=1w',
      ),
    );
    await waitFor(() => expect(sent.at(-1)?.get('trace_name')).toBe('updateLoadbalancer'));
    const query = sent.at(-1)!;
    expect(Object.fromEntries([...query].filter(([key]) => key !== 'from' && key !== 'to'))).toEqual({
      trace_type: 'system',
      resource_type: 'loadbalancer',
      trace_name: 'updateLoadbalancer',
      user: 'ops-admin',
      trace_rating: 'normal',
      limit: '10',
    });
    expect(Number(query.get('to')) - Number(query.get('from'))).toBe(7 * 24 * 3_600_000);
    await waitFor(() => expect(dataRows()).toHaveLength(7));

    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('pages forward and back with the next markers', async () => {
    const { user, router } = await renderTraces('/traces', 2);
    await waitFor(() => expect(dataRows()).toHaveLength(10));
    expect(screen.getByText('Traces 1–10')).toBeVisible();
    const first = within(table()).getAllByRole('row')[1]!.textContent;
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(dataRows()).toHaveLength(4));
    expect(router.state.location.search).toMatch(/^\?marker=[0-9a-f-]+$/);
    expect(sent.at(-1)?.get('next')).toBe(new URLSearchParams(router.state.location.search).get('marker'));
    expect(screen.getByText('Traces 11–14')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    await waitFor(() => expect(dataRows()).toHaveLength(10));
    expect(router.state.location.search).toBe('');
    expect(within(table()).getAllByRole('row')[1]!.textContent).toBe(first);
  });

  it('expands a row and opens View Trace with the whole trace as JSON', async () => {
    const { user } = await renderTraces('/traces', 1);
    await waitFor(() => expect(dataRows()).toHaveLength(7));
    const [expand] = within(table()).getAllByRole('button', { name: 'Show details of updateLoadbalancer' });
    await user.click(expand!);
    expect(within(table()).getByText('Source IP Address')).toBeVisible();
    expect(within(table()).getByText('Generated')).toBeVisible();
    expect(within(table()).getByLabelText('Request', { selector: 'pre' }).textContent).toContain('"description": "r0"');

    await user.click(dataRows()[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'View Trace: updateLoadbalancer' });
    const json = within(dialog).getByLabelText('Trace (JSON)', { selector: 'pre' }).textContent!;
    expect(JSON.parse(json)).toMatchObject({
      trace_name: 'updateLoadbalancer',
      request: { loadbalancer: { description: 'r0' } },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('refuses a custom range older than 7 days and names the rule', async () => {
    const { user, router } = await renderRoute('/traces');
    await user.click(screen.getByRole('button', { name: 'Custom' }));
    await user.type(screen.getByLabelText('From'), '2020-01-01T10:00');
    await user.type(screen.getByLabelText('To'), '2020-01-02T10:00');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await screen.findByText('Traces are kept for 7 days: the start must be within the last 7 days.'),
    ).toBeVisible();
    expect(router.state.location.search).toBe('');
  });

  it('links a trace to the resource while it exists', async () => {
    const { ids } = await renderTraces('/traces', 1);
    await waitFor(() => expect(dataRows()).toHaveLength(7));
    const links = within(table())
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links.sort()).toEqual(ids.map((id) => `/load-balancers/${id}`).sort());
  });
});
