/** The frame of a metric-based diagnostic: its checks (with where to fix each) above the charts they read. */
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { DiagnosticCheckList } from '../../../components/diagnostics/check-list';
import type { DiagnosticCheck } from '../../../lib/diagnostic-check';
import { InlineLink } from '../../../components/diagnostics/inline-link';
import { ErrorAlert } from '../../../components/error-alert';
import { isLayer7, type MonitoredResource } from '../model/monitored-resource';
import { DiagnosticCharts } from './diagnostic-charts';
import type { MetricRequest } from './use-lb-metrics';

const lbPath = (loadBalancer: LoadBalancer, tab: string) => `/load-balancers/${loadBalancer.id}?tab=${tab}`;

/** Where each failed or manual check is fixed on the load balancer's page. */
function FixLink({ loadBalancer, check }: { loadBalancer: LoadBalancer; check: DiagnosticCheck }) {
  const { t } = useTranslation('lbChecks');
  if (check.id === 'accessLogs')
    return <InlineLink to={lbPath(loadBalancer, 'access-logs')}>{t('links.accessLogs')}</InlineLink>;
  if (check.status !== 'failed') return null;
  if (check.id === 'unhealthy' || check.id === 'serverErrors') {
    return <InlineLink to={lbPath(loadBalancer, 'groups')}>{t('links.groups')}</InlineLink>;
  }
  if (check.id === 'bandwidth')
    return <InlineLink to={`/load-balancers/${loadBalancer.id}`}>{t('links.bandwidth')}</InlineLink>;
  return null;
}

/** What a metric-based diagnostic reads besides its metrics, for the error and retry. */
export interface Source {
  error: unknown;
  refetch(): unknown;
}

export interface DiagnosticResult {
  /** The metrics it reads and charts. */
  requests: readonly MetricRequest[];
  /** Undefined until everything has loaded. */
  checks: readonly DiagnosticCheck[] | undefined;
  sources: readonly Source[];
}

/**
 * A diagnostic panel for one load balancer from a hook that reads its data and decides the checks
 * (`prefix`: where its texts sit in lbChecks).
 */
export function metricDiagnostic(
  prefix: string,
  useDiagnostic: (loadBalancer: LoadBalancer, resource: MonitoredResource) => DiagnosticResult,
) {
  return function MetricDiagnostic({ loadBalancer }: { loadBalancer: LoadBalancer }): ReactNode {
    const { t } = useTranslation('lbChecks');
    const { resource, listeners } = useLbResource(loadBalancer);
    const { requests, checks, sources } = useDiagnostic(loadBalancer, resource);
    const all = [listeners, ...sources];
    const error = all.find((source) => source.error)?.error;
    return (
      <Box sx={{ display: 'grid', gap: 2 }}>
        {error ? (
          <ErrorAlert error={error} onRetry={() => all.forEach((source) => void source.refetch())} />
        ) : checks && listeners.data ? (
          <DiagnosticCheckList
            checks={checks}
            prefix={prefix}
            label={t(`${prefix}.listLabel`, { name: resource.name })}
            renderExtra={(check) => <FixLink loadBalancer={loadBalancer} check={check} />}
          />
        ) : (
          <Skeleton variant="rounded" height={200} aria-label={t('loading')} />
        )}
        <DiagnosticCharts resource={resource} requests={requests} />
      </Box>
    );
  };
}

function useLbResource(loadBalancer: LoadBalancer) {
  const listeners = useQuery(listenerQueries.byLoadBalancers([loadBalancer.id]));
  const resource: MonitoredResource = {
    kind: 'lb',
    id: loadBalancer.id,
    name: loadBalancer.name || loadBalancer.id,
    layer7: listeners.data?.listeners.some((listener) => isLayer7(listener.protocol)) ?? false,
  };
  return { resource, listeners };
}
