/** What the load balancer's state means for the operator, above the tabs (nothing when it simply runs). */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import { classicDisplayStatus } from '../../../components/elb/classic-status';

export function ClassicStateBanner({ lb }: { lb: ClassicLoadBalancer }) {
  const { t } = useTranslation('classic');
  switch (classicDisplayStatus(lb)) {
    case 'frozen':
      return (
        <Alert severity="warning">
          <AlertTitle>{t('detail.banner.frozenTitle')}</AlertTitle>
          {t('detail.reasons.frozen')}
        </Alert>
      );
    case 'creating':
      return <Alert severity="info">{t('detail.banner.creating')}</Alert>;
    case 'error':
      return <Alert severity="error">{t('detail.banner.error')}</Alert>;
    case 'stopped':
      return <Alert severity="warning">{t('detail.banner.stopped')}</Alert>;
    case 'running':
      return null;
  }
}
