/** The Monitoring tab of a load balancer (enhanced or classic) and of a listener: the panel for that one resource. */
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import { listenerQueries } from '../../../api/queries/listeners';
import { ErrorAlert } from '../../../components/error-alert';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';
import { isLayer7 } from '../model/monitored-resource';
import { LoadBalancerTroubleshooting } from '../diagnostics/troubleshoot-view';
import { ClassicQuickStats } from './classic-quick-stats';
import { MonitoringPanel } from './monitoring-panel';

interface TabProps {
  alarmAction?: (prefill: AlarmPrefill) => ReactNode;
}

/** L7 metrics for a load balancer once it has an HTTP or HTTPS listener. */
export function LoadBalancerMonitoring({ loadBalancer, alarmAction }: TabProps & { loadBalancer: LoadBalancer }) {
  const { data, error, refetch } = useQuery(listenerQueries.byLoadBalancers([loadBalancer.id]));
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  // The metric choices depend on the listeners' protocols: wait for them rather than switch later.
  if (!data) return <Skeleton variant="rounded" height={120} />;
  const layer7 = data.listeners.some((listener) => isLayer7(listener.protocol));
  const name = loadBalancer.name || loadBalancer.id;
  return (
    <LoadBalancerTroubleshooting loadBalancer={loadBalancer}>
      <MonitoringPanel resources={[{ kind: 'lb', id: loadBalancer.id, name, layer7 }]} alarmAction={alarmAction} />
    </LoadBalancerTroubleshooting>
  );
}

export function ListenerMonitoring({ listener, alarmAction }: TabProps & { listener: Listener }) {
  const resource = {
    kind: 'listener' as const,
    id: listener.id,
    name: listener.name || listener.id,
    layer7: isLayer7(listener.protocol),
  };
  return <MonitoringPanel resources={[resource]} alarmAction={alarmAction} />;
}

/** A classic load balancer reports the Layer-4 metrics and the server health counts (dimension lb_instance_id). */
export function ClassicLoadBalancerMonitoring({
  loadBalancer,
  alarmAction,
}: TabProps & { loadBalancer: Pick<ClassicLoadBalancer, 'id' | 'name'> }) {
  const resource = { kind: 'classic_lb' as const, id: loadBalancer.id, name: loadBalancer.name, layer7: false };
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <ClassicQuickStats loadBalancerId={loadBalancer.id} />
      <MonitoringPanel resources={[resource]} alarmAction={alarmAction} />
    </Box>
  );
}
