import { configure, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { renderRoute, testConfig, type RouteTest } from '../../../testing/render-route';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const POOLS = `${testConfig.endpoints.elb}/v2.0/lbaas/pools`;

afterEach(() => server.resetHandlers());

async function openWizard(): Promise<RouteTest & { lbId: string }> {
  const test = await renderRoute('/quotas');
  const lbId = test.cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === 'elb-legacy-unused')!.id);
  await test.router.navigate(`/load-balancers/${lbId}/listeners/add`);
  await screen.findByRole('heading', { level: 1, name: 'Add Listener' });
  return { ...test, lbId };
}

async function fillToReview({ user }: RouteTest) {
  await user.type(screen.getByRole('textbox', { name: 'Name' }), 'listener-web');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await user.type(await screen.findByRole('textbox', { name: 'Group name' }), 'server_group-web');
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('region', { name: 'Health check' });
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('region', { name: 'Review' });
}

const listenersOf = (test: RouteTest, lbId: string) =>
  test.cloud.store.read((tx) => tx.all('listeners').filter((listener) => listener.loadbalancer_id === lbId));

describe('Add Listener: a call that fails halfway', () => {
  it('shows the code and message, says what exists, and retries from the failed step', async () => {
    const test = await openWizard();
    await fillToReview(test);
    server.use(
      http.post(POOLS, () =>
        HttpResponse.json(
          { error_code: 'ELB.8905', error_msg: 'Pool quota exceeded.', request_id: 'req-1' },
          { status: 409 },
        ),
      ),
    );
    await test.user.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByText(/ELB\.8905/)).toBeInTheDocument();
    expect(screen.getByText(/Pool quota exceeded\./)).toBeInTheDocument();
    expect(screen.getByText(/Listener listener-web exists already/)).toBeInTheDocument();
    expect(listenersOf(test, test.lbId)).toHaveLength(1);

    server.resetHandlers();
    await test.user.click(screen.getByRole('button', { name: 'Retry the failed step' }));
    expect(await screen.findByText('Listener listener-web added.')).toBeInTheDocument();
    // One listener, not two: the retry went on from the pool.
    expect(listenersOf(test, test.lbId)).toHaveLength(1);
    await waitFor(() => expect(test.router.state.location.search).toContain('tab=listeners'));
  });

  it('rolls back what the run created', async () => {
    const test = await openWizard();
    await fillToReview(test);
    server.use(
      http.post(POOLS, () => HttpResponse.json({ error_code: 'ELB.8905', error_msg: 'No.' }, { status: 409 })),
    );
    await test.user.click(screen.getByRole('button', { name: 'Create' }));
    await screen.findByText(/Listener listener-web exists already/);
    await test.user.click(screen.getByRole('button', { name: 'Roll back' }));
    await screen.findAllByText('Rolled back');
    expect(listenersOf(test, test.lbId)).toHaveLength(0);
  });
});

describe('Add Listener: redirect to HTTPS', () => {
  it('asks for the target, then goes straight to the review once it is chosen', async () => {
    const test = await renderRoute('/quotas');
    const lbId = test.cloud.store.read((tx) => tx.all('loadbalancers').find((lb) => lb.name === 'elb-web-prod')!.id);
    await test.router.navigate(`/load-balancers/${lbId}/listeners/add`);
    await screen.findByRole('heading', { level: 1, name: 'Add Listener' });
    const { user } = test;
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'listener-redirect');
    await user.clear(screen.getByRole('spinbutton', { name: 'Frontend port' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Frontend port' }), '8080');
    await user.click(screen.getByRole('switch', { name: 'Redirect to an HTTPS listener' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Select the HTTPS listener to redirect to.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Redirected To' }));
    await user.click(await screen.findByRole('option', { name: /listener-https-443/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const review = await screen.findByRole('region', { name: 'Review' });
    expect(review).toHaveTextContent('Every request is redirected to listener-https-443');
  });
});
