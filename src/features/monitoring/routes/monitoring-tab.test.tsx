/** The Monitoring tabs and page through the real router and the mock cloud (FEATURES §10.4). */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

configure({ asyncUtilTimeout: 8000 });

async function openLoadBalancer(name: string, query: string) {
  const test = await renderRoute('/load-balancers');
  const id = test.cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === name)!.id);
  await test.router.navigate(`/load-balancers/${id}?${query}`);
  await screen.findByRole('heading', { level: 1, name });
  return { ...test, id };
}

const search = (test: { router: { state: { location: { search: string } } } }) =>
  new URLSearchParams(test.router.state.location.search);
const chartTitles = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('Monitoring tab (route)', () => {
  it('charts the default metrics of a load balancer with their latest values', async () => {
    await openLoadBalancer('elb-web-prod', 'tab=monitoring');
    await waitFor(() =>
      expect(chartTitles()).toEqual([
        'Concurrent Connections',
        'Inbound Rate',
        'Unhealthy Servers',
        'Layer-7 Query Rate',
      ]),
    );
    await waitFor(() => expect(screen.getAllByText(/^Unit: count · Latest: /)).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: /Create alarm rule/ })).toHaveLength(4);
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveTextContent('Auto (Raw data (1 min))');
  });

  it('keeps range, period and aggregation in the URL', async () => {
    const test = await openLoadBalancer('elb-web-prod', 'tab=monitoring&m.metrics=m1_cps');
    const { user } = test;
    await waitFor(() => expect(chartTitles()).toEqual(['Concurrent Connections']));

    await user.click(screen.getByRole('button', { name: '7 days' }));
    expect(search(test).get('m.range')).toBe('7d');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveTextContent('Auto (5 minutes)');
    // Auto keeps within one batch query; 7 days of raw data can still be chosen (one query per resource).
    await user.click(screen.getByRole('combobox', { name: 'Period' }));
    const raw = screen.getByRole('option', { name: /Raw data \(1 min\)/ });
    expect(raw).not.toHaveAttribute('aria-disabled');
    await user.click(raw);
    expect(search(test).get('m.period')).toBe('1');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveTextContent('Raw data (1 min)');
    await waitFor(() => expect(screen.getByText(/^Unit: count · Latest: /)).toBeVisible());
    await user.click(screen.getByRole('combobox', { name: 'Period' }));
    await user.click(screen.getByRole('option', { name: '1 hour' }));
    expect(search(test).get('m.period')).toBe('3600');
    expect(screen.getByRole('combobox', { name: 'Period' })).toHaveTextContent('1 hour');

    await user.click(screen.getByRole('combobox', { name: 'Aggregation' }));
    await user.click(screen.getByRole('option', { name: 'Maximum' }));
    expect(search(test).get('m.agg')).toBe('max');
    expect(search(test).get('tab')).toBe('monitoring');
  });

  it('refuses a custom range that ends before it starts', async () => {
    const test = await openLoadBalancer('elb-web-prod', 'tab=monitoring');
    const { user } = test;
    await user.click(await screen.findByRole('button', { name: 'Custom' }));
    expect(search(test).get('m.range')).toBe('custom');
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText<HTMLInputElement>('To');
    await user.clear(from);
    await user.type(from, to.value);
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('The start time must be earlier than the end time.')).toBeVisible();
  });

  it('offers only the metrics a TCP listener reports', async () => {
    const test = await renderRoute('/load-balancers');
    const [lbId, listenerId] = test.cloud.store.read((tx) => {
      const listener = tx.all('listeners').find((row) => row.name === 'listener-tcp-8080')!;
      return [listener.loadbalancer_id, listener.id];
    });
    await test.router.navigate(`/load-balancers/${lbId}?tab=listeners&listener=${listenerId}&section=monitoring`);
    await waitFor(() =>
      expect(chartTitles()).toEqual(['Concurrent Connections', 'New Connections', 'Inbound Rate', 'Outbound Rate']),
    );
    await test.user.click(screen.getByRole('combobox', { name: 'Metrics' }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).not.toContain(expect.stringMatching(/Layer-7|Unhealthy/));
    expect(options).toHaveLength(8);
  });
});

describe('Monitoring page (route)', () => {
  it('compares resources chosen in the URL', async () => {
    const test = await renderRoute('/monitoring');
    expect(screen.getByRole('heading', { level: 1, name: 'Monitoring' })).toBeVisible();
    await waitFor(() => expect(chartTitles().length).toBeGreaterThan(0));
    const ids = test.cloud.store.read((tx) =>
      tx
        .all('loadbalancers')
        .filter((lb) => lb.name === 'elb-web-prod' || lb.name === 'elb-staging')
        .map((lb) => lb.id),
    );
    await test.router.navigate(`/monitoring?m.resources=${ids.join(',')}&m.metrics=mb_l7_qps`);
    await waitFor(() => expect(chartTitles()).toEqual(['Layer-7 Query Rate']));
    expect(screen.getByRole('combobox', { name: 'Resources' }).closest('.MuiAutocomplete-root')).toHaveTextContent(
      /elb-web-prod.*elb-staging|elb-staging.*elb-web-prod/,
    );
  });
});
