/** The Add Listener page: loads what the wizard checks against, then hands over. */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { listenerQueries } from '../../../api/queries/listeners';
import { loadBalancerQueries } from '../../../api/queries/load-balancers';
import { poolQueries } from '../../../api/queries/pools';
import { ErrorAlert } from '../../../components/error-alert';
import { PageLoading } from '../../../components/page-loading';
import { AddListenerWizard } from './add-listener-wizard';

export default function AddListenerPage() {
  const { loadBalancerId = '' } = useParams();
  const lb = useQuery(loadBalancerQueries.detail(loadBalancerId));
  const listeners = useQuery(listenerQueries.byLoadBalancers([loadBalancerId]));
  const pools = useQuery(poolQueries.byLoadBalancer(loadBalancerId));
  const error = lb.error ?? listeners.error ?? pools.error;
  if (error) {
    return (
      <Box sx={{ p: 3 }}>
        <ErrorAlert error={error} />
      </Box>
    );
  }
  if (!lb.data || !listeners.data || !pools.data) return <PageLoading />;
  return <AddListenerWizard loadBalancer={lb.data} listeners={listeners.data.listeners} pools={pools.data} />;
}
