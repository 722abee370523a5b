/** Helpers for the policy tabs' route tests: open a listener's tab as a link would, read the cloud. */
import { screen } from '@testing-library/react';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

/** Opens `/load-balancers/:lb?tab=listeners&listener=:id&section=…` for a listener of the demo scenario. */
export async function openListenerSection(lbName: string, listenerName: string, section: 'policies' | 'redirects') {
  const test = await renderRoute('/help/security-group-rules');
  const ids = test.cloud.store.read((tx) => {
    const lb = tx.all('loadbalancers').find((row) => row.name === lbName)!;
    const listener = tx.all('listeners').find((row) => row.name === listenerName && row.loadbalancer_id === lb.id)!;
    return { lbId: lb.id, listenerId: listener.id };
  });
  await test.router.navigate(`/load-balancers/${ids.lbId}?tab=listeners&listener=${ids.listenerId}&section=${section}`);
  await screen.findByRole('heading', { level: 2, name: listenerName });
  return { ...test, ...ids };
}

export const policiesNamed = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('l7policies').filter((policy) => policy.name === name));

export const poolsNamed = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('pools').filter((pool) => pool.name === name));
