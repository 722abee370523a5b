/**
 * The load balancer and listener diagnostics where their questions arise (issue 7): the banner on
 * the load balancer page, the Troubleshoot view of its Monitoring tab, the notes of a listener,
 * through the real router and the mock cloud.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../testing/render-route';

configure({ asyncUtilTimeout: 8000 });

async function openLoadBalancer(name: string, query = '') {
  const test = await renderRoute('/load-balancers');
  const ids = test.cloud.store.read((tx) => {
    const lb = tx.all('loadbalancers').find((candidate) => candidate.name === name)!;
    const listeners = tx.all('listeners').filter((listener) => listener.loadbalancer_id === lb.id);
    return { lb: lb.id, listeners: Object.fromEntries(listeners.map((listener) => [listener.name, listener.id])) };
  });
  await test.router.navigate(`/load-balancers/${ids.lb}${query ? `?${query}` : ''}`);
  await screen.findByRole('heading', { level: 1, name });
  return { ...test, ids };
}

const checkList = (name: string | RegExp) => screen.findByRole('list', { name });
const checkTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('load balancer diagnostics (route)', () => {
  it('warns on a load balancer without listeners and links to Add listener and the FAQ', async () => {
    const { ids } = await openLoadBalancer('elb-legacy-unused');
    const banner = await screen.findByText('ELB cannot distribute traffic: this load balancer has no listener.');
    const alert = banner.closest('[role="status"]') as HTMLElement;
    expect(within(alert).getByRole('link', { name: 'Add a listener' })).toHaveAttribute(
      'href',
      `/load-balancers/${ids.lb}/listeners/add`,
    );
    expect(within(alert).getByRole('link', { name: 'Read the FAQ' })).toHaveAttribute(
      'href',
      `/help/faq/elb-used-separately?loadBalancer=${ids.lb}`,
    );
  });

  it('shows no banner when every listener has backend servers', async () => {
    await openLoadBalancer('elb-web-prod');
    await screen.findByRole('tab', { name: 'Listeners' });
    await waitFor(() => expect(screen.queryByText(/ELB cannot distribute traffic/)).toBeNull());
  });

  it('troubleshoots inconsistent traffic from the Monitoring tab with the 4xx count', async () => {
    const test = await openLoadBalancer('elb-web-prod', 'tab=monitoring');
    await test.user.click(await screen.findByRole('button', { name: 'Frontend and backend traffic differ' }));
    const list = await checkList('Traffic consistency checks for elb-web-prod');
    expect(checkTexts(list)[0]).toMatch(
      /[\d,]+ failed client requests \(4xx\) in the last 24 hours, of [\d,]+, were not forwarded/,
    );
    expect(screen.getByRole('status')).toHaveTextContent(/problems? found/);
    expect(screen.getByRole('heading', { level: 3, name: '4xx Status Codes' })).toBeVisible();
    await test.user.click(screen.getByRole('button', { name: 'Back to the charts' }));
    expect(new URLSearchParams(test.router.state.location.search).get('troubleshoot')).toBeNull();
  });

  it('runs the stress test checks: unhealthy servers fail on elb-api-internal', async () => {
    await openLoadBalancer('elb-api-internal', 'tab=monitoring&troubleshoot=stress-test');
    const list = await checkList('Stress test checks for elb-api-internal');
    const texts = checkTexts(list);
    expect(texts[0]).toMatch(/private: it has no EIP/);
    expect(texts[1]).toMatch(/^ProblemUnhealthy backend serversA backend server was unhealthy in the last 24 hours/);
    expect(within(list).getByRole('button', { name: 'Copy: sysctl net.core.somaxconn' })).toBeVisible();
  });
});

describe('listener notes (route)', () => {
  it('says how a TCP listener gets the client IP and links to the TOA appendix', async () => {
    const { ids } = await openLoadBalancer('elb-api-internal', 'tab=listeners');
    expect(await screen.findByText(/or the TOA plug-in is installed on them/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Configure the TOA plug-in' })).toHaveAttribute(
      'href',
      '/help/toa-plug-in',
    );
    expect(screen.getByRole('link', { name: 'How backends get the client IP' })).toHaveAttribute(
      'href',
      `/help/faq/client-real-ip?loadBalancer=${ids.lb}&listener=${ids.listeners['listener-tcp-8080']}`,
    );
  });

  it('checks the certificates of an HTTPS listener: the expired SNI certificate fails', async () => {
    const test = await openLoadBalancer('elb-web-prod', 'tab=listeners');
    const { user, ids } = test;
    await test.router.navigate(
      `/load-balancers/${ids.lb}?tab=listeners&listener=${ids.listeners['listener-https-443']}`,
    );
    expect(await screen.findByText('WebSocket: wss:// works on this listener with no setting.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Check certificates' }));
    const dialog = await screen.findByRole('dialog', { name: 'Certificates of listener-https-443' });
    const list = await within(dialog).findByRole('list', { name: 'Certificate checks for listener-https-443' });
    expect(checkTexts(list)[0]).toMatch(/SNI is on with 2 of at most 30/);
    expect(checkTexts(list)[2]).toMatch(/Expired but still served .*cert-api-example-com/);
  });
});
