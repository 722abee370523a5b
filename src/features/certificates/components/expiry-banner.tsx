/** A banner while any certificate has expired or expires within 30 days, with a link that filters to them. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import type { Certificate } from '../../../../contract/elb-v2/certificates';
import { expiryOf, type ExpiryState } from '../../../lib/certificate-expiry';

export function ExpiryBanner({
  certificates,
  now,
  onShow,
}: {
  certificates: readonly Certificate[];
  now: number;
  onShow(state: ExpiryState): void;
}) {
  const { t } = useTranslation('certificates');
  const count = (state: ExpiryState) =>
    certificates.filter((certificate) => expiryOf(certificate.expire_time, now).state === state).length;
  const expired = count('expired');
  const expiring = count('expiring');
  if (expired + expiring === 0) return null;
  return (
    <Alert
      severity={expired > 0 ? 'error' : 'warning'}
      action={
        <>
          {expired > 0 ? (
            <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => onShow('expired')}>
              {t('banner.showExpired')}
            </Button>
          ) : null}
          {expiring > 0 ? (
            <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => onShow('expiring')}>
              {t('banner.showExpiring')}
            </Button>
          ) : null}
        </>
      }
    >
      {[
        expired > 0 ? t('banner.expired', { count: expired }) : '',
        expiring > 0 ? t('banner.expiring', { count: expiring }) : '',
      ]
        .filter(Boolean)
        .join(' ')}{' '}
      {t('banner.noCheck')}
    </Alert>
  );
}
