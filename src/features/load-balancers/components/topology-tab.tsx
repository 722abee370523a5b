/**
 * The load balancer as a tree: listener → (default group | forwarding policy → group) →
 * backend servers, with health at every level. "Unhealthy only" keeps just the paths that
 * lead to an unhealthy server, which is where an operator starts a diagnosis.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { policyQueries } from '../../../api/queries/policies';
import { ErrorAlert } from '../../../components/error-alert';
import { statusTreeQuery } from '../api/get-load-balancer';
import { topologyModel, unhealthyOnly, type Topology } from '../model/topology-model';
import { TopologyGroupNode } from './topology-group-node';
import { TopologySummary } from './topology-summary';

export function TopologyTab({ lb }: { lb: LoadBalancer }) {
  const { t } = useTranslation('lb');
  const [onlyUnhealthy, setOnlyUnhealthy] = useState(false);
  const tree = useQuery(statusTreeQuery(lb.id));
  const listeners = useQuery(listenerQueries.byLoadBalancers([lb.id]));
  const listenerIds = (listeners.data?.listeners ?? []).map((listener) => listener.id);
  const policies = useQuery(policyQueries.byListeners(listenerIds));
  const error = tree.error ?? listeners.error ?? policies.error;
  if (error) {
    const retry = () => void Promise.all([tree.refetch(), listeners.refetch(), policies.refetch()]);
    return <ErrorAlert error={error} onRetry={retry} />;
  }
  if (!tree.data || !listeners.data || (listenerIds.length > 0 && !policies.data)) {
    return <Skeleton variant="rounded" height={240} aria-label={t('topologyTab.loading')} />;
  }
  const full = topologyModel(tree.data, listeners.data.listeners, policies.data ?? []);
  const shown = onlyUnhealthy ? unhealthyOnly(full) : full;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TopologySummary lb={lb} />
      <FormControlLabel
        sx={{ justifySelf: 'start' }}
        control={<Switch checked={onlyUnhealthy} onChange={(_, checked) => setOnlyUnhealthy(checked)} />}
        label={t('topologyTab.unhealthyOnly', { count: full.counts.OFFLINE })}
      />
      {onlyUnhealthy && full.counts.OFFLINE === 0 ? (
        <Alert severity="success">{t('topologyTab.allHealthy')}</Alert>
      ) : null}
      <TopologyTree lbId={lb.id} topology={shown} />
    </Box>
  );
}

function TopologyTree({ lbId, topology }: { lbId: string; topology: Topology }) {
  const { t } = useTranslation('lb');
  return (
    <Box
      component="ul"
      aria-label={t('topologyTab.label')}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2 }}
    >
      {topology.listeners.map((listener) => (
        <Paper component="li" variant="outlined" key={listener.id} sx={{ p: 2, display: 'grid', gap: 1 }}>
          <Typography variant="h3" component="h3">
            <Link component={RouterLink} to={`/load-balancers/${lbId}?tab=listeners&listener=${listener.id}`}>
              {listener.name}
            </Link>{' '}
            {listener.protocol ? (
              <Typography component="span" color="text.secondary">
                {listener.protocol}:{listener.port}
              </Typography>
            ) : null}
          </Typography>
          {listener.routes.length === 0 ? (
            <Typography color="text.secondary">{t('topologyTab.noGroup')}</Typography>
          ) : (
            <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: 2, display: 'grid', gap: 1.5 }}>
              {listener.routes.map((route) => (
                <TopologyGroupNode
                  key={route.via.kind === 'default' ? `default-${route.group.id}` : route.via.id}
                  lbId={lbId}
                  group={route.group}
                  via={
                    route.via.kind === 'default'
                      ? t('topologyTab.viaDefault')
                      : t('topologyTab.viaPolicy', { name: route.via.name })
                  }
                  faulty={route.via.kind === 'policy' && route.via.faulty}
                />
              ))}
            </Box>
          )}
        </Paper>
      ))}
      {topology.detached.length > 0 ? (
        <Paper component="li" variant="outlined" sx={{ p: 2, display: 'grid', gap: 1 }}>
          <Typography variant="h3" component="h3">
            {t('topologyTab.detached')}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: 2, display: 'grid', gap: 1.5 }}>
            {topology.detached.map((group) => (
              <TopologyGroupNode key={group.id} lbId={lbId} group={group} via={t('topologyTab.viaNone')} />
            ))}
          </Box>
        </Paper>
      ) : null}
    </Box>
  );
}
