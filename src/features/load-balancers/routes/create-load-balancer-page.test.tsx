import { configure, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ipv4Address } from '../../../../contract/common';
import { loadBalancerFields } from '../../../../contract/elb-v2/load-balancers';
import { publicIpFields } from '../../../../contract/vpc/publicips';
import { renderRoute, testConfig } from '../../../testing/render-route';
import { createLoadBalancerForm, emptyCreateForm } from '../model/create-form';

/** The message a contract rule gives for a value, so the test fails if the form stops using the contract. */
function ruleMessage(schema: z.ZodType, value: unknown): string {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`${JSON.stringify(value)} passes the rule`);
  return result.error.issues[0]!.message;
}

/** The form-level message for a field, from the form schema built on the contract. */
function formMessage(patch: Partial<ReturnType<typeof emptyCreateForm>>, field: string): string {
  const result = createLoadBalancerForm.safeParse({ ...emptyCreateForm(), ...patch });
  const issue = result.error?.issues.find((candidate) => candidate.path[0] === field);
  if (!issue) throw new Error(`No issue for ${field}`);
  return issue.message;
}

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const ORIGIN = testConfig.endpoints.elb;
const PROJECT_ID = testConfig.projects[0]!.id;
const XSS = '<img src=x onerror=alert(1)>';

const textbox = (name: string) => screen.getByRole('textbox', { name });
const bandwidth = () => screen.getByRole('spinbutton', { name: 'Bandwidth (Mbit/s)' });

async function choose(user: UserEvent, combobox: string, option: RegExp | string) {
  await user.click(screen.getByRole('combobox', { name: combobox }));
  await user.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

/** Replaces a field's text (selecting it first: clearing a number field brings its default back, see the report). */
async function fill(user: UserEvent, field: HTMLElement, text: string) {
  if (!text) return user.clear(field);
  await user.tripleClick(field);
  await user.paste(text);
}

async function renderCreate(scenario: Parameters<typeof renderRoute>[1] = 'demo') {
  const test = await renderRoute('/load-balancers/create', scenario);
  await screen.findByRole('heading', { level: 1, name: 'Create Load Balancer' });
  return test;
}

async function pickNetwork(user: UserEvent) {
  await choose(user, 'VPC', /^vpc-prod/);
  await choose(user, 'Subnet', /^subnet-web/);
}

async function addTag(user: UserEvent, key: string, value: string) {
  await user.click(screen.getByRole('button', { name: 'Add Tag' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add Tag' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Key' }), key);
  await user.type(within(dialog).getByRole('textbox', { name: 'Value' }), value);
  await user.click(within(dialog).getByRole('button', { name: 'OK' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

/** The request lines (`METHOD URL`) of the review's API panel. */
function plannedCalls(): string[] {
  const panel = screen.getByRole('button', { name: /^Show API requests? \(/ }).closest('.MuiAccordion-root')!;
  return [...panel.querySelectorAll('pre')].map((pre) => pre.textContent!.split('\n')[0]!);
}

const loadBalancersNamed = (cloud: Awaited<ReturnType<typeof renderRoute>>['cloud'], name: string) =>
  cloud.store.read((tx) => tx.all('loadbalancers').filter((lb) => lb.name === name));

describe('create load balancer: validation', () => {
  it('says what is missing when the empty form is sent', async () => {
    const { user } = await renderCreate();
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    expect(await screen.findByText(formMessage({}, 'name'))).toBeInTheDocument();
    expect(textbox('Name')).toHaveAccessibleDescription('Enter a name.');
    expect(textbox('Name')).toBeInvalid();
    expect(screen.getByRole('combobox', { name: 'VPC' })).toHaveAccessibleDescription(formMessage({}, 'vpcId'));
    expect(screen.getByRole('combobox', { name: 'Subnet' })).toHaveAccessibleDescription(
      ruleMessage(loadBalancerFields.vip_subnet_id, ''),
    );
    expect(screen.queryByRole('heading', { name: 'Review' })).toBeNull();
  });

  it('refuses a name or description longer than 255 characters', async () => {
    const { user } = await renderCreate();
    await fill(user, textbox('Name'), 'n'.repeat(256));
    await fill(user, textbox('Description'), 'd'.repeat(256));
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    const nameRule = ruleMessage(loadBalancerFields.name, 'n'.repeat(256));
    const descriptionRule = ruleMessage(loadBalancerFields.description, 'd'.repeat(256));
    expect(nameRule).toBe('The name can contain at most 255 characters.');
    await waitFor(() => expect(textbox('Name')).toHaveAccessibleDescription(nameRule));
    expect(textbox('Description')).toHaveAccessibleDescription(descriptionRule);
    // Fixing the value clears the message.
    await fill(user, textbox('Name'), 'n'.repeat(255));
    await waitFor(() => expect(textbox('Name')).toHaveAccessibleDescription('Up to 255 characters.'));
  });

  it('refuses a manual private IP outside the chosen subnet, or not an IP at all', async () => {
    const { user } = await renderCreate();
    await pickNetwork(user);
    await user.click(screen.getByRole('radio', { name: 'Specify' }));
    const ip = await screen.findByRole('textbox', { name: 'IP address' });
    expect(ip).toHaveAccessibleDescription('An unused address in 10.0.1.0/24.');

    await fill(user, ip, '10.0.2.5');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    const outside = formMessage({ ipMode: 'manual', vipAddress: '10.0.2.5', subnetCidr: '10.0.1.0/24' }, 'vipAddress');
    await waitFor(() => expect(ip).toHaveAccessibleDescription(outside));

    await fill(user, ip, '10.0.1');
    await waitFor(() => expect(ip).toHaveAccessibleDescription(ruleMessage(ipv4Address, '10.0.1')));
  });

  it('refuses a bandwidth out of range or off its steps, and a bad bandwidth name', async () => {
    const { user } = await renderCreate();
    await fill(user, bandwidth(), '0');
    await fill(user, textbox('Bandwidth name'), 'my bandwidth!');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    const range = ruleMessage(publicIpFields.bandwidthSize, 0);
    expect(range).toBe('The bandwidth must be 1 to 1000 Mbit/s.');
    await waitFor(() => expect(bandwidth()).toHaveAccessibleDescription(range));
    expect(textbox('Bandwidth name')).toHaveAccessibleDescription(
      ruleMessage(publicIpFields.bandwidthName, 'my bandwidth!'),
    );

    await fill(user, bandwidth(), '1001');
    await waitFor(() =>
      expect(bandwidth()).toHaveAccessibleDescription(ruleMessage(publicIpFields.bandwidthSize, 1001)),
    );

    await fill(user, bandwidth(), '320');
    const step = ruleMessage(publicIpFields.bandwidthSize, 320);
    expect(step).toBe('Above 300 Mbit/s the bandwidth goes in steps of 50 Mbit/s (500 above 1000).');
    await waitFor(() => expect(bandwidth()).toHaveAccessibleDescription(step));

    await fill(user, bandwidth(), '350');
    await waitFor(() => expect(bandwidth()).not.toBeInvalid());

    await fill(user, textbox('Bandwidth name'), '');
    await waitFor(() =>
      expect(textbox('Bandwidth name')).toHaveAccessibleDescription(ruleMessage(publicIpFields.bandwidthName, '')),
    );
  });

  it('asks for an existing EIP when "Use existing" is chosen', async () => {
    const { user } = await renderCreate();
    await user.click(screen.getByRole('radio', { name: 'Use existing' }));
    const picker = await screen.findByRole('combobox', { name: 'EIP' });
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    await waitFor(() =>
      expect(picker).toHaveAccessibleDescription(formMessage({ eipMode: 'existing' }, 'existingEipId')),
    );

    // Only unbound EIPs are offered.
    await user.click(picker);
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.textContent).sort()).toEqual([
      '80.158.10.31 — 5 Mbit/s, 5_bgp',
      '80.158.10.32 — 50 Mbit/s, 5_mailbgp',
      '80.158.10.33 — 1000 Mbit/s, 5_bgp',
    ]);
  });
});

describe('create load balancer: review and submit', () => {
  it('creates a public load balancer with a new EIP and tags, then opens it', async () => {
    const { user, cloud, router } = await renderCreate();
    await pickNetwork(user);
    await fill(user, bandwidth(), '20');
    await fill(user, textbox('Name'), 'elb-shop-new');
    await fill(user, textbox('Description'), 'Shop front end, second region');
    await addTag(user, 'env', 'prod');
    expect(within(screen.getByRole('table', { name: 'Tags' })).getByRole('cell', { name: 'prod' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getByText('Public, new 5_bgp EIP, 20 Mbit/s (bandwidth-elb)')).toBeInTheDocument();
    expect(screen.getByText('env=prod')).toBeInTheDocument();

    expect(screen.getByRole('button', { name: 'Show API requests (4 calls)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const calls = plannedCalls();
    expect(calls).toHaveLength(4);
    expect(calls[0]).toBe(`POST ${ORIGIN}/v2.0/lbaas/loadbalancers`);
    expect(calls[1]).toBe(`POST ${ORIGIN}/v1/${PROJECT_ID}/publicips`);
    // The EIP ID and load balancer ID come from the earlier answers.
    expect(calls[2]).toBe(`PUT ${ORIGIN}/v1/${PROJECT_ID}/publicips/{publicip.id}`);
    expect(calls[3]).toBe(`POST ${ORIGIN}/v2.0/${PROJECT_ID}/loadbalancers/{loadbalancer.id}/tags/action`);
    expect(screen.getByText(/"size": 20/)).toBeInTheDocument();

    // Nothing was sent before Submit.
    expect(loadBalancersNamed(cloud, 'elb-shop-new')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await screen.findByRole('heading', { level: 1, name: 'elb-shop-new' });
    const [lb] = loadBalancersNamed(cloud, 'elb-shop-new');
    expect(lb).toBeDefined();
    expect(router.state.location.pathname).toBe(`/load-balancers/${lb!.id}`);
    expect(lb!.description).toBe('Shop front end, second region');
    expect(lb!.tags).toEqual([{ key: 'env', value: 'prod' }]);
    const eip = cloud.store.read((tx) => tx.all('publicips').find((item) => item.port_id === lb!.vip_port_id));
    expect(eip).toMatchObject({ bandwidth_size: 20, bandwidth_name: 'bandwidth-elb', type: '5_bgp' });
    expect(await screen.findByText('Load balancer elb-shop-new created.')).toBeInTheDocument();
  }, 30_000);

  it('creates a public load balancer with an existing EIP', async () => {
    const { user, cloud } = await renderCreate();
    await pickNetwork(user);
    await user.click(screen.getByRole('radio', { name: 'Use existing' }));
    await choose(user, 'EIP', /^80\.158\.10\.31/);
    await fill(user, textbox('Name'), 'elb-reuse');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    expect(await screen.findByText('Public, existing EIP 80.158.10.31')).toBeInTheDocument();
    expect(plannedCalls()).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await screen.findByRole('heading', { level: 1, name: 'elb-reuse' });
    const [lb] = loadBalancersNamed(cloud, 'elb-reuse');
    const eip = cloud.store.read((tx) => tx.all('publicips').find((item) => item.public_ip_address === '80.158.10.31'));
    expect(eip?.port_id).toBe(lb!.vip_port_id);
  }, 30_000);

  it('blocks creation when the load balancer quota is used up', async () => {
    await renderCreate('quota-full');
    expect(await screen.findByText('No load balancer can be created')).toBeInTheDocument();
    expect(
      screen.getByText(
        /The load balancer quota is used up \(7 of 7\)\. Delete a load balancer or ask for a higher quota\./,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See Service Quotas' })).toHaveAttribute('href', '/quotas');
    expect(screen.getByRole('button', { name: 'Create Now' })).toBeDisabled();
  });

  it('shows the API error and keeps every value after going back to the form', async () => {
    const { user, cloud } = await renderCreate();
    await pickNetwork(user);
    await user.click(screen.getByRole('radio', { name: 'Specify' }));
    await fill(user, await screen.findByRole('textbox', { name: 'IP address' }), '10.0.1.100');
    await fill(user, bandwidth(), '50');
    await fill(user, textbox('Bandwidth name'), 'bw-shop');
    await choose(user, 'EIP type', 'Mail BGP (5_mailbgp)');
    await fill(user, textbox('Name'), 'elb-clash');
    await fill(user, textbox('Description'), 'Takes a used address');
    await addTag(user, 'team', 'web');
    await user.click(screen.getByRole('button', { name: 'Create Now' }));
    await user.click(await screen.findByRole('button', { name: 'Submit' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The load balancer could not be created completely')).toBeInTheDocument();
    expect(alert).toHaveTextContent('ELB.1101: Vip address is exist.');
    expect(loadBalancersNamed(cloud, 'elb-clash')).toHaveLength(0);
    expect(cloud.store.read((tx) => tx.all('publicips'))).toHaveLength(6);

    await user.click(screen.getByRole('button', { name: 'Back to the form' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('elb-clash');
    expect(textbox('Description')).toHaveValue('Takes a used address');
    expect(screen.getByRole('combobox', { name: 'VPC' })).toHaveTextContent('vpc-prod (10.0.0.0/16)');
    expect(screen.getByRole('combobox', { name: 'Subnet' })).toHaveTextContent(/^subnet-web \(10\.0\.1\.0\/24/);
    expect(screen.getByRole('radio', { name: 'Specify' })).toBeChecked();
    expect(textbox('IP address')).toHaveValue('10.0.1.100');
    expect(screen.getByRole('radio', { name: 'Public' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'New EIP' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'EIP type' })).toHaveTextContent('Mail BGP (5_mailbgp)');
    expect(bandwidth()).toHaveValue(50);
    expect(textbox('Bandwidth name')).toHaveValue('bw-shop');
    const tags = screen.getByRole('table', { name: 'Tags' });
    expect(within(tags).getByRole('cell', { name: 'team' })).toBeInTheDocument();
    expect(within(tags).getByRole('cell', { name: 'web' })).toBeInTheDocument();
  }, 30_000);
});

describe('create load balancer: untrusted text', () => {
  it('shows a name and description with markup as text, in the review and on the detail page', async () => {
    const { user, cloud } = await renderCreate();
    await pickNetwork(user);
    await user.click(screen.getByRole('radio', { name: 'Private' }));
    await fill(user, textbox('Name'), XSS);
    await fill(user, textbox('Description'), XSS);
    await user.click(screen.getByRole('button', { name: 'Create Now' }));

    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(screen.getAllByText(XSS).length).toBeGreaterThanOrEqual(2);
    expect(plannedCalls()).toEqual([`POST ${ORIGIN}/v2.0/lbaas/loadbalancers`]);
    expect(screen.getByText(/"name": "<img src=x onerror=alert\(1\)>"/)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByRole('heading', { level: 1, name: XSS })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(loadBalancersNamed(cloud, XSS)).toHaveLength(1);
  }, 30_000);
});
