/**
 * Certificates (guide/certificate/*.rst; FEATURES §7): upload in every format the guide converts,
 * each rejection explained, in-use deletion refused, and rotation across listeners.
 * Certificates are generated here; none is checked in.
 */
import type { Page } from '@playwright/test';
import type { Certificate, CertificateListResponse } from '../contract/elb-v2/certificates';
import type { ListenerListResponse } from '../contract/elb-v2/listeners';
import type { LoadBalancerListResponse } from '../contract/elb-v2/load-balancers';
import {
  makeCertificate,
  makeChain,
  makeKey,
  makePkcs12,
  makePkcs7,
  type MadeCertificate,
  type MadeChain,
} from '../contract/x509/testing/make-certificates';
import { api } from './api';
import { expect, expectAccessible, openConsole, test } from './fixtures';

const DAY_MS = 86_400_000;
let www: MadeCertificate;
let other: MadeCertificate;
let chain: MadeChain;

test.beforeAll(async () => {
  const [rsa, ec, root, intermediate] = await Promise.all([
    makeKey('RSA'),
    makeKey('EC'),
    makeKey('EC'),
    makeKey('EC'),
  ]);
  // Valid from yesterday for a year, whenever the test runs.
  const validity = { notBefore: new Date(Date.now() - DAY_MS), notAfter: new Date(Date.now() + 365 * DAY_MS) };
  www = await makeCertificate({ subjectCN: 'www.example.com', dnsNames: ['www.example.com'], key: rsa, ...validity });
  other = await makeCertificate({ subjectCN: 'other.example.com', key: ec, ...validity });
  chain = await makeChain({ root, intermediate, leaf: ec }, 'www.example.net');
});

const file = (name: string, content: Uint8Array | string) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(content),
});

async function openCreate(page: Page) {
  await openConsole(page, '/certificates');
  await page.getByRole('button', { name: 'Create Certificate' }).click();
  return page.getByRole('dialog', { name: 'Create Certificate' });
}

test('creates a server certificate from a PFX file and shows what it says before uploading', async ({ page }) => {
  const pfx = await makePkcs12({ certs: [www.der], key: www.key, password: 'secret-1' });
  const dialog = await openCreate(page);
  await dialog.getByLabel('Certificate Name').fill('www-from-pfx');
  await dialog.getByLabel('Upload certificate file').setInputFiles(file('www.pfx', pfx));
  await dialog.getByLabel('Password of www.pfx').fill('wrong');
  await dialog.getByRole('button', { name: 'Convert' }).click();
  await expect(dialog.getByText(/www\.pfx could not be converted: .*password/i)).toBeVisible();
  await dialog.getByLabel('Password of www.pfx').fill('secret-1');
  await dialog.getByRole('button', { name: 'Convert' }).click();

  const preview = dialog.getByRole('region', { name: 'What the certificate says' });
  await expect(preview.getByText('CN=www.example.com, O=ELB', { exact: true })).toBeVisible();
  await expect(preview.getByText('RSA 2048', { exact: true })).toBeVisible();
  await expect(preview.getByText('The private key (RSA 2048) belongs to this certificate.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Use www.example.com as the domain name' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Domain Name' })).toHaveValue('www.example.com');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'OK' }).click();

  await expect(page.getByText('Certificate www-from-pfx created.')).toBeVisible();
  const row = page.getByRole('row', { name: /www-from-pfx/ });
  await expect(row).toContainText('www.example.com');
  await expect(row).toContainText('Expires in 364 days');
  await expectAccessible(page);
});

test('converts DER certificates and P7B chains to PEM', async ({ page }) => {
  const dialog = await openCreate(page);
  await dialog.getByLabel('Upload certificate file').setInputFiles(file('www.cer', www.der));
  await expect(dialog.getByRole('textbox', { name: 'Certificate', exact: true })).toHaveValue(
    /^-----BEGIN CERTIFICATE-----\n/,
  );
  await expect(dialog.getByText('CN=www.example.com, O=ELB', { exact: true })).toBeVisible();

  const p7b = makePkcs7([chain.root.der, chain.leaf.der, chain.intermediate.der]);
  await dialog.getByLabel('Upload certificate file').setInputFiles(file('chain.p7b', p7b));
  // Ordered leaf → root, whatever the order inside the file.
  await expect(dialog.getByText('www.example.net → ELB Test Intermediate CA → ELB Test Root CA')).toBeVisible();
});

test('explains why each bad certificate or key file is refused', async ({ page }) => {
  const dialog = await openCreate(page);
  const upload = async (certificatePem: string, keyPem: string) => {
    await dialog.getByLabel('Upload certificate file').setInputFiles(file('certificate.pem', certificatePem));
    await dialog.getByLabel('Upload private key file').setInputFiles(file('key.pem', keyPem));
  };
  const ok = dialog.getByRole('button', { name: 'OK' });
  const cases: [string, string, RegExp][] = [
    [www.pem, other.keyPem, /The private key \(EC P-256\) does not belong to this certificate/],
    [
      [chain.root.pem, chain.leaf.pem].join('\n'),
      chain.leaf.keyPem,
      /Block 2 did not issue block 1: the chain must be in the order server certificate, intermediate, root\./,
    ],
    ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----', www.keyPem, /Block 1 \(line 1\) is not an X\.509/],
  ];
  for (const [pem, privateKey, reason] of cases) {
    await upload(pem, privateKey);
    await expect(dialog.getByText(reason).first()).toBeVisible();
    await expect(ok).toBeDisabled();
  }
  // Format rules name the line and the rule.
  await upload(
    www.pem.replace(/(-----BEGIN CERTIFICATE-----\n[^\n]+)\n/, '$1'),
    www.keyPem.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY'),
  );
  await dialog.getByLabel('Certificate Name').fill('bad');
  await ok.click();
  await expect(dialog.getByText(/Line 2 has 128 characters/)).toBeVisible();
  await expect(dialog.getByText(/Line 1: the private key is encrypted; upload it unencrypted/)).toBeVisible();
  await expectAccessible(page);
});

test('refuses to delete a certificate in use and names the listeners', async ({ page }) => {
  await openConsole(page, '/certificates');
  await page.getByRole('button', { name: 'Delete cert-www-example-com' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Certificate' });
  await expect(dialog.getByText('cert-www-example-com is used by 1 listener and cannot be deleted.')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'listener-https-443' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expectAccessible(page);
});

test('rotates a certificate on three listeners in one step, then deletes the old one', async ({ page }) => {
  await openConsole(page, '/certificates');
  const [web] = (await api<LoadBalancerListResponse>(page, 'GET', '/v2.0/lbaas/loadbalancers?name=elb-web-prod'))
    .loadbalancers;
  const old = (await api<CertificateListResponse>(page, 'GET', '/v2.0/lbaas/certificates?name=cert-www-example-com'))
    .certificates[0]!;
  for (const port of [8443, 9443]) {
    await api(page, 'POST', '/v2.0/lbaas/listeners', {
      listener: {
        loadbalancer_id: web!.id,
        name: `listener-https-${port}`,
        protocol: 'TERMINATED_HTTPS',
        protocol_port: port,
        default_tls_container_ref: old.id,
      },
    });
  }
  await page.reload();

  await page.getByRole('button', { name: 'Rotate cert-www-example-com' }).click();
  await page.getByRole('button', { name: 'Upload a new certificate' }).click();
  const upload = page.getByRole('dialog', { name: 'Create Certificate' });
  await upload.getByLabel('Certificate Name').fill('cert-www-2027');
  await upload.getByRole('textbox', { name: 'Certificate', exact: true }).fill(www.pem);
  await upload.getByRole('textbox', { name: 'Private Key' }).fill(www.keyPem);
  await upload.getByRole('textbox', { name: 'Domain Name' }).fill('www.example.com');
  await upload.getByRole('button', { name: 'OK' }).click();

  await expect(upload).toBeHidden();
  const rotate = page.getByRole('dialog', { name: 'Rotate Certificate cert-www-example-com' });
  await expect(rotate.getByRole('combobox', { name: 'Replacement certificate' })).toContainText('cert-www-2027');
  const steps = rotate.getByRole('list', { name: 'Listeners to update' });
  await expect(steps.getByRole('listitem')).toHaveCount(3);
  await expectAccessible(page);
  await rotate.getByRole('button', { name: 'Replace on 3 listeners' }).click();
  await expect(steps.getByText('Done')).toHaveCount(3);
  await rotate.getByRole('button', { name: 'Delete the old certificate' }).click();

  const remove = page.getByRole('dialog', { name: 'Delete Certificate' });
  await expect(remove.getByText('No listener uses it')).toBeVisible();
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Certificate cert-www-example-com deleted.')).toBeVisible();
  await expect(page.getByRole('row', { name: /cert-www-2027/ })).toContainText('listener-https-9443');

  const fresh = (await api<CertificateListResponse>(page, 'GET', '/v2.0/lbaas/certificates?name=cert-www-2027'))
    .certificates[0] as Certificate;
  const listeners = (await api<ListenerListResponse>(page, 'GET', `/v2.0/lbaas/listeners?tls_container_id=${fresh.id}`))
    .listeners;
  expect(listeners.map((listener) => listener.protocol_port).sort()).toEqual([443, 8443, 9443]);
});
