/** The selected policy's backend server group with its servers, where the guide adds them (FEATURES §2.3). */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { L7Policy } from '../../../../contract/elb-v2/l7-policies';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { LbResources } from '../api/use-lb-resources';
import type { ForwardingPoliciesTabProps } from './panel-props';

export function PolicyGroupSection({
  lb,
  policy,
  resources,
  GroupPanel,
}: {
  lb: LoadBalancer;
  policy: L7Policy;
  resources: LbResources;
  GroupPanel: ForwardingPoliciesTabProps['GroupPanel'];
}) {
  const { t } = useTranslation('policies');
  const headingId = useId();
  const poolId = policy.redirect_pool_id;
  const name = policy.name || policy.id;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1.5 }}
    >
      <Typography variant="h3" id={headingId} sx={{ overflowWrap: 'anywhere' }}>
        {t('group.heading', {
          policy: name,
          group: (poolId && resources.poolsById.get(poolId)?.name) || poolId || '—',
        })}
      </Typography>
      {poolId ? <GroupPanel loadBalancer={lb} poolId={poolId} /> : <Typography>{t('group.gone')}</Typography>}
    </Box>
  );
}
