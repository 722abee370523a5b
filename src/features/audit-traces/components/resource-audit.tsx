/** The Audit tabs of a load balancer and of a listener (FEATURES §11.2): their own timelines. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { accessLogQueries } from '../../../api/queries/access-logs';
import { listenerQueries } from '../../../api/queries/listeners';
import { poolQueries } from '../../../api/queries/pools';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { listenerAuditIds, loadBalancerAuditIds } from '../model/audit-ids';
import { tracesLinkFor } from '../model/trace-filters';
import { AuditTimeline } from './audit-timeline';

const resourceLink = (id: string) => tracesLinkFor({ searchBy: 'resource_id', search: id });

export function LoadBalancerAudit({ loadBalancer }: { loadBalancer: LoadBalancer }) {
  const { t } = useTranslation('traces');
  const listeners = useQuery(listenerQueries.byLoadBalancers([loadBalancer.id]));
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancer.id));
  const logtank = useQuery(accessLogQueries.logtank(loadBalancer.id));
  const error = listeners.error ?? pools.error ?? logtank.error;
  const retry = () => void Promise.all([listeners.refetch(), pools.refetch(), logtank.refetch()]);
  if (error) return <ErrorAlert error={error} onRetry={retry} />;
  if (!listeners.data || !pools.data || logtank.data === undefined) return <PageLoading />;
  return (
    <AuditTimeline
      resourceIds={loadBalancerAuditIds(loadBalancer.id, listeners.data.listeners, pools.data, logtank.data?.id)}
      viewAllTo={resourceLink(loadBalancer.id)}
      intro={t('audit.introLb')}
    />
  );
}

export function ListenerAudit({ loadBalancer, listener }: { loadBalancer: LoadBalancer; listener: Listener }) {
  const { t } = useTranslation('traces');
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancer.id));
  if (pools.error) return <ErrorAlert error={pools.error} onRetry={() => void pools.refetch()} />;
  if (!pools.data) return <PageLoading />;
  return (
    <AuditTimeline
      resourceIds={listenerAuditIds(listener, pools.data)}
      viewAllTo={resourceLink(listener.id)}
      intro={t('audit.introListener')}
    />
  );
}
