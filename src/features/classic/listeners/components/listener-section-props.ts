import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancer } from '../../../../../contract/elb-classic/load-balancers';

/** What each part of a classic listener's pane is given. */
export interface ListenerSectionProps {
  loadBalancer: ClassicLoadBalancer;
  listener: ClassicListener;
  /** Why the load balancer refuses writes now, if it does. */
  writesBlocked?: string;
}
