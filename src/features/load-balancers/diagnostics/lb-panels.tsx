/** The load balancer diagnostics: can it distribute traffic (banner and checks), quota usage, delete impact. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';
import { publicIpQueries } from '../../../api/queries/networks';
import { quotaQueries } from '../../../api/queries/quotas';
import { DiagnosticCheckList } from '../../../components/diagnostics/check-list';
import { InlineLink } from '../../../components/diagnostics/inline-link';
import { diagnosticPath } from '../../../components/diagnostics/target-picker';
import { ErrorAlert } from '../../../components/error-alert';
import { helpPath } from '../../../lib/help-topics';
import { statusTreeQuery } from '../api/get-load-balancer';
import { deletePlan } from '../model/delete-plan';
import { deleteImpactChecks } from './delete-impact';
import { distributionGap, quotaChecks, usedSeparatelyChecks, type DistributionGap } from './lb-checks';

function useDistribution(loadBalancer: LoadBalancer) {
  const listeners = useQuery(listenerQueries.byLoadBalancers([loadBalancer.id]));
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancer.id));
  return {
    listeners: listeners.data?.listeners,
    pools: pools.data,
    error: listeners.error ?? pools.error,
    refetch: () => {
      void listeners.refetch();
      void pools.refetch();
    },
  };
}

function fixPath(loadBalancer: LoadBalancer, gap: DistributionGap): string {
  const base = `/load-balancers/${loadBalancer.id}`;
  if (gap.kind === 'noListener') return `${base}/listeners/add`;
  if (gap.kind === 'noGroup') return `${base}?tab=listeners&listener=${gap.listener.id}`;
  return `${base}/groups/${gap.pool.id}`;
}

/** On the load balancer's page: why it cannot distribute traffic yet, and where to fix it. */
export function UsedSeparatelyBanner({ loadBalancer }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('lbChecks');
  const { listeners, pools } = useDistribution(loadBalancer);
  const gap = listeners && pools ? distributionGap(listeners, pools) : undefined;
  if (!gap) return null;
  const name =
    gap.kind === 'noGroup'
      ? gap.listener.name || gap.listener.id
      : gap.kind === 'emptyGroup'
        ? gap.pool.name || gap.pool.id
        : '';
  return (
    <Alert severity="warning" role="status">
      <Box sx={{ display: 'grid', gap: 0.5 }}>
        <span>{t(`usedSeparately.banner.${gap.kind}`, { name })}</span>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <InlineLink to={fixPath(loadBalancer, gap)}>{t(`usedSeparately.fix.${gap.kind}`, { name })}</InlineLink>
          <InlineLink to={diagnosticPath(helpPath('elb-used-separately'), { loadBalancer: loadBalancer.id })}>
            {t('links.faqArticle')}
          </InlineLink>
        </Box>
      </Box>
    </Alert>
  );
}

export function UsedSeparatelyPanel({ loadBalancer }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('lbChecks');
  const { listeners, pools, error, refetch } = useDistribution(loadBalancer);
  if (error) return <ErrorAlert error={error} onRetry={refetch} />;
  if (!listeners || !pools) return <Skeleton variant="rounded" height={120} />;
  const gap = distributionGap(listeners, pools);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <DiagnosticCheckList
        checks={usedSeparatelyChecks(listeners, pools)}
        prefix="usedSeparately"
        label={t('usedSeparately.listLabel', { name: loadBalancer.name || loadBalancer.id })}
      />
      {gap ? <InlineLink to={fixPath(loadBalancer, gap)}>{t('links.fixOnPage')}</InlineLink> : null}
    </Box>
  );
}

export function QuotaUsagePanel() {
  const { t } = useTranslation(['lbChecks', 'quota']);
  const { data, error, refetch } = useQuery(quotaQueries.details());
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton variant="rounded" height={120} />;
  const checks = quotaChecks(data.quotas).map((check) => ({
    ...check,
    params: { ...check.params, resource: t(`quota:keys.${String(check.params.key)}`) },
  }));
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <DiagnosticCheckList checks={checks} prefix="quotas" label={t('quotas.listLabel')} />
      <InlineLink to="/quotas">{t('links.quotas')}</InlineLink>
    </Box>
  );
}

/** What deleting the load balancer takes with it now, and what stays. */
export function DeleteImpactPanel({ loadBalancer }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('lbChecks');
  const tree = useQuery(statusTreeQuery(loadBalancer.id));
  const eips = useQuery(publicIpQueries.list());
  const error = tree.error ?? eips.error;
  if (error) return <ErrorAlert error={error} onRetry={() => void Promise.all([tree.refetch(), eips.refetch()])} />;
  if (!tree.data || !eips.data) return <Skeleton variant="rounded" height={120} />;
  const eip = eips.data.publicips.find((candidate) => candidate.port_id === loadBalancer.vip_port_id);
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <DiagnosticCheckList
        checks={deleteImpactChecks(deletePlan(tree.data), eip?.public_ip_address)}
        prefix="deleteImpact"
        label={t('deleteImpact.listLabel', { name: loadBalancer.name || loadBalancer.id })}
      />
      <InlineLink to={`/load-balancers/${loadBalancer.id}`}>{t('links.openLoadBalancer')}</InlineLink>
    </Box>
  );
}
