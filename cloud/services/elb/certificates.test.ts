/**
 * Certificates (api/elb/v2.0/certificate/*.rst; FEATURES §7): content is parsed for real, so every
 * refusal below comes from a certificate or key generated here (contract/x509/testing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Certificate, CertificateListResponse } from '../../../contract/elb-v2/certificates';
import type { ListenerResponse } from '../../../contract/elb-v2/listeners';
import {
  EXPIRED_FROM,
  EXPIRED_UNTIL,
  makeCertificate,
  makeChain,
  makeKey,
  VALID_FROM,
  VALID_UNTIL,
  type MadeCertificate,
  type MadeChain,
} from '../../../contract/x509/testing/make-certificates';
import { harness, type Harness } from '../../testing/harness';
import {
  demoCertificateId,
  invalidParameter,
  lbByName,
  notFound,
  ok,
  recordedTraces,
  refused,
  TEST_CERTIFICATES,
  V2,
  type ExpectedFault,
} from '../../testing/elb';

const CERTIFICATES = `${V2}/certificates`;
const content = (code: 'ELB.1011' | 'ELB.5051', message: string | RegExp): ExpectedFault => ({
  status: 400,
  code,
  message,
});
const serverContent = (detail: string) =>
  content('ELB.1011', `Private_key or certificate content is not valid. ${detail}`);

let rsa: MadeCertificate;
let ec: MadeCertificate;
let expired: MadeCertificate;
let chain: MadeChain;

beforeAll(async () => {
  const [rsaKey, ecKey, root, intermediate] = await Promise.all([
    makeKey('RSA'),
    makeKey('EC'),
    makeKey('EC'),
    makeKey('EC', 'P-384'),
  ]);
  rsa = await makeCertificate({
    subjectCN: 'www.example.com',
    dnsNames: ['www.example.com', 'example.com'],
    key: rsaKey,
    notBefore: VALID_FROM,
    notAfter: VALID_UNTIL,
  });
  ec = await makeCertificate({
    subjectCN: 'shop.example.net',
    dnsNames: ['*.example.net'],
    key: ecKey,
    notBefore: VALID_FROM,
    notAfter: VALID_UNTIL,
  });
  expired = await makeCertificate({
    subjectCN: 'old.example.com',
    key: ecKey,
    notBefore: EXPIRED_FROM,
    notAfter: EXPIRED_UNTIL,
  });
  chain = await makeChain({ root, intermediate, leaf: ecKey });
});

async function create(h: Harness, body: Record<string, unknown>): Promise<Certificate> {
  return ok<Certificate>(h, 'POST', CERTIFICATES, body);
}

describe('creating a certificate', () => {
  it('reads expire_time from the certificate and answers the body unwrapped', async () => {
    const h = harness();
    const created = await create(h, {
      name: 'www',
      certificate: `${rsa.pem}\n`,
      private_key: rsa.keyPemPkcs1,
      domain: 'www.example.com',
    });
    expect(created).toMatchObject({
      name: 'www',
      type: 'server',
      domain: 'www.example.com',
      expire_time: '2027-01-01 00:00:00',
      admin_state_up: true,
      // Stored as uploaded, without the trailing newline.
      certificate: rsa.pem,
    });
    expect(created.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await ok<Certificate>(h, 'GET', `${CERTIFICATES}/${created.id}`)).toEqual(created);
    expect((await recordedTraces(h)).map((trace) => trace.trace_name)).toContain('createCertificate');
  });

  it('accepts EC keys (PKCS#8), wildcard domains, chains in order and expired certificates', async () => {
    const h = harness();
    await create(h, { certificate: ec.pem, private_key: ec.keyPem, domain: 'shop.example.net' });
    await create(h, { certificate: chain.pem, private_key: chain.leaf.keyPem, domain: 'www.example.com' });
    // ELB does not check validity (guide/certificate/overview.rst): an expired one is stored, with its date.
    const old = await create(h, { certificate: expired.pem, private_key: expired.keyPem });
    expect(old).toMatchObject({ expire_time: '2021-01-01 00:00:00', domain: null });
  });

  it('takes a CA certificate without a key and ignores one sent anyway', async () => {
    const h = harness();
    const ca = await create(h, { type: 'client', certificate: chain.root.pem, private_key: 'not a key' });
    expect(ca).toMatchObject({ type: 'client', private_key: '', domain: null });
  });

  it.each<[string, () => Record<string, unknown>, ExpectedFault]>([
    [
      'a key of another certificate',
      () => ({ certificate: rsa.pem, private_key: ec.keyPem }),
      serverContent(
        'The private key does not belong to the certificate: the certificate has an RSA 2048-bit key and the private key is an EC P-256 key.',
      ),
    ],
    [
      'a chain out of order',
      () => ({ certificate: [chain.root.pem, chain.leaf.pem].join('\n'), private_key: chain.leaf.keyPem }),
      {
        status: 400,
        code: 'ELB.1011',
        message: /^Private_key or certificate content is not valid\. Block 2 .*/,
      },
    ],
    [
      'a line longer than 64 characters',
      () => ({
        certificate: rsa.pem.replace(/(-----BEGIN CERTIFICATE-----\n[^\n]+)\n/, '$1'),
        private_key: rsa.keyPem,
      }),
      { status: 400, code: 'ELB.1011', message: /Invalid certificate: Line 2 has 128 characters/ },
    ],
    [
      'an encrypted key',
      () => ({
        certificate: rsa.pem,
        private_key: rsa.keyPem.replace(/PRIVATE KEY/g, 'ENCRYPTED PRIVATE KEY'),
      }),
      { status: 400, code: 'ELB.1011', message: /encrypted; upload it unencrypted/ },
    ],
    [
      'a server certificate without its key',
      () => ({ certificate: rsa.pem }),
      {
        status: 400,
        code: 'ELB.1011',
        message:
          'Private_key or certificate content is not valid. Invalid private_key: A server certificate needs its private key.',
      },
    ],
    [
      'a block that is not X.509',
      () => ({
        certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----',
        private_key: rsa.keyPem,
      }),
      { status: 400, code: 'ELB.1011', message: /Block 1 \(line 1\) is not an X\.509 certificate/ },
    ],
    [
      'a domain the certificate does not cover',
      () => ({ certificate: rsa.pem, private_key: rsa.keyPem, domain: 'shop.example.com' }),
      invalidParameter(
        'Invalid domain: the certificate is not issued for shop.example.com; it covers www.example.com, example.com.',
      ),
    ],
  ])('refuses %s', async (_, body, fault) => {
    await refused(harness(), 'POST', CERTIFICATES, body(), fault);
  });

  it('refuses a CA certificate that is not X.509 with the CA code', async () => {
    await refused(
      harness(),
      'POST',
      CERTIFICATES,
      { type: 'client', certificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' },
      content('ELB.5051', /^CA certificate content is not valid\. Block 1 \(line 1\)/),
    );
  });

  it('answers ELB.5151 at the certificate quota', async () => {
    const h = harness();
    h.cloud.store.write((tx) => tx.setMeta({ quotas: { ...tx.meta().quotas, certificate: 5 } }));
    await refused(
      h,
      'POST',
      CERTIFICATES,
      { certificate: rsa.pem, private_key: rsa.keyPem },
      {
        status: 400,
        code: 'ELB.5151',
        message: 'The certificate quantity exceeds the quota.',
      },
    );
  });
});

describe('listing certificates', () => {
  it('filters, pages with marker and limit, and counts what matched', async () => {
    const h = harness();
    const all = await ok<CertificateListResponse>(h, 'GET', CERTIFICATES);
    expect(all.instance_num).toBe(5);
    const servers = await ok<CertificateListResponse>(h, 'GET', `${CERTIFICATES}?type=server`);
    expect(servers.certificates.map((certificate) => certificate.name)).toHaveLength(4);
    const page = await ok<CertificateListResponse>(
      h,
      'GET',
      `${CERTIFICATES}?limit=2&marker=${all.certificates[1]!.id}`,
    );
    expect(page.certificates).toEqual(all.certificates.slice(2, 4));
    expect(page.instance_num).toBe(5);
  });
});

describe('updating a certificate', () => {
  it('changes name and description without parsing, and content with it', async () => {
    const h = harness();
    const id = demoCertificateId('cert-wildcard-example-org');
    const renamed = await ok<Certificate>(h, 'PUT', `${CERTIFICATES}/${id}`, { name: 'renamed', description: 'd' });
    expect(renamed).toMatchObject({ name: 'renamed', description: 'd', expire_time: '2027-03-31 23:59:59' });
    const replaced = await ok<Certificate>(h, 'PUT', `${CERTIFICATES}/${id}`, {
      certificate: ec.pem,
      private_key: ec.keyPem,
      domain: 'a.example.net',
    });
    expect(replaced).toMatchObject({ name: 'renamed', domain: 'a.example.net', expire_time: '2027-01-01 00:00:00' });
  });

  it('checks a new key against the stored certificate', async () => {
    const h = harness();
    await refused(
      h,
      'PUT',
      `${CERTIFICATES}/${demoCertificateId('cert-www-example-com')}`,
      { private_key: rsa.keyPem },
      { status: 400, code: 'ELB.1011', message: /does not belong to the certificate/ },
    );
  });

  it('refuses a type change and answers 404 for a missing certificate', async () => {
    const h = harness();
    await refused(
      h,
      'PUT',
      `${CERTIFICATES}/${TEST_CERTIFICATES.server}`,
      { type: 'client' },
      {
        status: 400,
        code: 'ELB.9805',
        message: 'Invalid type: The type of a certificate cannot be changed.',
      },
    );
    await refused(
      h,
      'PUT',
      `${CERTIFICATES}/${'0'.repeat(32)}`,
      { name: 'x' },
      notFound('certificate', '0'.repeat(32)),
    );
  });
});

describe('deleting a certificate', () => {
  it('answers 409 while a listener uses it, as server, SNI or CA certificate, naming the listeners', async () => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const { listener } = await ok<ListenerResponse>(h, 'POST', `${V2}/listeners`, {
      listener: {
        loadbalancer_id: web.id,
        name: 'mutual',
        protocol: 'TERMINATED_HTTPS',
        protocol_port: 8443,
        default_tls_container_ref: TEST_CERTIFICATES.server,
        client_ca_tls_container_ref: TEST_CERTIFICATES.ca,
      },
    });
    const sni = demoCertificateId('cert-shop-example-com');
    await refused(h, 'DELETE', `${CERTIFICATES}/${sni}`, undefined, {
      status: 409,
      code: 'ELB.8907',
      message: new RegExp(
        `^Certificate ${sni} is in use and cannot be deleted\\. It is used by listener listener-https-443 \\(.+\\) as its SNI certificate\\.$`,
      ),
    });
    await refused(h, 'DELETE', `${CERTIFICATES}/${TEST_CERTIFICATES.ca}`, undefined, {
      status: 409,
      code: 'ELB.8907',
      message: new RegExp(`used by listener mutual \\(${listener.id}\\) as its CA certificate`),
    });
    await ok(h, 'DELETE', `${V2}/listeners/${listener.id}`);
    await ok(h, 'DELETE', `${CERTIFICATES}/${TEST_CERTIFICATES.ca}`);
    await refused(
      h,
      'GET',
      `${CERTIFICATES}/${TEST_CERTIFICATES.ca}`,
      undefined,
      notFound('certificate', TEST_CERTIFICATES.ca),
    );
  });
});

describe('certificates on listeners', () => {
  it.each<[string, Record<string, unknown>, string | RegExp]>([
    ['a missing certificate', { default_tls_container_ref: 'f'.repeat(32) }, /^The certificate does not exist/],
    [
      'a CA certificate as the server certificate',
      { default_tls_container_ref: TEST_CERTIFICATES.ca },
      'Invalid listener[default_tls_container_ref]: ca-example-demo-clients is a CA certificate; the server certificate must be a server certificate.',
    ],
    [
      'a server certificate for mutual authentication',
      { default_tls_container_ref: TEST_CERTIFICATES.server, client_ca_tls_container_ref: TEST_CERTIFICATES.server },
      'Invalid listener[client_ca_tls_container_ref]: cert-wildcard-example-org is a server certificate; mutual authentication needs a CA certificate.',
    ],
  ])('refuses %s', async (_, refs, message) => {
    const h = harness();
    const web = await lbByName(h, 'elb-web-prod');
    const res = await h.send<{ error_code: string; error_msg: string }>('POST', `${V2}/listeners`, {
      listener: { loadbalancer_id: web.id, protocol: 'TERMINATED_HTTPS', protocol_port: 8443, ...refs },
    });
    expect(res.status).toBe(400);
    if (typeof message === 'string') expect(res.body.error_msg).toBe(message);
    else expect(res.body.error_msg).toMatch(message);
  });

  it('refuses SNI certificates without a domain or with the same domain', async () => {
    const h = harness();
    const noDomain = await create(h, { name: 'no-domain', certificate: ec.pem, private_key: ec.keyPem });
    const twin = await create(h, {
      name: 'twin',
      certificate: ec.pem,
      private_key: ec.keyPem,
      domain: 'shop.example.net',
    });
    const sameDomain = await create(h, {
      name: 'same',
      certificate: ec.pem,
      private_key: ec.keyPem,
      domain: 'shop.example.net',
    });
    const https = (await ok<{ listeners: { id: string }[] }>(h, 'GET', `${V2}/listeners?name=listener-https-443`))
      .listeners[0]!;
    await refused(
      h,
      'PUT',
      `${V2}/listeners/${https.id}`,
      { listener: { sni_container_refs: [noDomain.id] } },
      invalidParameter(
        'Invalid listener[sni_container_refs][0]: no-domain has no domain name; SNI picks certificates by it.',
      ),
    );
    await refused(
      h,
      'PUT',
      `${V2}/listeners/${https.id}`,
      { listener: { sni_container_refs: [twin.id, sameDomain.id] } },
      invalidParameter(
        'Invalid listener[sni_container_refs][1]: same and twin both have the domain name shop.example.net.',
      ),
    );
  });
});
