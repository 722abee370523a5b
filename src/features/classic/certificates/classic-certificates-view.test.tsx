import { configure, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCertificate, makeKey, type MadeCertificate } from '../../../../contract/x509/testing/make-certificates';
import { renderRoute } from '../../../testing/render-route';

// jsdom is slow on a busy machine: allow findBy/waitFor up to 5 s.
configure({ asyncUtilTimeout: 5000 });

let org: MadeCertificate;
let other: MadeCertificate;

beforeAll(async () => {
  const validity = { notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 365 * 86_400_000) };
  [org, other] = await Promise.all([
    makeCertificate({ subjectCN: 'www.example.org', key: await makeKey('RSA'), ...validity }),
    makeCertificate({ subjectCN: 'other.example.org', key: await makeKey('EC'), ...validity }),
  ]);
});

const table = () => screen.getByRole('table', { name: 'Classic certificates' });
const rowOf = (name: string) => within(table()).getByText(name).closest('tr')!;

async function renderClassicCertificates(path = '/certificates?type=classic') {
  const test = await renderRoute(path);
  await screen.findByText('portal-www');
  return test;
}

const classicNames = (test: Awaited<ReturnType<typeof renderRoute>>) =>
  test.cloud.store.read((tx) => tx.all('classicCertificates').map((row) => row.name));

describe('classic certificates (route)', () => {
  it('switches between enhanced and classic certificates in the URL', async () => {
    const { user, router } = await renderRoute('/certificates');
    await screen.findByRole('table', { name: 'Certificates' });
    await user.click(screen.getByRole('button', { name: 'Classic' }));
    await waitFor(() => expect(router.state.location.search).toBe('?type=classic'));
    expect(await screen.findByRole('table', { name: 'Classic certificates' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enhanced' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByRole('table', { name: 'Certificates' })).toBeInTheDocument();
  });

  it('lists classic certificates with domain, expiry and the listeners that use them; searches', async () => {
    const { user, router } = await renderClassicCertificates();
    const row = rowOf('portal-www');
    expect(within(row).getByText('www.example.com')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'portal-https-443' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/load-balancers\/classic\/.+\?tab=listeners&listener=.+/),
    );
    await waitFor(() => expect(within(rowOf('portal-www')).getByText(/Expires in|Expired/)).toBeInTheDocument());
    await user.type(screen.getByRole('searchbox', { name: 'Search name or domain' }), 'nothing-like-this');
    expect(await screen.findByText('No classic certificate matches the search.')).toBeInTheDocument();
    expect(router.state.location.search).toContain('search=nothing-like-this');
  });

  it('creates a certificate; a refused one keeps what was typed', async () => {
    const test = await renderClassicCertificates();
    const { user } = test;
    await user.click(screen.getByRole('button', { name: 'Create Certificate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create Classic Certificate' });
    const field = (name: RegExp) => within(dialog).getByRole('textbox', { name });
    await user.type(field(/^Certificate name/), 'bad name!');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/at most 64 characters: letters, digits/)).toBeInTheDocument();
    await user.clear(field(/^Certificate name/));
    await user.type(field(/^Certificate name/), 'org-www');
    await user.type(field(/^Domain name/), 'WWW.example.org');
    await user.click(field(/^Certificate \(PEM\)/));
    await user.paste(org.pem);
    // A key of another certificate: the service refuses it (ELB.1011) and the form keeps its input.
    await user.click(field(/^Private key/));
    await user.paste(other.keyPem);
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/ELB\.1011/)).toBeInTheDocument();
    expect(field(/^Certificate name/)).toHaveValue('org-www');

    await user.clear(field(/^Private key/));
    await user.click(field(/^Private key/));
    await user.paste(org.keyPem);
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await screen.findByText('Certificate org-www created.');
    expect(await screen.findByText('org-www')).toBeInTheDocument();
    expect(classicNames(test)).toContain('org-www');
  });

  it('modifies the name and description only', async () => {
    const test = await renderClassicCertificates();
    const { user } = test;
    await user.click(screen.getByRole('button', { name: 'Modify portal-www' }));
    const dialog = await screen.findByRole('dialog', { name: 'Modify Certificate portal-www' });
    expect(within(dialog).getByText(/certificate body and private key cannot/)).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: /^Certificate name/ });
    await user.clear(name);
    await user.type(name, 'portal-www-2026');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Certificate portal-www-2026 modified.');
    expect(classicNames(test)).toContain('portal-www-2026');
  });

  it('does not delete a certificate in use; deletes an unused one; shows the refusal if it happens anyway', async () => {
    const test = await renderClassicCertificates();
    const { user } = test;
    await user.click(screen.getByRole('button', { name: 'Delete portal-www' }));
    const used = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    expect(within(used).getByText(/portal-www is used by 1 listener and cannot be deleted/)).toBeVisible();
    expect(within(used).getByRole('link', { name: 'portal-https-443' })).toBeInTheDocument();
    expect(within(used).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.click(within(used).getByRole('button', { name: 'Cancel' }));

    // The listener lets go of the certificate behind the console's back: delete is allowed now.
    const https = test.cloud.store.read((tx) =>
      tx.all('classicListeners').find((listener) => listener.name === 'portal-https-443'),
    )!;
    test.cloud.store.write((tx) => tx.delete('classicListeners', https.id));
    await user.click(screen.getByRole('button', { name: 'Refresh classic certificates' }));
    await waitFor(() => expect(within(rowOf('portal-www')).getByText('Not used')).toBeInTheDocument());
    // …and takes it back before the console notices: the service refuses, the dialog says why.
    test.cloud.store.write((tx) => tx.put('classicListeners', https));
    await user.click(screen.getByRole('button', { name: 'Delete portal-www' }));
    const stale = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    await user.click(within(stale).getByRole('button', { name: 'Delete' }));
    expect(await within(stale).findByText(/ELB\.8907/)).toBeInTheDocument();
    expect(within(stale).getByText(/is in use and cannot be deleted/)).toBeInTheDocument();
    // The refusal refreshes every classic view first (the dialog is busy until then).
    await waitFor(() => expect(within(stale).getByRole('button', { name: 'Cancel' })).toBeEnabled());
    await user.click(within(stale).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    test.cloud.store.write((tx) => tx.delete('classicListeners', https.id));
    await user.click(screen.getByRole('button', { name: 'Refresh classic certificates' }));
    await waitFor(() => expect(within(rowOf('portal-www')).getByText('Not used')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Delete portal-www' }));
    const unused = await screen.findByRole('dialog', { name: 'Delete Certificate' });
    await user.click(within(unused).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Certificate portal-www deleted.');
    expect(await screen.findByText(/No classic certificates yet/)).toBeInTheDocument();
    expect(classicNames(test)).toEqual([]);
  });
});
