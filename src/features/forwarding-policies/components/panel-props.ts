/** What the app hands the policy tabs: the load balancer, the listener, and another feature's group panel. */
import type { ComponentType } from 'react';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';

export interface GroupPanelProps {
  loadBalancer: LoadBalancer;
  poolId: string;
}

export interface PolicyTabProps {
  loadBalancer: LoadBalancer;
  listener: Listener;
}

export interface ForwardingPoliciesTabProps extends PolicyTabProps {
  /** The backend servers of the selected policy's group (the backend-server-groups feature's panel). */
  GroupPanel: ComponentType<GroupPanelProps>;
}
