import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../testing/render-route';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

const table = () => screen.getByRole('table', { name: 'Certificates' });
const rowOf = (name: string) => within(table()).getByText(name).closest('tr')!;

async function renderCertificates(path = '/certificates') {
  const test = await renderRoute(path);
  await screen.findByText('cert-www-example-com');
  return test;
}

describe('certificates page (route)', () => {
  it('lists every certificate, most urgent first, with the listeners that use it', async () => {
    await renderCertificates();
    const names = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('p')?.textContent);
    // The demo's expired certificate first, the CA certificate (valid until 2036) last.
    expect(names[0]).toBe('cert-api-example-com');
    expect(names.at(-1)).toBe('ca-example-demo-clients');
    expect(within(rowOf('cert-shop-example-com')).getByRole('link', { name: 'listener-https-443' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/load-balancers\/.+\?tab=listeners&listener=.+/),
    );
    expect(within(rowOf('cert-shop-example-com')).getByText(/HTTPS\/443 · SNI/)).toBeInTheDocument();
    expect(within(rowOf('cert-wildcard-example-org')).getByText('Not used')).toBeInTheDocument();
  });

  it('filters by type and expiry from the URL, and the banner filters to what needs attention', async () => {
    const { user, router } = await renderCertificates();
    expect(within(table()).getAllByRole('row')).toHaveLength(6);
    void router.navigate('/certificates?type=client');
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(2));
    void router.navigate('/certificates');
    const banner = screen.getByText(/certificate has expired/).closest('[role="alert"]') as HTMLElement;
    await user.click(within(banner).getByRole('button', { name: 'Show expired' }));
    await waitFor(() => expect(router.state.location.search).toBe('?expiry=expired'));
    expect(within(table()).getAllByRole('row')).toHaveLength(2);
    expect(rowOf('cert-api-example-com')).toBeInTheDocument();
  });

  it('does not delete a certificate in use, and deletes an unused one', async () => {
    const { user, cloud } = await renderCertificates();
    await user.click(screen.getByRole('button', { name: 'Delete cert-www-example-com' }));
    const used = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    expect(within(used).getByText('cert-www-example-com is used by 1 listener and cannot be deleted.')).toBeVisible();
    expect(within(used).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.click(within(used).getByRole('button', { name: 'Cancel' }));

    await user.click(screen.getByRole('button', { name: 'Delete cert-wildcard-example-org' }));
    const unused = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    await user.click(within(unused).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Certificate cert-wildcard-example-org deleted.');
    expect(cloud.store.read((tx) => tx.all('certificates').map((row) => row.name))).not.toContain(
      'cert-wildcard-example-org',
    );
  });

  it('shows the service error with its code when a stale list lets an in-use delete through', async () => {
    const { user, cloud } = await renderCertificates();
    const id = cloud.store.read(
      (tx) => tx.all('certificates').find((row) => row.name === 'cert-wildcard-example-org')!.id,
    );
    cloud.store.write((tx) => {
      const listener = tx.all('listeners').find((row) => row.name === 'listener-https-443')!;
      tx.put('listeners', { ...listener, sni_container_refs: [...listener.sni_container_refs, id] });
    });
    await user.click(screen.getByRole('button', { name: 'Delete cert-wildcard-example-org' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/ELB\.8907/)).toBeVisible();
    expect(within(dialog).getByText(/used by listener listener-https-443 .* as its SNI certificate/)).toBeVisible();
  });
});
