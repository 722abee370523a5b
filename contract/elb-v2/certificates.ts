/**
 * ELB v2.0 certificates (api/elb/v2.0/certificate/*.rst; FEATURES §7, §7.1, §7.3, C10).
 * NOT wrapped: the body IS the certificate; lists are `{ certificates: [...], instance_num }`.
 * PEM text rules are in pem.ts; X.509 parsing (expiry, domain in the certificate) lives elsewhere.
 */
import { z } from 'zod';
import { description255, name255 } from '../common';
import {
  adminStateUp,
  CHANGE_SOMETHING,
  changesSomething,
  hasText,
  reportIssues,
  tenantId,
  type RuleIssue,
} from './issues';
import { checkCertificatePem, checkPrivateKeyPem, type PemIssue } from './pem';

export { certificatePaths } from './paths';

/** `client` is the CA certificate used for mutual authentication. */
export const certificateTypes = ['server', 'client'] as const;
export type CertificateType = (typeof certificateTypes)[number];

export const certificateTypeLabels: Record<CertificateType, string> = {
  server: 'Server certificate',
  client: 'CA certificate',
};

export interface Certificate {
  id: string;
  tenant_id: string;
  /** Reserved, true. */
  admin_state_up: boolean;
  name: string;
  description: string | null;
  type: CertificateType;
  /** Server certificates only; null when unset. */
  domain: string | null;
  certificate: string;
  /** '' for CA certificates. */
  private_key: string;
  /** UTC `YYYY-MM-DD HH:MM:SS` (note: a space, unlike the other v2.0 timestamps). */
  expire_time: string;
  create_time: string;
  update_time: string;
}

/** Certificate times are UTC `YYYY-MM-DD HH:MM:SS` (querying_certificates.rst). */
export function toCertificateTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** The instant a certificate timestamp names (UTC). */
export function fromCertificateTimestamp(value: string): number {
  return Date.parse(`${value.replace(' ', 'T')}Z`);
}

export interface CertificateListResponse {
  certificates: Certificate[];
  instance_num: number;
}

/** Filters of GET /v2.0/lbaas/certificates (querying_certificates.rst); `id` may repeat. */
export const certificateFilterKeys = [
  'id',
  'name',
  'description',
  'type',
  'domain',
  'private_key',
  'certificate',
  'create_time',
  'update_time',
] as const;
export type CertificateFilterKey = (typeof certificateFilterKeys)[number];

export const CERTIFICATE_DOMAIN_MAX = 100;
const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * The domain rule: at most 100 characters; dot-separated labels of at most 63 letters, digits and
 * hyphens, each starting and ending with a letter or digit; optionally a leading `*.` wildcard.
 * '' means "no domain". Returns the broken rule as a sentence, or undefined.
 */
export function certificateDomainIssue(domain: string): string | undefined {
  if (domain === '') return undefined;
  if (domain.length > CERTIFICATE_DOMAIN_MAX) return 'The domain name can contain at most 100 characters.';
  const name = domain.startsWith('*.') ? domain.slice(2) : domain;
  if (name.includes('*')) return 'A wildcard is allowed only as a leading *. in the domain name.';
  for (const label of name.split('.')) {
    if (label === '') return 'The domain name cannot contain empty labels (a leading, trailing or double dot).';
    if (label.length > 63) return `The domain label "${label}" is longer than 63 characters.`;
    if (!LABEL.test(label)) {
      return `The domain label "${label}" can contain only letters, digits and hyphens (-), and must start and end with a letter or digit.`;
    }
  }
  return undefined;
}

/** PEM issues as zod issues, keeping line and rule in `params` for inline display. */
function reportPem(ctx: z.RefinementCtx, issues: readonly PemIssue[], path: (string | number)[] = []): void {
  for (const { line, rule, message } of issues) ctx.addIssue({ code: 'custom', path, message, params: { line, rule } });
}

export const certificateFields = {
  name: name255,
  description: description255,
  type: z.enum(certificateTypes, 'The certificate type can only be server or client.'),
  domain: z.string('The domain name must be text.').superRefine((domain, ctx) => {
    const message = certificateDomainIssue(domain);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message });
  }),
  certificate: z
    .string('Paste the certificate in PEM format.')
    .superRefine((text, ctx) => reportPem(ctx, checkCertificatePem(text))),
  /** For forms of server certificates; the request schemas check the key only where the type needs it. */
  private_key: z
    .string('Paste the private key in PEM format.')
    .superRefine((text, ctx) => reportPem(ctx, checkPrivateKeyPem(text))),
};

export interface CertificateTypeSettings {
  type?: CertificateType;
  domain?: string | null;
  private_key?: string;
}

/**
 * Type-dependent rules (creating_a_certificate.rst): a server certificate needs a valid private key;
 * a CA (`client`) certificate takes no domain, and its private key is ignored (not checked), as the API does.
 */
export function certificateTypeIssues(certificate: CertificateTypeSettings): RuleIssue[] {
  if ((certificate.type ?? 'server') === 'client') {
    return hasText(certificate.domain)
      ? [{ path: ['domain'], message: 'A domain name can be set only for server certificates.' }]
      : [];
  }
  if (!hasText(certificate.private_key)) {
    return [{ path: ['private_key'], message: 'A server certificate needs its private key.' }];
  }
  return checkPrivateKeyPem(certificate.private_key).map(({ message }) => ({ path: ['private_key'], message }));
}

/** POST /v2.0/lbaas/certificates (creating_a_certificate.rst). `type` defaults to server. */
export const createCertificateRequest = z
  .object({
    tenant_id: tenantId.optional(),
    admin_state_up: adminStateUp.optional(),
    name: certificateFields.name.optional(),
    description: certificateFields.description.optional(),
    type: certificateFields.type.optional(),
    domain: certificateFields.domain.nullable().optional(),
    private_key: z.string('Paste the private key in PEM format.').optional(),
    certificate: certificateFields.certificate,
  })
  .superRefine((certificate, ctx) => reportIssues(ctx, certificateTypeIssues(certificate)));
export type CreateCertificateRequest = z.infer<typeof createCertificateRequest>;

/** PUT /v2.0/lbaas/certificates/{id} (updating_a_certificate.rst). The type cannot change. */
export const updateCertificateRequest = z
  .object({
    admin_state_up: adminStateUp.optional(),
    name: certificateFields.name.optional(),
    description: certificateFields.description.optional(),
    domain: certificateFields.domain.nullable().optional(),
    private_key: z.string('Paste the private key in PEM format.').optional(),
    certificate: certificateFields.certificate.optional(),
    type: z.never('The type of a certificate cannot be changed.').optional(),
  })
  .refine(changesSomething, CHANGE_SOMETHING);
export type UpdateCertificateRequest = z.infer<typeof updateCertificateRequest>;

/** Type-dependent rules of a PUT body against the stored type; only fields in the body are judged. */
export function checkCertificateUpdate(
  current: Pick<Certificate, 'type'>,
  body: UpdateCertificateRequest,
): RuleIssue[] {
  if (current.type === 'client') return certificateTypeIssues({ type: 'client', domain: body.domain });
  if (body.private_key === undefined) return [];
  return certificateTypeIssues({ type: 'server', private_key: body.private_key });
}
