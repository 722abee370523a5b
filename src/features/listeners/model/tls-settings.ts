/**
 * The HTTPS settings of a listener (FEATURES §4.8.2 mutual authentication, §4.8.4 security policy,
 * §4.8.5 SNI, §4.8.6 HTTP/2), as one small form shared by Add Listener and Modify Listener.
 * The rules are the contract's: an HTTPS listener needs a server certificate, SNI certificates are
 * unique and at most 30, and mutual authentication needs a CA certificate.
 */
import { z } from 'zod';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import { listenerCertificateIssues } from '../../../../contract/elb-v2/listener-certificates';
import { listenerFields, listenerProtocolIssues, type Listener } from '../../../../contract/elb-v2/listeners';
import { DEFAULT_TLS_CIPHERS_POLICY, tlsCiphersPolicy } from '../../../../contract/elb-v2/tls-policies';

const field = {
  default_tls_container_ref: 'serverCertificate',
  client_ca_tls_container_ref: 'caCertificate',
  sni_container_refs: 'sni',
  http2_enable: 'http2',
  tls_ciphers_policy: 'tlsPolicy',
} as const;

export const tlsSettingsSchema = (certificates: readonly Certificate[]) =>
  z
    .object({
      serverCertificate: z.string(),
      sni: listenerFields.sni_container_refs,
      mutualAuth: z.boolean(),
      caCertificate: z.string(),
      tlsPolicy: tlsCiphersPolicy,
      http2: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const body = tlsSettingsBody(values);
      const issues = [
        ...listenerProtocolIssues({ protocol: 'TERMINATED_HTTPS', protocol_port: 443, ...body }),
        ...listenerCertificateIssues(body, (id) => certificates.find((certificate) => certificate.id === id)),
      ];
      for (const issue of issues) {
        const name = field[issue.path[0] as keyof typeof field];
        if (name) ctx.addIssue({ code: 'custom', path: [name], message: issue.message });
      }
      if (values.mutualAuth && !values.caCertificate) {
        ctx.addIssue({
          code: 'custom',
          path: ['caCertificate'],
          message: 'Select the CA certificate that issued the client certificates.',
        });
      }
    });

export type TlsSettingsValues = z.input<ReturnType<typeof tlsSettingsSchema>>;

export const defaultTlsSettings: TlsSettingsValues = {
  serverCertificate: '',
  sni: [],
  mutualAuth: false,
  caCertificate: '',
  tlsPolicy: DEFAULT_TLS_CIPHERS_POLICY,
  http2: false,
};

export function tlsSettingsOf(listener: Listener): TlsSettingsValues {
  return {
    serverCertificate: listener.default_tls_container_ref ?? '',
    sni: listener.sni_container_refs,
    mutualAuth: listener.client_ca_tls_container_ref !== null,
    caCertificate: listener.client_ca_tls_container_ref ?? '',
    tlsPolicy: listener.tls_ciphers_policy ?? DEFAULT_TLS_CIPHERS_POLICY,
    http2: listener.http2_enable,
  };
}

/** The listener fields these settings set; mutual authentication off clears the CA certificate. */
export function tlsSettingsBody(values: TlsSettingsValues) {
  return {
    default_tls_container_ref: values.serverCertificate,
    sni_container_refs: values.sni,
    client_ca_tls_container_ref: values.mutualAuth && values.caCertificate ? values.caCertificate : null,
    tls_ciphers_policy: values.tlsPolicy,
    http2_enable: values.http2,
  };
}
