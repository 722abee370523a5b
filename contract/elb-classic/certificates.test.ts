import { describe, expect, it } from 'vitest';
import { buildPath } from '../path';
import {
  classicCertificateFields,
  classicCertificatePaths,
  createClassicCertificateRequest,
  updateClassicCertificateRequest,
} from './certificates';

const certificate =
  '-----BEGIN CERTIFICATE-----\nMIIDXTCCAkWgAwIBAgIJANoPUy2NktS6MA0GCSqGSIb3DQEBBQUAMEUxCzAJBgNV\nAA==\n-----END CERTIFICATE-----';
const privateKey =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEArmUUhzm5sxxVr/ku4+6cKqnKgZvDl+e/6CNCAq8YMZXTpJP6\n-----END RSA PRIVATE KEY-----';
const example = { name: 'cert-bky', description: 'certificate', certificate, private_key: privateKey };

describe('classic certificate paths', () => {
  it('spell the documented URIs', () => {
    expect(buildPath(classicCertificatePaths.list, { project_id: 'p' })).toBe('/v1.0/p/elbaas/certificate');
    expect(buildPath(classicCertificatePaths.item, { project_id: 'p', certificate_id: 'c' })).toBe(
      '/v1.0/p/elbaas/certificate/c',
    );
  });
});

describe('classic certificate fields', () => {
  it('name: 0 to 64 letters, digits, _ and -', () => {
    const { name } = classicCertificateFields;
    expect(name.safeParse('').success).toBe(true);
    expect(name.safeParse('x'.repeat(64)).success).toBe(true);
    expect(name.safeParse('x'.repeat(65)).success).toBe(false);
    expect(name.safeParse('cert.pem').success).toBe(false);
  });
  it('description: at most 128 characters without angle brackets', () => {
    const { description } = classicCertificateFields;
    expect(description.safeParse('d'.repeat(128)).success).toBe(true);
    expect(description.safeParse('d'.repeat(129)).success).toBe(false);
    expect(description.safeParse('<x>').success).toBe(false);
  });
  it.each(['', 'W', 'WWW.example.com', '9cloud-a.example', `E${'a'.repeat(253)}`])(
    'domain "%s" is accepted',
    (domain) => {
      expect(classicCertificateFields.domain.safeParse(domain).success).toBe(true);
    },
  );
  it.each(['www.example.com', '.example', '-a', `E${'a'.repeat(254)}`, 'WWW.exa mple.com', '*.EXAMPLE.com', 'A_b'])(
    'domain "%s" is refused',
    (domain) => {
      expect(classicCertificateFields.domain.safeParse(domain).error?.issues[0]?.message).toContain(
        'starting with an uppercase letter',
      );
    },
  );
  it('certificate and private key must be PEM', () => {
    expect(classicCertificateFields.certificate.safeParse(certificate).success).toBe(true);
    expect(classicCertificateFields.certificate.safeParse('MIIDXTCCAkWg').success).toBe(false);
    expect(classicCertificateFields.certificate.safeParse('').error?.issues[0]?.message).toBe('Enter the certificate.');
    expect(classicCertificateFields.private_key.safeParse(privateKey).success).toBe(true);
    const pkcs8 = '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n';
    expect(classicCertificateFields.private_key.safeParse(pkcs8).success).toBe(true);
    const encrypted = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIE\n-----END ENCRYPTED PRIVATE KEY-----';
    expect(classicCertificateFields.private_key.safeParse(encrypted).success).toBe(false);
  });
});

describe('createClassicCertificateRequest', () => {
  it('accepts the documented example and a domain', () => {
    expect(createClassicCertificateRequest.safeParse(example).success).toBe(true);
    expect(createClassicCertificateRequest.safeParse({ ...example, domain: 'WWW.example.com' }).success).toBe(true);
  });
  it('requires certificate and private key', () => {
    const paths = createClassicCertificateRequest.safeParse({ name: 'c' }).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['certificate', 'private_key']);
  });
});

describe('updateClassicCertificateRequest', () => {
  it('changes only name and description', () => {
    expect(
      updateClassicCertificateRequest.parse({ name: 'cert-bky', description: 'certificate', domain: 'X' }),
    ).toEqual({
      name: 'cert-bky',
      description: 'certificate',
    });
    expect(updateClassicCertificateRequest.safeParse({ name: '' }).success).toBe(true);
  });
  it('refuses an empty body and invalid values', () => {
    expect(updateClassicCertificateRequest.safeParse({}).success).toBe(false);
    expect(updateClassicCertificateRequest.safeParse({ description: 'a>b' }).success).toBe(false);
    expect(updateClassicCertificateRequest.safeParse({ name: 'a b' }).success).toBe(false);
  });
});
