import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute, type RouteTest } from '../../../testing/render-route';

configure({ asyncUtilTimeout: 5000 });

const table = () => screen.getByRole('table', { name: 'Alarm Rules' });
const rowOf = (name: string) => within(table()).getByText(name).closest('tr')!;

async function renderRules(path = '/alarm-rules') {
  const test = await renderRoute(path);
  await screen.findByText('elb-api-internal-unhealthy-servers');
  return test;
}

async function choose({ user }: RouteTest, dialog: HTMLElement, field: string, option: string | RegExp) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

/** Pastes rather than types: each keystroke re-renders the whole dialog, which is slow in jsdom. */
async function fill({ user }: RouteTest, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

async function openCreate(test: RouteTest) {
  await test.user.click(screen.getByRole('button', { name: 'Create Alarm Rule' }));
  return screen.findByRole('dialog', { name: 'Create Alarm Rule' });
}

describe('alarm rules page (route)', () => {
  it('lists the rules with their states, resources by name and conditions, filtered from the URL', async () => {
    const { router } = await renderRules();
    const unhealthy = rowOf('elb-api-internal-unhealthy-servers');
    expect(within(unhealthy).getByText('Alarm')).toBeVisible();
    expect(within(unhealthy).getByRole('link', { name: 'elb-api-internal' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/load-balancers\//),
    );
    expect(within(unhealthy).getByText('Maximum > 0 count for 1 period of 1 minute (raw data)')).toBeVisible();
    const listenerRule = rowOf('listener-http-80-new-connections');
    expect(within(listenerRule).getByRole('link', { name: 'listener-http-80' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\?tab=listeners&listener=/),
    );
    expect(within(rowOf('elb-staging-response-time')).getByText('Disabled')).toBeVisible();
    void router.navigate('/alarm-rules?state=alarm');
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(2));
  });

  it('refuses what the API refuses, field by field, with the rule in the message', async () => {
    const test = await renderRules();
    const dialog = await openCreate(test);
    await test.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('Select a load balancer.')).toBeVisible();
    expect(within(dialog).getByText('Select a metric.')).toBeVisible();
    expect(within(dialog).getByText('Enter an alarm rule name.')).toBeVisible();
    expect(within(dialog).getByText('The threshold must be a number from 0 to Number.MAX_VALUE.')).toBeVisible();

    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    await fill(test, name, 'has space');
    const count = within(dialog).getByRole('spinbutton', { name: /Consecutive periods/ });
    await fill(test, count, '6');
    const value = within(dialog).getByRole('spinbutton', { name: /Threshold/ });
    await fill(test, value, '-1');
    await test.user.click(within(dialog).getByRole('switch', { name: 'Send notifications' }));
    await fill(test, within(dialog).getByRole('textbox', { name: /SMN topic URNs/ }), 'urn:smn:eu-de:short:ops');
    await test.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(
      await within(dialog).findByText(
        'The alarm rule name can contain only letters, digits, underscores (_) and hyphens (-).',
      ),
    ).toBeVisible();
    expect(
      within(dialog).getByText('The number of consecutive periods must be a whole number from 1 to 5.'),
    ).toBeVisible();
    expect(within(dialog).getByText('The threshold must be a number from 0 to Number.MAX_VALUE.')).toBeVisible();
    expect(within(dialog).getByText(/^urn:smn:eu-de:short:ops: Enter an SMN topic URN/)).toBeVisible();
  });

  it('shows the API error with its code and keeps the input; then creates the rule', async () => {
    const test = await renderRules();
    const dialog = await openCreate(test);
    await choose(test, dialog, 'Load balancer', 'elb-legacy-unused');
    await choose(test, dialog, 'Metric', 'New Connections (count/s)');
    await fill(test, within(dialog).getByRole('spinbutton', { name: /Threshold/ }), '100');
    await fill(test, within(dialog).getByRole('textbox', { name: /^Name/ }), 'legacy-connections');
    expect(within(dialog).getByRole('status', { name: 'Rule preview' })).toHaveTextContent(
      'Alarm when New Connections of elb-legacy-unused is Average > 100 count/s for 3 consecutive periods of 5 minutes.',
    );
    // The load balancer goes away behind the console's back: the API refuses, the form keeps its input.
    const lbId = test.cloud.store.read(
      (tx) => tx.all('loadbalancers').find((lb) => lb.name === 'elb-legacy-unused')!.id,
    );
    test.cloud.store.write((tx) => tx.delete('loadbalancers', lbId));
    await test.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/ces\.0014/)).toBeVisible();
    expect(within(dialog).getByText(new RegExp(`Load balancer ${lbId} does not exist`))).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('legacy-connections');

    await choose(test, dialog, 'Load balancer', 'elb-staging');
    await choose(test, dialog, 'Metric', 'New Connections (count/s)');
    await test.user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await screen.findByText('Alarm rule legacy-connections created.');
    expect(within(rowOf('legacy-connections')).getByRole('link', { name: 'elb-staging' })).toBeVisible();
  });

  it('disables, enables and deletes a rule', async () => {
    const { user, cloud } = await renderRules();
    const more = async (item: string) => {
      await user.click(screen.getByRole('button', { name: 'More actions for elb-web-prod-5xx' }));
      await user.click(await screen.findByRole('menuitem', { name: item }));
    };
    await more('Disable');
    await screen.findByText('Alarm rule elb-web-prod-5xx disabled.');
    expect(within(rowOf('elb-web-prod-5xx')).getByText('Disabled')).toBeVisible();
    await more('Enable');
    await screen.findByText('Alarm rule elb-web-prod-5xx enabled.');
    await more('Delete');
    const dialog = await screen.findByRole('dialog', { name: 'Delete Alarm Rule' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Alarm rule elb-web-prod-5xx deleted.');
    expect(cloud.store.read((tx) => tx.all('alarms').map((row) => row.alarm_name))).not.toContain('elb-web-prod-5xx');
  });
});
