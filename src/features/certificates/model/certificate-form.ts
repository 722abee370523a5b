/**
 * The Create/Modify Certificate form (guide/certificate/creating_modifying_or_deleting_a_certificate.rst;
 * FEATURES §7.3): the contract's field rules, plus the type rules (a server certificate needs its key,
 * a CA certificate takes no domain). Bodies carry PEM as uploaded: LF line ends, no trailing newline.
 */
import { z } from 'zod';
import {
  certificateFields,
  certificateTypeIssues,
  type Certificate,
  type CreateCertificateRequest,
  type UpdateCertificateRequest,
} from '../../../../contract/elb-v2/certificates';
import { reportIssues } from '../../../../contract/elb-v2/issues';
import { normalisePem } from '../../../../contract/elb-v2/pem';

export const certificateFormSchema = z
  .object({
    name: certificateFields.name.min(1, 'Enter a name for the certificate.'),
    type: certificateFields.type,
    certificate: certificateFields.certificate,
    private_key: z.string(),
    domain: certificateFields.domain,
    description: certificateFields.description,
  })
  .superRefine((values, ctx) => reportIssues(ctx, certificateTypeIssues(values)));

export type CertificateFormValues = z.input<typeof certificateFormSchema>;

export const emptyCertificateForm: CertificateFormValues = {
  name: '',
  type: 'server',
  certificate: '',
  private_key: '',
  domain: '',
  description: '',
};

export function certificateFormOf(certificate: Certificate): CertificateFormValues {
  return {
    name: certificate.name,
    type: certificate.type,
    certificate: certificate.certificate,
    private_key: certificate.private_key,
    domain: certificate.domain ?? '',
    description: certificate.description ?? '',
  };
}

export function createCertificateBody(values: CertificateFormValues): CreateCertificateRequest {
  const server = values.type === 'server';
  return {
    name: values.name,
    type: values.type,
    certificate: normalisePem(values.certificate),
    ...(server ? { private_key: normalisePem(values.private_key) } : {}),
    ...(server && values.domain ? { domain: values.domain } : {}),
    ...(values.description ? { description: values.description } : {}),
  };
}

/** Only what changed, so an unchanged key is not sent back; an emptied domain is sent as null. */
export function updateCertificateBody(current: Certificate, values: CertificateFormValues): UpdateCertificateRequest {
  const next = createCertificateBody(values);
  const body: UpdateCertificateRequest = {};
  if (next.name !== current.name) body.name = next.name;
  if ((next.description ?? '') !== (current.description ?? '')) body.description = next.description ?? '';
  if (next.certificate !== normalisePem(current.certificate)) body.certificate = next.certificate;
  if (current.type === 'server') {
    if (next.private_key !== normalisePem(current.private_key)) body.private_key = next.private_key;
    if ((next.domain ?? null) !== current.domain) body.domain = next.domain ?? null;
  }
  return body;
}
