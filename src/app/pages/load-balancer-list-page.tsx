/**
 * The load balancer list as the console composes it: the classic table gets the classic feature's
 * row actions and job progress. Both load only when the classic table shows, keeping them out of
 * the list's first download.
 */
import { lazy, Suspense } from 'react';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import LoadBalancerListPage from '../../features/load-balancers/routes/load-balancer-list-page';

const ClassicLbOperations = lazy(() => import('../../features/classic/components/classic-lb-operations'));
const ClassicListJobs = lazy(() => import('../../features/classic/components/classic-list-jobs'));

const classic = {
  operations: (lb: ClassicLoadBalancer) => (
    <Suspense fallback={null}>
      <ClassicLbOperations lb={lb} />
    </Suspense>
  ),
  notice: (
    <Suspense fallback={null}>
      <ClassicListJobs />
    </Suspense>
  ),
};

export default function ComposedLoadBalancerListPage() {
  return <LoadBalancerListPage classic={classic} />;
}
