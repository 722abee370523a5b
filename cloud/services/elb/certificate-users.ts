/** The listeners that use a certificate, in the words of a refusal (contract/elb-v2/certificate-usage.ts). */
import { certificateUses, type CertificateRole, type CertificateUse } from '../../../contract/elb-v2/certificate-usage';
import type { ReadTx } from '../../store/store';
import type { ListenerRow } from '../../store/tables';

const roleWords: Record<CertificateRole, string> = {
  server: 'server certificate',
  ca: 'CA certificate',
  sni: 'SNI certificate',
};

export function certificateUsers(tx: ReadTx, certificateId: string): CertificateUse<ListenerRow>[] {
  return certificateUses(tx.all('listeners')).get(certificateId) ?? [];
}

/** "listener listener-https-443 (id) as its SNI certificate" */
export const describeUse = ({ listener, role }: CertificateUse<ListenerRow>): string =>
  `listener ${listener.name || listener.id} (${listener.id}) as its ${roleWords[role]}`;
