import { describe, expect, it } from 'vitest';
import {
  certificateDomainIssue,
  certificateFields,
  certificateTypeIssues,
  checkCertificateUpdate,
  createCertificateRequest,
  updateCertificateRequest,
} from './certificates';

const line = 'MIIDIjCCAougAwIBAgIJALV96mEtVF4EMA0GCSqGSIb3DQEBBQUAMGoxCzAJBgNV';
const pem = (label: string) =>
  [`-----BEGIN ${label}-----`, line, line, 'BQADgYEA==', `-----END ${label}-----`].join('\n');
const CERT = pem('CERTIFICATE');
const KEY = pem('PRIVATE KEY');
const messages = (result: { error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('certificateDomainIssue', () => {
  it.each(['', 'www.elb.com', '*.elb.com', 'a', 'a-b.c1', `${'a'.repeat(63)}.com`])('accepts %s', (domain) =>
    expect(certificateDomainIssue(domain)).toBeUndefined(),
  );
  it('limits the length and each label', () => {
    const domain100 = `${'a'.repeat(63)}.${'b'.repeat(36)}`;
    expect(domain100).toHaveLength(100);
    expect(certificateDomainIssue(domain100)).toBeUndefined();
    expect(certificateDomainIssue(`${domain100}b`)).toBe('The domain name can contain at most 100 characters.');
    expect(certificateDomainIssue(`${'a'.repeat(64)}.com`)).toBe(
      `The domain label "${'a'.repeat(64)}" is longer than 63 characters.`,
    );
  });
  it('requires labels to start and end with a letter or digit', () => {
    expect(certificateDomainIssue('-a.com')).toContain('must start and end with a letter or digit');
    expect(certificateDomainIssue('a-.com')).toContain('must start and end with a letter or digit');
    expect(certificateDomainIssue('a_b.com')).toContain('can contain only letters, digits and hyphens');
    expect(certificateDomainIssue('a..com')).toBe(
      'The domain name cannot contain empty labels (a leading, trailing or double dot).',
    );
    expect(certificateDomainIssue('a.com.')).toBeDefined();
  });
  it('allows only a leading *. wildcard', () => {
    expect(certificateDomainIssue('www.*.com')).toBe('A wildcard is allowed only as a leading *. in the domain name.');
    expect(certificateDomainIssue('*elb.com')).toBeDefined();
    expect(certificateDomainIssue('*.*.com')).toBeDefined();
  });
});

describe('createCertificateRequest', () => {
  it('accepts a server certificate with its key, type defaulting to server', () => {
    expect(
      createCertificateRequest.safeParse({
        name: 'https_certificate',
        domain: 'www.elb.com',
        certificate: CERT,
        private_key: KEY,
      }).success,
    ).toBe(true);
    expect(
      createCertificateRequest.safeParse({ type: 'server', certificate: CERT, private_key: pem('RSA PRIVATE KEY') })
        .success,
    ).toBe(true);
  });
  it('needs a valid private key for server certificates', () => {
    expect(messages(createCertificateRequest.safeParse({ certificate: CERT }))).toEqual([
      'A server certificate needs its private key.',
    ]);
    const encrypted = createCertificateRequest.safeParse({
      certificate: CERT,
      private_key: pem('ENCRYPTED PRIVATE KEY'),
    });
    expect(encrypted.error?.issues[0]?.path).toEqual(['private_key']);
    expect(messages(encrypted)[0]).toContain('encrypted');
  });
  it('accepts a CA certificate without key, ignores a key, refuses a domain', () => {
    expect(createCertificateRequest.safeParse({ type: 'client', certificate: CERT }).success).toBe(true);
    expect(
      createCertificateRequest.safeParse({ type: 'client', certificate: CERT, private_key: 'not pem' }).success,
    ).toBe(true);
    expect(
      messages(createCertificateRequest.safeParse({ type: 'client', certificate: CERT, domain: 'a.com' })),
    ).toEqual(['A domain name can be set only for server certificates.']);
  });
  it('reports PEM issues with their line and rule', () => {
    const result = createCertificateRequest.safeParse({
      type: 'client',
      certificate: CERT.replace(line, line.slice(1)),
    });
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['certificate']);
    expect(issue?.message).toBe(
      'Line 2 has 63 characters; every line of a block except the last must have exactly 64.',
    );
    expect(issue && 'params' in issue ? issue.params : undefined).toEqual({ line: 2, rule: 'line-length' });
  });
  it('refuses unknown types and long names', () => {
    expect(createCertificateRequest.safeParse({ type: 'ca', certificate: CERT }).success).toBe(false);
    expect(
      createCertificateRequest.safeParse({ type: 'client', certificate: CERT, name: 'n'.repeat(256) }).success,
    ).toBe(false);
  });
});

describe('updateCertificateRequest and checkCertificateUpdate', () => {
  it('accepts partial bodies, refuses type changes and empty bodies', () => {
    expect(updateCertificateRequest.safeParse({ name: 'x' }).success).toBe(true);
    expect(updateCertificateRequest.safeParse({ certificate: 'junk' }).success).toBe(false);
    expect(messages(updateCertificateRequest.safeParse({ type: 'client' }))).toContain(
      'The type of a certificate cannot be changed.',
    );
    expect(updateCertificateRequest.safeParse({}).success).toBe(false);
  });
  it('checks body fields against the stored type', () => {
    expect(checkCertificateUpdate({ type: 'server' }, { name: 'x' })).toEqual([]);
    expect(checkCertificateUpdate({ type: 'server' }, { private_key: KEY })).toEqual([]);
    expect(checkCertificateUpdate({ type: 'server' }, { private_key: '' })).toHaveLength(1);
    expect(checkCertificateUpdate({ type: 'client' }, { domain: 'a.com' })).toHaveLength(1);
    expect(checkCertificateUpdate({ type: 'client' }, { private_key: 'ignored' })).toEqual([]);
  });
});

describe('field schemas for forms', () => {
  it('validate domain, certificate and key text', () => {
    expect(certificateFields.domain.safeParse('*.elb.com').success).toBe(true);
    expect(certificateFields.domain.safeParse('*elb').success).toBe(false);
    expect(certificateFields.certificate.safeParse(CERT).success).toBe(true);
    expect(certificateFields.private_key.safeParse(CERT).success).toBe(false);
    expect(certificateTypeIssues({ type: 'server', private_key: KEY })).toEqual([]);
  });
});
