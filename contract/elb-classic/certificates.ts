/**
 * Classic certificates: server certificates for HTTPS and SSL listeners
 * (api/elb/classic-v1.0/certificate/*.rst, FEATURES §7.3). Synchronous: create answers 201,
 * modify 200, delete 204. Only name and description can be modified.
 */
import { z } from 'zod';
import { classicDescription } from './shared';

export { classicCertificatePaths } from './paths';

export interface ClassicCertificate {
  id: string;
  name: string;
  description: string | null;
  domain: string | null;
  /** PEM. */
  certificate: string;
  /** PEM. */
  private_key: string;
  /** Returned by create only. */
  tenant_id?: string;
  create_time: string;
  update_time: string;
}

export interface ClassicCertificateListResponse {
  certificates: ClassicCertificate[];
  /** The count, as a string ("1"). */
  instance_num: string;
}

const NAME_RE = /^[A-Za-z0-9_-]{0,64}$/;
const NAME_MESSAGE =
  'The certificate name can contain at most 64 characters: letters, digits, underscores (_) and hyphens (-).';
// "letters, digits, hyphens (-) and periods (.), and must start with uppercase letters or digits".
const DOMAIN_RE = /^[A-Z0-9][A-Za-z0-9.-]{0,253}$/;
const DOMAIN_MESSAGE =
  'The domain name must be at most 254 characters of letters, digits, hyphens (-) and periods (.), starting with an uppercase letter or a digit.';

/** A PEM block of the given label: BEGIN and END armour around content. */
function pemBlock(label: string) {
  return new RegExp(`^-----BEGIN ${label}-----\\r?\\n[\\s\\S]+\\r?\\n-----END ${label}-----\\s*$`);
}
const CERTIFICATE_RE = pemBlock('CERTIFICATE');
const PRIVATE_KEY_RE = /^-----BEGIN (RSA )?PRIVATE KEY-----\r?\n[\s\S]+\r?\n-----END (RSA )?PRIVATE KEY-----\s*$/;

export const classicCertificateFields = {
  name: z.string(NAME_MESSAGE).regex(NAME_RE, NAME_MESSAGE),
  description: classicDescription,
  /** Optional; '' means no domain. */
  domain: z.string(DOMAIN_MESSAGE).refine((value) => value === '' || DOMAIN_RE.test(value), DOMAIN_MESSAGE),
  certificate: z
    .string('Enter the certificate.')
    .min(1, 'Enter the certificate.')
    .regex(
      CERTIFICATE_RE,
      'The certificate must be in PEM format (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).',
    ),
  private_key: z
    .string('Enter the private key.')
    .min(1, 'Enter the private key.')
    .regex(
      PRIVATE_KEY_RE,
      'The private key must be an unencrypted PEM key (-----BEGIN PRIVATE KEY----- or RSA PRIVATE KEY).',
    ),
};
const f = classicCertificateFields;

/** POST /v1.0/{project_id}/elbaas/certificate (creating_a_certificate.rst). */
export const createClassicCertificateRequest = z.object({
  name: f.name.optional(),
  description: f.description.optional(),
  domain: f.domain.optional(),
  certificate: f.certificate,
  private_key: f.private_key,
});
export type CreateClassicCertificateRequest = z.infer<typeof createClassicCertificateRequest>;

/** PUT /v1.0/{project_id}/elbaas/certificate/{id} (modifying_a_certificate.rst): name and description only. */
export const updateClassicCertificateRequest = z
  .object({ name: f.name.optional(), description: f.description.optional() })
  .refine(
    (body) => body.name !== undefined || body.description !== undefined,
    'The request must change at least one field.',
  );
export type UpdateClassicCertificateRequest = z.infer<typeof updateClassicCertificateRequest>;
