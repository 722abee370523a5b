import { describe, expect, it } from 'vitest';
import { toCertificateTimestamp } from '../../contract/elb-v2/certificates';
import { checkCertificateAndKey, parseCertificateChain } from '../../contract/x509';
import { buildScenario } from '.';

describe('the demo certificates', () => {
  const certificates = buildScenario('demo').tables.certificates;

  it.each(certificates.map((certificate) => [certificate.name, certificate] as const))(
    '%s says what its row says, and its key belongs to it',
    (_, certificate) => {
      const [leaf] = parseCertificateChain(certificate.certificate).certificates;
      expect(toCertificateTimestamp(leaf!.notAfter.getTime())).toBe(certificate.expire_time);
      const key = certificate.type === 'server' ? certificate.private_key : undefined;
      expect(checkCertificateAndKey(certificate.certificate, key)).toEqual([]);
    },
  );
});
