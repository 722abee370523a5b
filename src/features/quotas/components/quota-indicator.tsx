/** Header badge: load balancers and listeners used against the account quota; links to the quota page. */
import SpeedOutlined from '@mui/icons-material/SpeedOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import Button from '@mui/material/Button';
import { Tooltip } from '../../../components/tooltip';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { quotaRemaining } from '../../../../contract/elb-v3/quotas';
import { useQuota } from '../../../api/queries/quotas';

export function QuotaIndicator() {
  const { t } = useTranslation('quota');
  const lbs = useQuota('loadbalancer');
  const listeners = useQuota('listener');
  if (!lbs) return null;
  const low = quotaRemaining(lbs) <= Math.max(1, lbs.quota_limit * 0.1);
  const summary = t('indicator.summary', {
    lbUsed: lbs.used,
    lbLimit: lbs.quota_limit,
    listenerUsed: listeners?.used ?? 0,
    listenerLimit: listeners?.quota_limit ?? 0,
  });
  return (
    <Tooltip title={summary} describeChild>
      <Button
        component={RouterLink}
        to="/quotas"
        size="small"
        color="inherit"
        // Colour alone would not pass contrast on the header; a warning icon marks a low quota.
        startIcon={low ? <WarningAmber color="warning" /> : <SpeedOutlined />}
        sx={{ display: { xs: 'none', sm: 'inline-flex' } }}
      >
        {t('indicator.short', { used: lbs.used, limit: lbs.quota_limit })}
      </Button>
    </Tooltip>
  );
}
