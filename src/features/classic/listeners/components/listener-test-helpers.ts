/** Helpers for the classic Listeners tab's route tests: open the tab as a link would, fill fields. */
import { screen, within } from '@testing-library/react';
import { renderRoute, type RouteTest } from '../../../../testing/render-route';

/** Opens the Listeners tab of a demo classic load balancer, as its link would. */
export async function openListeners(lbName: string) {
  const test = await renderRoute('/help/security-group-rules');
  const lb = test.cloud.store.read((tx) => tx.all('classicLoadbalancers').find((row) => row.name === lbName)!);
  await test.router.navigate(`/load-balancers/classic/${lb.id}?tab=listeners`);
  await screen.findByRole('heading', { level: 1, name: lbName });
  const table = await screen.findByRole('table', { name: 'Listeners' });
  return { ...test, lb, table };
}

export const listenerNamed = (cloud: RouteTest['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('classicListeners').find((row) => row.name === name));

export async function choose(user: RouteTest['user'], scope: HTMLElement, label: string, option: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

export async function type(user: RouteTest['user'], scope: HTMLElement, label: string | RegExp, text: string) {
  const field = within(scope).getByRole(
    /port|threshold|interval|timeout/i.test(String(label)) ? 'spinbutton' : 'textbox',
    {
      name: label,
    },
  );
  await user.clear(field);
  await user.type(field, text);
}

/** Opens one listener's pane on the Listeners tab. */
export async function openListener(lbName: string, listenerName: string) {
  const test = await openListeners(lbName);
  await test.user.click(within(test.table).getByRole('button', { name: `Show listener ${listenerName}` }));
  await screen.findByRole('heading', { level: 2, name: listenerName });
  return test;
}

/** Opens Add Listener on the Listeners tab. */
export async function openAdd(lbName = 'classic-portal') {
  const test = await openListeners(lbName);
  await test.user.click(screen.getByRole('button', { name: 'Add Listener' }));
  const dialog = await screen.findByRole('dialog', { name: `Add Listener to ${lbName}` });
  return { ...test, dialog };
}
