/**
 * Classic certificates on the Certificates page (FEATURES §7.3 [classic]): the Enhanced | Classic
 * choice in the URL, create (from files), rename and delete a classic certificate, and a certificate
 * that a classic listener uses cannot be deleted. The certificate is generated here; none is checked in.
 */
import { makeCertificate, makeKey, type MadeCertificate } from '../contract/x509/testing/make-certificates';
import { expect, expectAccessible, openConsole, test } from './fixtures';

const DAY_MS = 86_400_000;
let shop: MadeCertificate;

test.beforeAll(async () => {
  // Valid from yesterday for a year, whenever the test runs.
  shop = await makeCertificate({
    subjectCN: 'shop.example.com',
    dnsNames: ['shop.example.com'],
    key: await makeKey('RSA'),
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + 365 * DAY_MS),
  });
});

const file = (name: string, content: string) => ({
  name,
  mimeType: 'application/x-pem-file',
  buffer: Buffer.from(content),
});

test('the type choice switches to classic certificates and is kept in the URL', async ({ page }) => {
  await openConsole(page, '/certificates');
  await page.getByRole('button', { name: 'Classic', exact: true }).click();
  await expect(page).toHaveURL(/\/certificates\?type=classic$/);
  await expect(page.getByRole('table', { name: 'Classic certificates' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Classic', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('row', { name: /portal-www/ })).toBeVisible();
  await expectAccessible(page);
});

test('creates a classic certificate from files, renames it and deletes it', async ({ page }) => {
  await openConsole(page, '/certificates?type=classic');
  await expect(page.getByRole('row', { name: /portal-www/ })).toBeVisible();
  await page.getByRole('button', { name: 'Create Certificate' }).click();
  const create = page.getByRole('dialog', { name: 'Create Classic Certificate' });
  await create.getByRole('textbox', { name: 'Certificate name' }).fill('shop classic');
  await create.getByRole('textbox', { name: 'Domain name' }).fill('shop.example.com');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByText(/at most 64 characters: letters, digits/)).toBeVisible();
  await expect(create.getByText(/starting with an uppercase letter or a digit/)).toBeVisible();
  await expect(create.getByText('Enter the certificate.')).toBeVisible();
  await expectAccessible(page);

  await create.getByRole('textbox', { name: 'Certificate name' }).fill('shop-classic');
  await create.getByRole('textbox', { name: 'Domain name' }).fill('SHOP.example.com');
  await create.getByLabel('Upload certificate file').setInputFiles(file('shop.crt', shop.pem));
  await create.getByLabel('Upload private key file').setInputFiles(file('shop.key', shop.keyPem));
  await expect(create.getByRole('textbox', { name: /Certificate \(PEM\)/ })).toHaveValue(/BEGIN CERTIFICATE/);
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();
  const row = page.getByRole('row', { name: /shop-classic/ });
  await expect(row).toContainText('SHOP.example.com');
  await expect(row).toContainText(/Expires in 36\d days/);
  await expect(row).toContainText('Not used');

  await page.getByRole('button', { name: 'Modify shop-classic' }).click();
  const modify = page.getByRole('dialog', { name: 'Modify Certificate shop-classic' });
  await expect(modify.getByText(/certificate body and private key cannot/)).toBeVisible();
  await expectAccessible(page);
  await modify.getByRole('textbox', { name: 'Certificate name' }).fill('shop-classic-2027');
  await modify.getByRole('textbox', { name: 'Description' }).fill('Renewed <soon>');
  await modify.getByRole('button', { name: 'Save' }).click();
  await expect(modify.getByText('The description cannot contain angle brackets (< and >).')).toBeVisible();
  await modify.getByRole('textbox', { name: 'Description' }).fill('Shop front, renewed yearly');
  await modify.getByRole('button', { name: 'Save' }).click();
  await expect(modify).toBeHidden();
  await expect(page.getByRole('row', { name: /shop-classic-2027/ })).toContainText('Shop front, renewed yearly');

  await page.getByRole('button', { name: 'Delete shop-classic-2027' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Certificate' });
  await expect(remove).toContainText('Delete certificate shop-classic-2027?');
  await expectAccessible(page);
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(remove).toBeHidden();
  await expect(page.getByRole('row', { name: /shop-classic-2027/ })).toHaveCount(0);
  await expectAccessible(page);
});

test('a certificate a classic listener uses cannot be deleted; its listener is one click away', async ({ page }) => {
  await openConsole(page, '/certificates?type=classic');
  await page.getByRole('button', { name: 'Delete portal-www' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Certificate' });
  await expect(remove).toContainText('portal-www is used by 1 listener and cannot be deleted.');
  await expect(remove.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expectAccessible(page);
  await remove.getByRole('link', { name: 'portal-https-443' }).click();
  await expect(page).toHaveURL(/\/load-balancers\/classic\/[^?]+\?tab=listeners&listener=/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
