/**
 * What the pasted certificate says, before it is uploaded: subject, names, issuer, validity,
 * key, chain, and whether the private key belongs to it. Problems name the block and the rule.
 */
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { CertificateSummary, KeySummary } from '../../../../contract/x509';
import { DetailList } from '../../../components/detail-list';
import { formatDateTime } from '../../../lib/format';
import type { Inspection } from '../model/inspect';
import { ExpiryText } from '../../../components/certificates/expiry-text';
import { useNow } from '../../../lib/use-now';

const keyText = (key: KeySummary) => (key.curve ? `${key.algorithm} ${key.curve}` : `${key.algorithm} ${key.bits}`);

function LeafDetails({ leaf, chain }: { leaf: CertificateSummary; chain: CertificateSummary[] }) {
  const { t } = useTranslation('certificates');
  const now = useNow();
  return (
    <DetailList
      items={[
        { label: t('preview.subject'), value: leaf.subject },
        { label: t('preview.names'), value: leaf.dnsNames.concat(leaf.ipAddresses).join(', ') },
        {
          label: t('preview.issuer'),
          value: leaf.selfSigned ? t('preview.selfSigned', { issuer: leaf.issuer }) : leaf.issuer,
        },
        {
          label: t('preview.validity'),
          value: (
            <Typography>
              {t('preview.validRange', {
                from: formatDateTime(leaf.notBefore.getTime()),
                to: formatDateTime(leaf.notAfter.getTime()),
              })}{' '}
              <ExpiryText expireAt={leaf.notAfter.getTime()} now={now} />
            </Typography>
          ),
        },
        { label: t('preview.key'), value: keyText(leaf.key) },
        {
          label: t('preview.chain'),
          value: chain.map((certificate) => certificate.commonName ?? certificate.subject).join(' → '),
        },
        { label: t('preview.fingerprint'), value: leaf.sha256Fingerprint },
      ]}
    />
  );
}

export function CertificatePreview({ inspection, withKey }: { inspection: Inspection; withKey: boolean }) {
  const { t } = useTranslation('certificates');
  const leaf = inspection.chain[0];
  const { issues } = inspection;
  if (!leaf && issues.length === 0) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }} aria-label={t('preview.title')} role="region">
      <Typography variant="subtitle2" component="h3">
        {t('preview.title')}
      </Typography>
      {leaf ? <LeafDetails leaf={leaf} chain={inspection.chain} /> : null}
      {withKey && inspection.key && inspection.keyMatches !== undefined ? (
        <Alert severity={inspection.keyMatches ? 'success' : 'error'}>
          {inspection.keyMatches
            ? t('preview.keyMatches', { key: keyText(inspection.key) })
            : t('preview.keyMismatch', { key: keyText(inspection.key) })}
        </Alert>
      ) : null}
      {issues.map((issue) => (
        <Alert key={`${issue.rule}-${issue.block}-${issue.message}`} severity="error">
          {issue.message}
        </Alert>
      ))}
    </Paper>
  );
}
